// The rows a check read, kept column by column: a sheet of a million rows holds a few arrays instead of millions of small
// objects that the garbage collector would copy and trace. Roll-ups read the columns; `entries` gives rows as objects.

import type { ParsedDateValue } from '../normalise/dates';
import {
  type LinkProblem,
  type LinkProblemCode,
  type LinkSink,
  type ParsedLink,
  PLATFORMS,
  type Platform,
  platformCode,
} from '../normalise/links';
import type { Entry, LaoIdentity, RowStatus } from './entry';
import { LinkBatch, type LinkNumbering } from './linkNumbering';

export const ROW_STATUSES: readonly RowStatus[] = ['ok', 'warning', 'error', 'not-reported'];
/** A status's index in ROW_STATUSES, which the table stores (a search of the short list, like platformCode). */
const statusCode = (status: RowStatus): number => ROW_STATUSES.indexOf(status);
export const OK = statusCode('ok');
export const NOT_REPORTED = statusCode('not-reported');
export const ERROR = statusCode('error');
export const WARNING = statusCode('warning');

/** Bits of a row's flags: it has a warning (whatever its status), and it repeats an earlier row exactly (so counts once). */
export const WARNED = 1;
export const DUPLICATE = 2;

/**
 * A row's links as the check reads them, in lists kept for the whole sheet (one row at a time): the scan of the cell
 * writes into them and the table copies them.
 */
export class RowLinks implements LinkSink {
  count = 0;
  readonly raw: string[] = [];
  readonly url: string[] = [];
  readonly platform: Platform[] = [];
  /** the canonical keys, as LinkKey parts */
  readonly keySource: string[] = [];
  readonly keyFrom: number[] = [];
  readonly keyTo: number[] = [];
  problems: LinkProblem[] = [];

  /** Ready for the next row; a list that held problems is replaced (emptying one is a call into the engine). */
  clear(): void {
    this.count = 0;
    if (this.problems.length > 0) this.problems = [];
  }

  link(raw: string, url: string, platform: Platform, keySource: string, keyFrom: number, keyTo: number): void {
    const k = this.count++;
    this.raw[k] = raw;
    this.url[k] = url;
    this.platform[k] = platform;
    this.keySource[k] = keySource;
    this.keyFrom[k] = keyFrom;
    this.keyTo[k] = keyTo;
  }

  problem(code: LinkProblemCode, token: string): void {
    this.problems.push({ code, token });
  }
}

/** A row as the check reads it: figures and texts are lists in the order of the table's keys, links in RowLinks. */
export type EntryRow = Omit<Entry, 'numbers' | 'texts' | 'links'> & {
  /** a warning was found on the row (an error row can have one too) */
  readonly warned: boolean;
  readonly numbers: readonly (number | null)[];
  readonly texts: readonly (string | null)[];
  readonly links: RowLinks;
};

export class EntryTable {
  size = 0;
  /** the sheet's 1-based row numbers */
  readonly row: Int32Array;
  /** index into ROW_STATUSES */
  readonly status: Uint8Array;
  /** WARNED and DUPLICATE bits */
  readonly flags: Uint8Array;
  /** sparse (see `sparse`): sheets often have no province column */
  province: SparseColumn = null;
  readonly district: (string | null)[];
  readonly lao: (string | null)[];
  readonly date: (ParsedDateValue | null)[];
  readonly identity: (LaoIdentity | null)[];
  /** keys of the count and money columns the sheet has, in form order */
  readonly numberKeys: readonly string[];
  /** by numberKeys: integers (money in satang), NaN for blank or unreadable */
  readonly numbers: readonly Float64Array[];
  /** keys of the other text columns the sheet has */
  readonly textKeys: readonly string[];
  /** sparse (see `sparse`): a note is rarely written */
  readonly texts: SparseColumn[];
  /** entry i's links are [linkStart[i], linkStart[i + 1]); linkStart[size] is how many links there are */
  readonly linkStart: Int32Array;
  // room for one link a row to start with, grown by half again when a sheet has more: no copy per row, no garbage per link
  /** the links' numbers in the run, set by numberLinks once every row is added */
  linkId: Int32Array;
  /** index into PLATFORMS */
  linkPlatform: Uint8Array;
  linkUrl: string[];
  /** the link as found, when it differs from its url (no scheme typed); sparse (see `sparse`), as most links have one */
  linkRaw: SparseColumn = null;
  /** the canonical links added since the last numbering */
  private unnumbered: LinkBatch;

  /** `capacity`: at most this many entries (the rows below the header). */
  /** `numberKeys`, `textKeys`: the sheet's count and money columns, and its other text columns. */
  constructor(
    capacity: number,
    numberKeys: readonly string[],
    textKeys: readonly string[],
    readonly linkNumbers: LinkNumbering,
  ) {
    this.row = new Int32Array(capacity);
    this.status = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.district = new Array(capacity);
    this.lao = new Array(capacity);
    this.date = new Array(capacity);
    this.identity = new Array(capacity);
    this.numberKeys = numberKeys;
    this.numbers = numberKeys.map(() => new Float64Array(capacity));
    this.textKeys = textKeys;
    this.texts = this.textKeys.map(() => null);
    this.linkStart = new Int32Array(capacity + 1);
    this.linkId = new Int32Array(capacity);
    this.unnumbered = new LinkBatch(capacity);
    this.linkPlatform = new Uint8Array(capacity);
    this.linkUrl = new Array(capacity);
  }

  /** How many links the entries have. */
  get linkCount(): number {
    return this.linkStart[this.size];
  }

  /** Copies a row read by the check. */
  add(e: EntryRow): void {
    const i = this.size++;
    this.row[i] = e.row;
    this.status[i] = statusCode(e.status);
    if (e.warned) this.flags[i] = WARNED;
    this.province = sparse(this.province, i, e.province, this.row.length);
    this.district[i] = e.district;
    this.lao[i] = e.lao;
    this.date[i] = e.date;
    this.identity[i] = e.identity;
    for (let k = 0; k < this.numbers.length; k++) this.numbers[k][i] = e.numbers[k] ?? NaN;
    for (let k = 0; k < this.texts.length; k++) this.texts[k] = sparse(this.texts[k], i, e.texts[k], this.row.length);
    const links = e.links;
    let l = this.linkStart[i];
    if (l + links.count > this.linkId.length) this.growLinks(l + links.count);
    for (let k = 0; k < links.count; k++, l++) {
      this.unnumbered.add(links.keySource[k], links.keyFrom[k], links.keyTo[k]);
      this.linkPlatform[l] = platformCode(links.platform[k]);
      this.linkUrl[l] = links.url[k];
      if (links.raw[k] !== links.url[k]) this.linkRaw = sparse(this.linkRaw, l, links.raw[k], this.linkUrl.length);
    }
    this.linkStart[i + 1] = l;
  }

  /** Numbers the links added so far: all at once, which is much cheaper than one by one (see LinkNumbering.numberAll). */
  numberLinks(): void {
    this.linkNumbers.numberAll(this.unnumbered, this.linkId, this.linkCount - this.unnumbered.count);
    this.unnumbered = new LinkBatch();
  }

  private growLinks(needed: number): void {
    const room = Math.max(needed, this.linkId.length + (this.linkId.length >> 1), 16);
    const id = new Int32Array(room);
    id.set(this.linkId);
    this.linkId = id;
    const platform = new Uint8Array(room);
    platform.set(this.linkPlatform);
    this.linkPlatform = platform;
    this.linkUrl.length = room;
    if (this.linkRaw) this.linkRaw.length = room;
  }

  /** Entry i as an object, as the check read it. */
  entry(i: number): Entry {
    const numbers: Record<string, number | null> = {};
    for (const [k, key] of this.numberKeys.entries())
      numbers[key] = Number.isNaN(this.numbers[k][i]) ? null : this.numbers[k][i];
    const texts: Record<string, string | null> = {};
    for (const [k, key] of this.textKeys.entries()) texts[key] = this.texts[k]?.[i] ?? null;
    const links: ParsedLink[] = [];
    for (let l = this.linkStart[i]; l < this.linkStart[i + 1]; l++) {
      const id = this.linkId[l];
      links.push({
        raw: this.linkRaw?.[l] ?? this.linkUrl[l],
        url: this.linkUrl[l],
        canonical: this.linkNumbers.canonical(id),
        platform: PLATFORMS[this.linkPlatform[l]],
        id,
      });
    }
    return {
      row: this.row[i],
      status: ROW_STATUSES[this.status[i]],
      province: this.province?.[i] ?? null,
      district: this.district[i],
      lao: this.lao[i],
      date: this.date[i],
      identity: this.identity[i],
      links,
      numbers,
      texts,
    };
  }

  /** Every entry as an object, in sheet order: made afresh on each call. */
  entries(): Entry[] {
    const out: Entry[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.entry(i));
    return out;
  }
}

/** A text column that most sheets leave blank: null until its first value, then a list with holes (read as null). */
type SparseColumn = (string | null)[] | null;

/**
 * Sets value i of a sparse column, making the column (`length` long) when its first value arrives. A column of a
 * million rows is 8 MB in the old generation, whose growth sets off a full collection: a blank one costs nothing.
 */
function sparse(column: SparseColumn, i: number, value: string | null, length: number): SparseColumn {
  if (value === null) return column;
  const list = column ?? new Array<string | null>(length);
  list[i] = value;
  return list;
}
