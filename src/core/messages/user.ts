// How the product names a person: their email, or, where Google keeps it blank (a domain's policy, consumer accounts), the
// temporary key Apps Script gives instead, said to be one so nobody takes it for an address.

import type { Text } from './text';

/** Who runs an execution, as far as Apps Script tells the script. */
export interface UserIdentity {
  /** '' when Google does not say */
  readonly email: string;
  /** the temporary key Google gives for the user when the email is blank ('' otherwise, or when there is none either) */
  readonly key: string;
}

/** The person's name for a message or the submitter column; null when neither the email nor a key is known. */
export function userText(user: UserIdentity): Text | null {
  if (user.email) return { th: user.email, en: user.email };
  if (user.key)
    return {
      th: `ผู้ใช้ที่ Google ไม่แสดงอีเมล (รหัสชั่วคราว ${user.key})`,
      en: `a user whose email Google does not show (temporary key ${user.key})`,
    };
  return null;
}
