// Session (https://developers.google.com/apps-script/reference/base/session): the active user's email (configurable on the
// twin; '' when Apps Script gives none), their temporary key, and the script's time zone.

import type { SessionApi } from '../addon/adapter/services';
import type { TwinEnv } from './env';

export class TwinSession implements SessionApi {
  constructor(private readonly env: TwinEnv) {}

  getActiveUser(): { getEmail(): string } {
    this.env.counter.other('Session', 'getActiveUser');
    const email = this.env.userEmail;
    return { getEmail: () => email };
  }

  getEffectiveUser(): { getEmail(): string } {
    this.env.counter.other('Session', 'getEffectiveUser');
    const email = this.env.userEmail;
    return { getEmail: () => email };
  }

  /** Unique to the user and the script, revealing no identity; Apps Script rotates it every 30 days (the twin keeps one per user). */
  getTemporaryActiveUserKey(): string {
    this.env.counter.other('Session', 'getTemporaryActiveUserKey');
    return this.env.userKey;
  }

  getScriptTimeZone(): string {
    this.env.counter.other('Session', 'getScriptTimeZone');
    return this.env.scriptTimeZone;
  }
}
