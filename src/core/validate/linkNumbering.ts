// Numbers canonical links in a run of sheet checks (the same link, the same number), so roll-ups count distinct links
// by number. An open-addressing table of integers; linkNumberingReference.ts is the plain Map it is tested against, and
// docs/performance.md says what the table saves.

import { KEY_SCHEME, keyText } from '../normalise/links';

/**
 * A batch is numbered bucket by bucket, by the top bits of the links' hashes, which are also where their slots are: the
 * table is walked in order instead of at random (docs/performance.md says what that saves).
 */
const BUCKET_BITS = 8;
const INITIAL_SLOTS = 1 << 10;
/** A key's parts are kept in one integer, from | to << 15, when both fit (links are far shorter); −1: its text is kept. */
const PART_LIMIT = 1 << 15;
const TEXT = -1;

/**
 * What a slot of the table holds (its second integer): nothing, a numbered link, or, while a batch is being numbered,
 * the batch's p-th new link, whose number is given once the whole batch is searched.
 */
const FREE_SLOT = 0;
const slotOfNumber = (id: number) => id + 1;
const numberInSlot = (stored: number) => stored - 1;
const slotOfNewLink = (p: number) => -(p + 1);
const newLinkInSlot = (stored: number) => -stored - 1;

/**
 * Canonical keys as LinkKey parts (see links.ts): a source string and its packed [from, to), by index. Both lists are
 * made at their length and grown together, by half again.
 */
class Keys {
  source: string[];
  parts: Int32Array;

  constructor(capacity: number) {
    const length = Math.max(capacity, 16);
    this.source = new Array<string>(length);
    this.parts = new Int32Array(length);
  }

  /** Makes room for key j (the next one) and whatever else `needed` says is coming. */
  protected room(j: number, needed = j + 1): void {
    if (needed <= this.parts.length) return;
    const length = Math.max(needed, this.parts.length + (this.parts.length >> 1));
    this.parts = grown(this.parts, length);
    this.source.length = length;
  }

  protected put(j: number, source: string, from: number, to: number): void {
    this.room(j);
    const packable = from >= 0 && from < PART_LIMIT && to < PART_LIMIT;
    this.source[j] = packable || from < 0 ? source : keyText(source, from, to);
    this.parts[j] = packable ? from | (to << 15) : TEXT;
  }

  /** Key j's text (made anew each time when kept as parts). */
  textOf(j: number): string {
    const parts = this.parts[j];
    return parts === TEXT ? this.source[j] : keyText(this.source[j], parts & (PART_LIMIT - 1), parts >>> 15);
  }
}

/** A sheet's links in the order the check meets them, numbered together once the sheet is read. */
export class LinkBatch extends Keys {
  count = 0;
  /** each key's hash, made as it is added */
  hashes: Int32Array;

  /** `capacity`: how many links to make room for at first (more can be added). */
  constructor(capacity = 0) {
    super(capacity);
    this.hashes = new Int32Array(this.parts.length);
  }

  /** Adds a canonical key given by its LinkKey parts. */
  add(source: string, from: number, to: number): void {
    const j = this.count++;
    this.put(j, source, from, to);
    if (this.hashes.length < this.parts.length) this.hashes = grown(this.hashes, this.parts.length);
    this.hashes[j] = hashOf(source, from, to);
  }
}

/** The keys numbered so far, by number. */
class NumberedKeys extends Keys {
  size = 0;

  /** Makes room for `count` keys in all. */
  reserve(count: number): void {
    this.room(this.size, count);
  }

  /**
   * Takes a first batch's lists as its own instead of copying them (numbering starts empty): copy then moves its new
   * links down in place, as none is placed after where it was.
   */
  adopt(batch: LinkBatch): void {
    this.source = batch.source;
    this.parts = batch.parts;
  }

  /** Numbers key j of a batch. */
  copy(batch: LinkBatch, j: number): void {
    const id = this.size++;
    this.room(id);
    this.source[id] = batch.source[j];
    this.parts[id] = batch.parts[j];
  }

  /** Key `id`'s text, made once when first asked for. */
  text(id: number): string {
    if (this.parts[id] !== TEXT) {
      this.source[id] = this.textOf(id);
      this.parts[id] = TEXT;
    }
    return this.source[id];
  }
}

export class LinkNumbering {
  /**
   * per slot: [hash, number + 1]; 0 marks a free slot, so a new table needs no filling. A link's search starts at the
   * top bits of its hash; while a batch is numbered, a slot may hold a provisional new link instead of a number.
   */
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private shift = 32 - Math.log2(INITIAL_SLOTS);
  private readonly keys = new NumberedKeys(0);

  /** How many distinct links are numbered: numbers run from 0 to size − 1. */
  get size(): number {
    return this.keys.size;
  }

  /**
   * Numbers a batch's links, writing link j's number to into[at + j]: the same numbers as numbering them one by one in
   * batch order, so new links are numbered in the order they first appear. The batch is spent: its lists may be kept.
   */
  numberAll(batch: LinkBatch, into: Int32Array, at: number): void {
    const known = this.keys;
    this.reserve(known.size + batch.count);
    // at most every link of the batch is new; a sheet checked on its own is a numbering's only batch
    if (known.size === 0) known.adopt(batch);
    else known.reserve(known.size + batch.count);
    const found = this.search(batch);
    // numbers in batch order, which is the order links first appear in: a bucket keeps batch order, so a new link comes
    // before its repeats
    const numberOf = new Int32Array(found.newLinks);
    for (let j = 0; j < batch.count; j++) {
      if (found.isNew[j] === 0) {
        into[at + j] = found.value[j];
        continue;
      }
      const p = found.value[j];
      if (found.firstAt[p] === j) {
        numberOf[p] = known.size;
        known.copy(batch, j);
      }
      into[at + j] = numberOf[p];
    }
    // the new links' slots, in table order
    for (let p = 0; p < found.newLinks; p++) this.slots[2 * found.slotOf[p] + 1] = slotOfNumber(numberOf[p]);
  }

  /**
   * Looks every link of the batch up, bucket by bucket: a known link's number, or which new link it is. A link new to
   * the numbering takes a free slot, holding it as new link p until numberAll gives it its number.
   */
  private search(batch: LinkBatch): BatchSearch {
    const n = batch.count;
    const { order, hashes } = inBuckets(batch.hashes, n);
    const found: BatchSearch = {
      value: new Int32Array(n),
      isNew: new Uint8Array(n),
      newLinks: 0,
      firstAt: new Int32Array(n),
      slotOf: new Int32Array(n),
    };
    const slots = this.slots;
    for (let o = 0; o < n; o++) {
      const hash = hashes[o];
      const j = order[o];
      for (let i = hash >>> this.shift; ; i = (i + 1) & this.mask) {
        const stored = slots[2 * i + 1];
        if (stored === FREE_SLOT) {
          const p = found.newLinks++;
          slots[2 * i] = hash;
          slots[2 * i + 1] = slotOfNewLink(p);
          found.firstAt[p] = j;
          found.slotOf[p] = i;
          found.isNew[j] = 1;
          found.value[j] = p;
          break;
        }
        if (slots[2 * i] !== hash) continue;
        if (stored > 0) {
          if (!sameKey(batch, j, this.keys, numberInSlot(stored))) continue;
          found.value[j] = numberInSlot(stored);
        } else {
          const p = newLinkInSlot(stored);
          if (!sameKey(batch, j, batch, found.firstAt[p])) continue;
          found.isNew[j] = 1;
          found.value[j] = p;
        }
        break;
      }
    }
    return found;
  }

  /** The canonical link of a number. */
  canonical(id: number): string {
    return this.keys.text(id);
  }

  /** Numbers canonical links given as texts (links of another numbering), in order. */
  numberTexts(texts: readonly string[]): Int32Array {
    const batch = new LinkBatch(texts.length);
    // a key whose `from` is below zero is its whole source text
    for (const text of texts) batch.add(text, -1, 0);
    const ids = new Int32Array(texts.length);
    this.numberAll(batch, ids, 0);
    return ids;
  }

  /**
   * Grows the table so it holds `count` links at most three quarters full: searches stay short, as a batch walks the
   * table in order.
   */
  private reserve(count: number): void {
    if (4 * count <= 3 * this.mask) return;
    const old = this.slots;
    let size = 2 * (this.mask + 1);
    while (4 * count > 3 * (size - 1)) size *= 2;
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    const slots = new Int32Array(2 * size);
    this.slots = slots;
    // the old table is in the order of its hashes' top bits, so the new one is written in order too
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === FREE_SLOT) continue;
      let i = old[j] >>> this.shift;
      while (slots[2 * i + 1] !== FREE_SLOT) i = (i + 1) & this.mask;
      slots[2 * i] = old[j];
      slots[2 * i + 1] = old[j + 1];
    }
  }
}

/** What the search of a batch found. */
interface BatchSearch {
  /** by batch index: 1 when the link is new to the numbering */
  readonly isNew: Uint8Array;
  /** by batch index: a known link's number, or which of the batch's new links a new one is (p, in bucket order) */
  readonly value: Int32Array;
  newLinks: number;
  /** by new link p: the batch index of its first appearance, and its slot in the table */
  readonly firstAt: Int32Array;
  readonly slotOf: Int32Array;
}

/**
 * The batch sorted by the top bits of its hashes (a counting sort, stable: each bucket in batch order): the batch's
 * indices in that order, and their hashes, so the search reads them in order too.
 */
function inBuckets(batchHashes: Int32Array, n: number): { order: Int32Array; hashes: Int32Array } {
  const shift = 32 - BUCKET_BITS;
  const starts = new Int32Array((1 << BUCKET_BITS) + 1);
  for (let j = 0; j < n; j++) starts[(batchHashes[j] >>> shift) + 1]++;
  for (let b = 0; b < 1 << BUCKET_BITS; b++) starts[b + 1] += starts[b];
  const order = new Int32Array(n);
  const hashes = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const hash = batchHashes[j];
    const o = starts[hash >>> shift]++;
    order[o] = j;
    hashes[o] = hash;
  }
  return { order, hashes };
}

/** A copy of a list at a greater length. */
function grown(list: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length);
  copy.set(list);
  return copy;
}

/** Whether key a of one list and key b of another are the same text, compared by their parts. */
function sameKey(aKeys: Keys, a: number, bKeys: Keys, b: number): boolean {
  const aParts = aKeys.parts[a];
  const bParts = bKeys.parts[b];
  if (aParts === TEXT && bParts === TEXT) return aKeys.source[a] === bKeys.source[b];
  return aKeys.textOf(a) === bKeys.textOf(b);
}

// FNV-1a's 32-bit offset basis and prime, and MurmurHash3's finishing multipliers (fmix32), as their authors give them
const FNV_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const MIX_1 = 0x85ebca6b;
const MIX_2 = 0xc2b2ae35;
const SCHEME_STATE = fnv(FNV_START, KEY_SCHEME, 0, KEY_SCHEME.length);

/** FNV-1a over UTF-16 code units s[from, to). */
function fnv(state: number, s: string, from: number, to: number): number {
  let h = state;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The hash of a key given by its LinkKey parts, the same as of its text: FNV-1a over its UTF-16 code units, finished
 * with MurmurHash3's mix so the top bits, which place a link, depend on every unit.
 */
function hashOf(source: string, from: number, to: number): number {
  let h = from < 0 ? fnv(FNV_START, source, 0, source.length) : fnv(SCHEME_STATE, source, from, to);
  h ^= h >>> 16;
  h = Math.imul(h, MIX_1);
  h ^= h >>> 13;
  h = Math.imul(h, MIX_2);
  return h ^ (h >>> 16);
}
