// The checkpoint of a national consolidation in document properties: an append-only log of JSON records (a later record of a
// key replaces the earlier) cut into pages under 9 kB a value; a checkpoint writes its new pages with the state in one call.

// Why properties for the figures and a hidden sheet for the links: a province's figures, statuses and non-reporter codes are a
// few kB (76 provinces stay far under the store's 500 kB, asserted by the tests), and properties cost no Spreadsheet call, so a
// checkpoint after every province keeps the budget of three calls per province. Link sets run to 100 kB and more per province:
// they go to a hidden sheet in batches (a constant number of calls per execution), and a province whose links were lost with
// an execution that died before its batch was written is read again (redo on miss). The document cache was not used: it
// forgets after 6 hours, and a run continued by hand with ทำต่อ may wait longer than that.

export const STATE_KEY = 'khongdee.nr.state';
export const PAGE_KEY = 'khongdee.nr.page.';
/** under the 9 KB (9,216 bytes) Apps Script allows per value */
export const PAGE_BYTES = 8000;
/** the store's 500 KB, less room for the run state and the add-on's other properties (layouts, remembered sheets) */
export const LOG_LIMIT_BYTES = 400 * 1024;

export class StorageFull extends Error {}

/** UTF-8 bytes of a string (Thai letters take three), without TextEncoder, which Apps Script lacks. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The longest prefix of `text` within `bytes` UTF-8 bytes, never splitting a surrogate pair; its length in chars and bytes. */
function prefixWithin(text: string, bytes: number): { chars: number; bytes: number } {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (n + size > bytes) break;
    n += size;
    i += pair ? 2 : 1;
  }
  return { chars: i, bytes: n };
}

export class RunLog {
  private pages: string[] = [];
  private sizes: number[] = [];
  private readonly dirty = new Set<number>();
  /** pages a compaction left unused: deleted at the next save */
  private unused: number[] = [];
  private readonly records = new Map<string, unknown>();

  /** The log of a saved run from all document properties (one getProperties call by the caller). */
  static load(all: Readonly<Record<string, string>>, pageCount: number): RunLog {
    const log = new RunLog();
    for (let i = 0; i < pageCount; i++) {
      const page = all[PAGE_KEY + i] ?? '';
      log.pages.push(page);
      log.sizes.push(utf8Bytes(page));
    }
    for (const line of log.pages.join('').split('\n')) {
      if (line === '') continue;
      try {
        const [key, value] = JSON.parse(line) as [string, unknown];
        log.records.set(key, value);
      } catch {
        // a record cut short by a page that was never written (an execution killed mid-save): its province is read again
      }
    }
    return log;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  get bytes(): number {
    return this.sizes.reduce((a, b) => a + b, 0);
  }

  get<T>(key: string): T | undefined {
    return this.records.get(key) as T | undefined;
  }

  keys(): string[] {
    return [...this.records.keys()];
  }

  put(key: string, value: unknown): void {
    this.records.set(key, value);
    this.append(`${JSON.stringify([key, value])}\n`);
    if (this.bytes > LOG_LIMIT_BYTES) this.compact();
  }

  private append(text: string): void {
    let rest = text;
    while (rest.length > 0) {
      let last = this.pages.length - 1;
      // a page with room for less than the widest character (4 bytes) is full
      if (last < 0 || PAGE_BYTES - this.sizes[last] < 4) {
        this.pages.push('');
        this.sizes.push(0);
        last++;
      }
      const fit = prefixWithin(rest, PAGE_BYTES - this.sizes[last]);
      this.pages[last] += rest.slice(0, fit.chars);
      this.sizes[last] += fit.bytes;
      this.dirty.add(last);
      rest = rest.slice(fit.chars);
    }
  }

  /** Rewrites the log with only the latest record of each key (provinces read again leave older records behind). */
  private compact(): void {
    const before = this.pages.length;
    this.pages = [];
    this.sizes = [];
    this.dirty.clear();
    for (const [key, value] of this.records) this.append(`${JSON.stringify([key, value])}\n`);
    for (let i = this.pages.length; i < before; i++) this.unused.push(i);
    if (this.bytes > LOG_LIMIT_BYTES)
      throw new StorageFull('the consolidation checkpoint outgrew the document properties');
  }

  /** The pages to write (key → text) since the last save, and the page keys to delete. */
  changes(): { readonly write: Record<string, string>; readonly remove: readonly string[] } {
    const write: Record<string, string> = {};
    for (const i of this.dirty) write[PAGE_KEY + i] = this.pages[i];
    return { write, remove: this.unused.map((i) => PAGE_KEY + i) };
  }

  saved(): void {
    this.dirty.clear();
    this.unused = [];
  }
}
