// Session: the active user's email (configurable on the twin; '' when Apps Script gives none) and the script's time zone.

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

  getScriptTimeZone(): string {
    this.env.counter.other('Session', 'getScriptTimeZone');
    return this.env.scriptTimeZone;
  }
}
