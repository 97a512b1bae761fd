// The rows a check read, kept column by column (a sheet of a million rows holds a few arrays, not millions of objects).
// The table is written by the check, a row at a time, and read through TableRow: nothing else sees its columns.

import type { ReviewStatus } from '../form/types';
import type { ParsedDateValue } from '../normalise/dates';
import { type ParsedLink, PLATFORMS, type Platform, platformCode } from '../normalise/links';
import type { Entry, LaoIdentity, RowStatus } from './entry';
import { LinkBatch, type LinkNumbering } from './linkNumbering';

const ROW_STATUSES: readonly RowStatus[] = ['ok', 'warning', 'error', 'not-reported'];
const statusCode = (status: RowStatus): number => ROW_STATUSES.indexOf(status);
const OK = statusCode('ok');
const WARNING = statusCode('warning');
const ERROR = statusCode('error');

/** Bits of a row's flags: it has a warning (whatever its status), it repeats an earlier row exactly, its review. */
const WARNED = 1;
const REPEAT = 2;
const REVIEW_FLAGS: Readonly<Record<ReviewStatus, number>> = { approved: 4, returned: 8, pending: 0 };

/** A text column that most sheets leave blank: null until its first value, then a list with holes (read as null). */
type SparseColumn = (string | null)[] | null;

/** The table's storage, shared by the table and its row cursors. */
interface Columns {
  /** the sheet's 1-based row numbers */
  readonly row: Int32Array;
  /** index into ROW_STATUSES */
  readonly status: Uint8Array;
  /** WARNED and REPEAT bits */
  readonly flags: Uint8Array;
  province: SparseColumn;
  readonly district: (string | null)[];
  readonly lao: (string | null)[];
  readonly date: (ParsedDateValue | null)[];
  readonly identity: (LaoIdentity | null)[];
  /** submission instants (ms since 1970, UTC), NaN for none; null until a row has one */
  submittedAt: Float64Array | null;
  /** by the table's figureKeys: integers (money in satang), NaN for blank or unreadable */
  readonly numbers: readonly Float64Array[];
  /** by the table's textKeys */
  readonly texts: SparseColumn[];
  /** entry i's links are [linkStart[i], linkStart[i + 1]) */
  readonly linkStart: Int32Array;
  /** the links' numbers in the run, set by numberLinks once every row is added */
  linkId: Int32Array;
  /** index into PLATFORMS */
  linkPlatform: Uint8Array;
  linkUrl: string[];
  /** the link as found, when it differs from its url (no scheme typed) */
  linkRaw: SparseColumn;
}

export class EntryTable {
  /** how many entries the table holds */
  size = 0;
  private readonly c: Columns;
  /** the canonical links added since the last numbering */
  private unnumbered: LinkBatch;

  /**
   * `capacity`: at most this many entries (the rows below the header). `figureKeys`, `textKeys`: the sheet's count and
   * money columns, and its other text columns, in form order.
   */
  constructor(
    capacity: number,
    readonly figureKeys: readonly string[],
    readonly textKeys: readonly string[],
    readonly linkNumbers: LinkNumbering,
  ) {
    this.c = {
      row: new Int32Array(capacity),
      status: new Uint8Array(capacity),
      flags: new Uint8Array(capacity),
      province: null,
      district: new Array(capacity),
      lao: new Array(capacity),
      date: new Array(capacity),
      identity: new Array(capacity),
      submittedAt: null,
      numbers: figureKeys.map(() => new Float64Array(capacity)),
      texts: textKeys.map(() => null),
      linkStart: new Int32Array(capacity + 1),
      // room for one link a row to start with, grown by half again when a sheet has more
      linkId: new Int32Array(capacity),
      linkPlatform: new Uint8Array(capacity),
      linkUrl: new Array(capacity),
      linkRaw: null,
    };
    this.unnumbered = new LinkBatch(capacity);
  }

  /** How many links the entries have. */
  get linkCount(): number {
    return this.c.linkStart[this.size];
  }

  // Writing: the check fills the next row in place (figures, texts, links), then adds it with addRow or drops it.

  /** Figure `slot` (by figureKeys) of the row being read: an integer (money in satang), or null. */
  setFigure(slot: number, value: number | null): void {
    this.c.numbers[slot][this.size] = value ?? NaN;
  }

  /** Text `slot` (by textKeys) of the row being read. */
  setText(slot: number, value: string | null): void {
    this.c.texts[slot] = sparse(this.c.texts[slot], this.size, value, this.c.row.length);
  }

  /** A link of the row being read, its canonical key given by its LinkKey parts. */
  addLink(raw: string, url: string, platform: Platform, keySource: string, keyFrom: number, keyTo: number): void {
    const c = this.c;
    const l = c.linkStart[this.size + 1]++;
    if (l >= c.linkId.length) this.growLinks(l + 1);
    this.unnumbered.add(keySource, keyFrom, keyTo);
    c.linkPlatform[l] = platformCode(platform);
    c.linkUrl[l] = url;
    c.linkRaw = sparse(c.linkRaw, l, raw === url ? null : raw, c.linkUrl.length);
  }

  /** Figure `slot` of the row being read, as set. */
  newRowFigure(slot: number): number | null {
    const v = this.c.numbers[slot][this.size];
    return Number.isNaN(v) ? null : v;
  }

  /** How many links the row being read has so far. */
  get newRowLinks(): number {
    return this.c.linkStart[this.size + 1] - this.c.linkStart[this.size];
  }

  /**
   * Starts the next row: no links yet, and those of a row read but not added (it had nothing to report) are dropped.
   * Figures and texts are each set by the check for every row.
   */
  startRow(): void {
    const c = this.c;
    this.unnumbered.count -= c.linkStart[this.size + 1] - c.linkStart[this.size];
    c.linkStart[this.size + 1] = c.linkStart[this.size];
  }

  /** Adds the row being read, with who it belongs to, its date and what its check found. */
  addRow(sheetRow: number, status: RowStatus, warned: boolean, who: RowWho, date: ParsedDateValue | null): void {
    const c = this.c;
    const i = this.size++;
    c.row[i] = sheetRow;
    c.status[i] = statusCode(status);
    c.flags[i] = (warned ? WARNED : 0) | REVIEW_FLAGS[who.review ?? 'pending'];
    if (who.submittedAt != null) {
      c.submittedAt ??= new Float64Array(c.row.length).fill(NaN);
      c.submittedAt[i] = who.submittedAt;
    }
    c.province = sparse(c.province, i, who.province, c.row.length);
    c.district[i] = who.district;
    c.lao[i] = who.lao;
    c.identity[i] = who.identity;
    c.date[i] = date;
    // the next row starts with no links
    if (this.size < c.row.length) c.linkStart[this.size + 1] = c.linkStart[this.size];
  }

  /** Numbers the links added so far, all at once (see LinkNumbering.numberAll). */
  numberLinks(): void {
    this.linkNumbers.numberAll(this.unnumbered, this.c.linkId, this.linkCount - this.unnumbered.count);
    this.unnumbered = new LinkBatch();
  }

  /** Marks entry i as warned of (an ok row becomes a warning row). */
  markWarned(i: number): void {
    this.c.flags[i] |= WARNED;
    if (this.c.status[i] === OK) this.c.status[i] = WARNING;
  }

  /** Marks entry i as an error row once the sheet is read (a problem found across rows): it is left out of the totals. */
  markError(i: number): void {
    this.c.status[i] = ERROR;
  }

  /** Marks entry i as an exact repeat of an earlier row: it counts once. */
  markRepeat(i: number): void {
    this.c.flags[i] |= REPEAT;
  }

  private growLinks(needed: number): void {
    const c = this.c;
    const room = Math.max(needed, c.linkId.length + (c.linkId.length >> 1), 16);
    c.linkId = grown(c.linkId, new Int32Array(room));
    c.linkPlatform = grown(c.linkPlatform, new Uint8Array(room));
    c.linkUrl.length = room;
    if (c.linkRaw) c.linkRaw.length = room;
  }

  // Reading

  /** Every entry in sheet order, through one cursor that moves on at each step (keep its values, not the cursor). */
  rows(): IterableIterator<TableRow> {
    return new RowIterator(new TableRow(this.c, this));
  }

  /** A cursor on entry i. */
  row(i: number): TableRow {
    const row = new TableRow(this.c, this);
    row.index = i;
    return row;
  }

  /** Every entry as a new object, in sheet order: made afresh on each call. */
  entries(): Entry[] {
    const out: Entry[] = [];
    for (const row of this.rows()) out.push(row.toEntry());
    return out;
  }
}

/** Who a row belongs to, as the check read it. */
export interface RowOwner {
  readonly province: string | null;
  readonly district: string | null;
  readonly lao: string | null;
  readonly identity: LaoIdentity | null;
}

/** What the reviewer and the sidebar wrote on a row: its review status, when it was submitted (null: unknown). */
export interface RowReview {
  readonly review: ReviewStatus;
  readonly submittedAt: number | null;
}

type RowWho = RowOwner & Partial<RowReview>;

/** One entry of a table, read in place: it copies nothing, and `index` says which entry it is on. */
export class TableRow {
  index = 0;

  /** Made by the table (rows, row). */
  constructor(
    private readonly c: Columns,
    readonly table: EntryTable,
  ) {}

  /** Moves the cursor to entry i. */
  at(i: number): this {
    this.index = i;
    return this;
  }

  /** the sheet's 1-based row number */
  get sheetRow(): number {
    return this.c.row[this.index];
  }

  get status(): RowStatus {
    return ROW_STATUSES[this.c.status[this.index]];
  }

  /** a warning was found on the row (an error row can have one too) */
  get warned(): boolean {
    return (this.c.flags[this.index] & WARNED) !== 0;
  }

  /** the row repeats an earlier row of its sheet exactly, so it counts once */
  get repeatsEarlierRow(): boolean {
    return (this.c.flags[this.index] & REPEAT) !== 0;
  }

  /** it counts in the figures (and so can repeat another row): reported, without an error, with an อปท. */
  get countable(): boolean {
    const status = this.status;
    return status !== 'error' && status !== 'not-reported' && this.c.identity[this.index] !== null;
  }

  get province(): string | null {
    return this.c.province?.[this.index] ?? null;
  }

  get district(): string | null {
    return this.c.district[this.index];
  }

  get lao(): string | null {
    return this.c.lao[this.index];
  }

  get date(): ParsedDateValue | null {
    return this.c.date[this.index];
  }

  get identity(): LaoIdentity | null {
    return this.c.identity[this.index];
  }

  get review(): ReviewStatus {
    const flags = this.c.flags[this.index];
    return flags & REVIEW_FLAGS.approved ? 'approved' : flags & REVIEW_FLAGS.returned ? 'returned' : 'pending';
  }

  /** when the row was submitted (ms since 1970, UTC); null when its sheet does not say or it cannot be read */
  get submittedAt(): number | null {
    const v = this.c.submittedAt?.[this.index] ?? NaN;
    return Number.isNaN(v) ? null : v;
  }

  /** A count (an integer) or money (in satang); null when blank, unreadable or not a column of the sheet. */
  figure(key: string): number | null {
    const k = this.table.figureKeys.indexOf(key);
    return k < 0 ? null : this.figureAt(k);
  }

  /** The figure of table.figureKeys[k], for a reader that looks its keys up once per table. */
  figureAt(k: number): number | null {
    const v = this.c.numbers[k][this.index];
    return Number.isNaN(v) ? null : v;
  }

  /** Another text column, normalised; null when blank or not a column of the sheet. */
  text(key: string): string | null {
    const k = this.table.textKeys.indexOf(key);
    return k < 0 ? null : (this.c.texts[k]?.[this.index] ?? null);
  }

  get linkCount(): number {
    return this.c.linkStart[this.index + 1] - this.c.linkStart[this.index];
  }

  /** Link k's number in the run's numbering (table.linkNumbers): the same link, the same number. */
  linkNumber(k: number): number {
    return this.c.linkId[this.c.linkStart[this.index] + k];
  }

  linkPlatform(k: number): Platform {
    return PLATFORMS[this.c.linkPlatform[this.c.linkStart[this.index] + k]];
  }

  /** Link k as it would be opened. */
  linkUrl(k: number): string {
    return this.c.linkUrl[this.c.linkStart[this.index] + k];
  }

  link(k: number): ParsedLink {
    const l = this.c.linkStart[this.index] + k;
    const id = this.c.linkId[l];
    return {
      raw: this.c.linkRaw?.[l] ?? this.c.linkUrl[l],
      url: this.c.linkUrl[l],
      canonical: this.table.linkNumbers.canonical(id),
      platform: this.linkPlatform(k),
      id,
    };
  }

  /** The entry as a new object. */
  toEntry(): Entry {
    const numbers: Record<string, number | null> = {};
    for (const key of this.table.figureKeys) numbers[key] = this.figure(key);
    const texts: Record<string, string | null> = {};
    for (const key of this.table.textKeys) texts[key] = this.text(key);
    const links: ParsedLink[] = [];
    for (let k = 0; k < this.linkCount; k++) links.push(this.link(k));
    const { sheetRow: row, status, province, district, lao, date, identity, review, submittedAt } = this;
    return { row, status, province, district, lao, date, identity, links, numbers, texts, review, submittedAt };
  }
}

/** Moves one cursor through the table: for…of gets the same row, moved on, at each step. */
class RowIterator implements IterableIterator<TableRow> {
  private readonly step: IteratorYieldResult<TableRow>;

  constructor(private readonly row: TableRow) {
    row.index = -1;
    this.step = { done: false, value: row };
  }

  next(): IteratorResult<TableRow> {
    return ++this.row.index < this.row.table.size ? this.step : { done: true, value: undefined };
  }

  [Symbol.iterator](): IterableIterator<TableRow> {
    return this;
  }
}

function grown<T extends Int32Array | Uint8Array>(list: T, into: T): T {
  into.set(list);
  return into;
}

/**
 * Sets value i of a sparse column, making the column (`length` long) when its first value arrives: a column of a
 * million rows left blank costs nothing.
 */
function sparse(column: SparseColumn, i: number, value: string | null, length: number): SparseColumn {
  if (value === null) {
    // a row the check dropped may have left a value here
    if (column !== null && column[i] !== undefined) column[i] = null;
    return column;
  }
  const list = column ?? new Array<string | null>(length);
  list[i] = value;
  return list;
}
