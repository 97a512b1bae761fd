// Turns an exception from Apps Script into a message a person can act on; the actions write nothing after it.

import type { Text } from '../core/messages/text';
import { sheetMessages } from '../core/messages/sheets';

const PROTECTED = /protected cell or object|ช่วงที่มีการป้องกัน|ป้องกันไว้/i;

export function failureText(error: unknown): Text {
  const detail = error instanceof Error ? error.message : String(error);
  return PROTECTED.test(detail) ? sheetMessages.protectedRange(detail) : sheetMessages.failed(detail);
}
