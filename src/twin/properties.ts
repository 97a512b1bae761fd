// PropertiesService: user properties kept per user email, document properties per workbook. Values are stored as
// strings and limited to 9 kB each, as in Apps Script. Counted as Properties calls, not Spreadsheet.

import type { PropertiesApi, PropertiesServiceApi } from '../addon/adapter/services';
import type { TwinEnv } from './env';
import { MESSAGES, fail } from './errors';
import type { Workbook } from './workbook';

const MAX_VALUE_BYTES = 9 * 1024;

export class TwinProperties implements PropertiesApi {
  constructor(
    private readonly env: TwinEnv,
    readonly store: Map<string, string>,
  ) {}

  private count(method: string): void {
    this.env.counter.other('Properties', method);
  }

  getProperty(key: string): string | null {
    this.count('getProperty');
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    this.count('setProperty');
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) fail(MESSAGES.propertyTooLarge);
    this.store.set(String(key), text);
    return this;
  }

  deleteProperty(key: string): this {
    this.count('deleteProperty');
    this.store.delete(key);
    return this;
  }

  getProperties(): { [key: string]: string } {
    this.count('getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.count('getKeys');
    return [...this.store.keys()];
  }
}

export class TwinPropertiesService implements PropertiesServiceApi {
  /** user email → that user's properties ('' for a user Apps Script cannot name) */
  readonly userStores = new Map<string, Map<string, string>>();

  constructor(
    private readonly env: TwinEnv,
    private readonly activeWorkbook: () => Workbook,
  ) {}

  /** twin-only, uncounted: the store of one user's properties */
  userStore(email: string): Map<string, string> {
    let store = this.userStores.get(email);
    if (!store) {
      store = new Map();
      this.userStores.set(email, store);
    }
    return store;
  }

  getUserProperties(): TwinProperties {
    this.env.counter.other('PropertiesService', 'getUserProperties');
    return new TwinProperties(this.env, this.userStore(this.env.userEmail));
  }

  getDocumentProperties(): TwinProperties {
    this.env.counter.other('PropertiesService', 'getDocumentProperties');
    return new TwinProperties(this.env, this.activeWorkbook().documentProperties);
  }
}
