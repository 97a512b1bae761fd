// Numbers canonical links in a run of sheet checks (the same link, the same number), so roll-ups count distinct links
// by number. An open-addressing table of integers: a JS Map of a million strings costs several times more per link.

const INITIAL_SLOTS = 1 << 10;
/**
 * A batch is numbered bucket by bucket, by the top bits of the links' hashes, which are also where their slots are: the
 * table is walked in order instead of at random. A table for a million links is far larger than the processor's caches,
 * and a random visit to it cost more than all the rest of a link's check.
 */
const BUCKET_BITS = 8;

/** A sheet's links in the order the check meets them, numbered together once the sheet is read. */
export class LinkBatch {
  count = 0;
  readonly keys: string[] = [];
  /** hashed when added, while the link is fresh in the cache */
  hashes = new Int32Array(1024);

  add(canonical: string): void {
    const j = this.count++;
    if (j === this.hashes.length) {
      const hashes = new Int32Array(2 * j);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.keys[j] = canonical;
    this.hashes[j] = hashOf(canonical);
  }
}

export class LinkNumbering {
  /**
   * per slot: [hash, number + 1]; 0 marks a free slot, so a new table needs no filling. A link's search starts at the
   * top bits of its hash; while a batch is numbered, a negative value −(j + 1) stands for the batch's link j.
   */
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private shift = 32 - Math.log2(INITIAL_SLOTS);
  private readonly keys: string[] = [];

  /** How many distinct links are numbered: numbers run from 0 to size − 1. */
  get size(): number {
    return this.keys.length;
  }

  /** The link's number, numbering it when it is new. */
  number(canonical: string): number {
    const hash = hashOf(canonical);
    const slot = this.slotOf(canonical, hash);
    const known = this.slots[2 * slot + 1];
    if (known !== 0) return known - 1;
    // a new link takes the free slot its search ended on
    const id = this.keys.length;
    this.keys.push(canonical);
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    this.reserve(this.keys.length);
    return id;
  }

  /**
   * The numbers of a batch's links, in batch order: the same numbers as numbering them one by one in that order, so
   * new links are numbered in the order they first appear.
   */
  numberAll(batch: LinkBatch): Int32Array {
    const n = batch.count;
    this.reserve(this.keys.length + n);
    // the batch in bucket order: position o holds the batch's link order[o], whose hash is hashes[o]
    const { order, hashes } = inBuckets(batch.hashes, n);
    // by position: a known link's number; NEW for a link first met here; or −(o′ + 2) when it is the link met at o′
    const found = new Int32Array(n);
    // by position: the slot a new link was put in, to write its number there once numbers are given
    const slotAt = new Int32Array(n);
    const slots = this.slots;
    const keys = batch.keys;
    for (let o = 0; o < n; o++) {
      const hash = hashes[o];
      for (let i = hash >>> this.shift; ; i = (i + 1) & this.mask) {
        const stored = slots[2 * i + 1];
        if (stored === 0) {
          // until numbers are given, a new link's slot holds its position, as −(o + 1)
          slots[2 * i] = hash;
          slots[2 * i + 1] = -(o + 1);
          found[o] = NEW;
          slotAt[o] = i;
          break;
        }
        if (slots[2 * i] === hash && (stored > 0 ? this.keys[stored - 1] : keys[order[-stored - 1]]) === keys[order[o]]) {
          // a number + 1 becomes the number, −(o′ + 1) becomes −(o′ + 2)
          found[o] = stored - 1;
          break;
        }
      }
    }
    // numbers for new links in batch order, which is the order they first appear in
    const ids = new Int32Array(n);
    const isNew = new Uint8Array(n);
    for (let o = 0; o < n; o++) if (found[o] === NEW) isNew[order[o]] = 1;
    for (let j = 0; j < n; j++) {
      if (isNew[j] === 0) continue;
      ids[j] = this.keys.length;
      this.keys.push(keys[j]);
    }
    // a bucket keeps batch order, so a link met again comes after its first appearance
    for (let o = 0; o < n; o++) {
      const value = found[o];
      if (value === NEW) slots[2 * slotAt[o] + 1] = ids[order[o]] + 1;
      else ids[order[o]] = value >= 0 ? value : ids[order[-value - 2]];
    }
    return ids;
  }

  /** The link's number, or undefined when it was never numbered. */
  get(canonical: string): number | undefined {
    const stored = this.slots[2 * this.slotOf(canonical, hashOf(canonical)) + 1];
    return stored === 0 ? undefined : stored - 1;
  }

  /** The canonical link of a number. */
  canonical(id: number): string {
    return this.keys[id];
  }

  /** The slot holding the link, or the free slot where it would go. */
  private slotOf(canonical: string, hash: number): number {
    const slots = this.slots;
    for (let i = hash >>> this.shift; ; i = (i + 1) & this.mask) {
      const stored = slots[2 * i + 1];
      if (stored === 0 || (slots[2 * i] === hash && this.keys[stored - 1] === canonical)) return i;
    }
  }

  /** Grows the table so it holds `count` links at most half full, which keeps searches short. */
  private reserve(count: number): void {
    if (2 * count <= this.mask) return;
    const old = this.slots;
    let size = 2 * (this.mask + 1);
    while (2 * count > size - 1) size *= 2;
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    const slots = (this.slots = new Int32Array(2 * size));
    // the old table is in the order of its hashes' top bits, so the new one is written in order too
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = old[j] >>> this.shift;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      slots[2 * i] = old[j];
      slots[2 * i + 1] = old[j + 1];
    }
  }
}

const NEW = -1;

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

/** FNV-1a over UTF-16 code units, finished with MurmurHash3's mix so the top bits, which place a link, depend on every unit. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
