// PropertiesService: user properties kept per user, by the twin's per-user key (users Apps Script gives no email keep stores
// of their own: https://developers.google.com/apps-script/guides/properties), document properties per workbook. Values are
// stored as strings and limited to 9 kB each and 500 kB per store, as in Apps Script. Counted as Properties calls, not Spreadsheet.

import type { PropertiesApi, PropertiesServiceApi } from '../addon/adapter/services';
import type { TwinEnv } from './env';
import { fail, MESSAGES } from './errors';
import type { Workbook } from './workbook';

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

/** Bytes a store holds: keys and values in UTF-8. */
export function storeBytes(store: ReadonlyMap<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
  return n;
}

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
    this.put({ [key]: value });
    return this;
  }

  /** All keys or none: a value over 9 kB or a store over 500 kB fails the whole call. */
  setProperties(properties: { [key: string]: string }): this {
    this.count('setProperties');
    this.put(properties);
    return this;
  }

  private put(properties: { [key: string]: string }): void {
    const next = new Map(this.store);
    for (const [key, value] of Object.entries(properties)) {
      const text = String(value);
      if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) fail(MESSAGES.propertyTooLarge);
      next.set(String(key), text);
    }
    if (storeBytes(next) > MAX_STORE_BYTES) fail(MESSAGES.propertiesQuota);
    for (const [key, value] of Object.entries(properties)) this.store.set(String(key), String(value));
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
  /** user key → that user's properties */
  readonly userStores = new Map<string, Map<string, string>>();

  constructor(
    private readonly env: TwinEnv,
    private readonly activeWorkbook: () => Workbook,
  ) {}

  /** twin-only, uncounted: the store of one user's properties */
  userStore(key: string): Map<string, string> {
    let store = this.userStores.get(key);
    if (!store) {
      store = new Map();
      this.userStores.set(key, store);
    }
    return store;
  }

  getUserProperties(): TwinProperties {
    this.env.counter.other('PropertiesService', 'getUserProperties');
    return new TwinProperties(this.env, this.userStore(this.env.userKey));
  }

  getDocumentProperties(): TwinProperties {
    this.env.counter.other('PropertiesService', 'getDocumentProperties');
    return new TwinProperties(this.env, this.activeWorkbook().documentProperties);
  }
}
