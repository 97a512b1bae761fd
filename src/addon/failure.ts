// Turns an exception from Apps Script into a message a person can act on; the actions write nothing after it.

import { sheetMessages } from '../core/messages/sheets';
import type { Text } from '../core/messages/text';

// Apps Script says "You are trying to edit a protected cell or object…" (or its Thai translation)
const PROTECTED = /protect|ป้องกัน/i;

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Whether Apps Script refused a write because of a protection the user may not edit. */
export function isProtectionError(detail: string): boolean {
  return PROTECTED.test(detail);
}

export function failureText(error: unknown): Text {
  const detail = errorText(error);
  return isProtectionError(detail) ? sheetMessages.protectedRange(detail) : sheetMessages.failed(detail);
}
