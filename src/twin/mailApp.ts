// MailApp as the central script uses it: a daily quota that counts recipients, not messages
// (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()), a record of every mail sent,
// and the refusal Apps Script throws once the quota is spent ("Service invoked too many times for one day: email.", as users'
// execution logs quote it: dwyl/learn-to-send-email-via-google-script-html-no-server#376).

import type { MailAppApi } from '../addon/adapter/services';
import type { TwinEnv } from './env';
import { fail } from './errors';

export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

/** A consumer account's daily recipients (https://developers.google.com/apps-script/guides/services/quotas); a test sets its own. */
export const DEFAULT_MAIL_QUOTA = 100;

export interface SentMail {
  /** each address of the recipient argument, in order */
  readonly to: readonly string[];
  readonly subject: string;
  readonly body: string;
}

export class TwinMailApp implements MailAppApi {
  /** recipients left for today: settable by a test */
  quota = DEFAULT_MAIL_QUOTA;
  /** every mail sent, oldest first */
  readonly sent: SentMail[] = [];
  /** twin-only: make the next sendEmail throw this (a mail Google refuses for another reason) */
  failNext: string | null = null;

  constructor(private readonly env: TwinEnv) {}

  getRemainingDailyQuota(): number {
    this.env.counter.other('MailApp', 'getRemainingDailyQuota');
    return this.quota;
  }

  /** sendEmail(recipient, subject, body): "the addresses of the recipients, separated by commas" (MailApp reference). */
  sendEmail(recipient: string, subject: string, body: string): void {
    this.env.counter.other('MailApp', 'sendEmail');
    const to = recipient
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    if (to.length === 0) fail('Failed to send email: no recipient');
    if (this.failNext !== null) {
      const message = this.failNext;
      this.failNext = null;
      fail(message);
    }
    if (to.length > this.quota) fail(MAIL_QUOTA_MESSAGE);
    this.quota -= to.length;
    this.sent.push({ to, subject, body });
  }
}
