// Numbers canonical links in a run of sheet checks (the same link, the same number), so roll-ups count distinct links
// by number. An open-addressing table of integers: a JS Map of a million strings costs several times more per link.

const INITIAL_SLOTS = 1 << 10;

export class LinkNumbering {
  /** per slot: [hash, number + 1]; 0 marks a free slot, so a new table needs no filling */
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
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
    // kept under half full, so probe runs stay short
    if (2 * this.keys.length > this.mask) this.grow();
    return id;
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
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const stored = slots[2 * i + 1];
      if (stored === 0 || (slots[2 * i] === hash && this.keys[stored - 1] === canonical)) return i;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * this.mask + 1;
    const slots = (this.slots = new Int32Array(2 * (this.mask + 1)));
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = old[j] & this.mask;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      slots[2 * i] = old[j];
      slots[2 * i + 1] = old[j + 1];
    }
  }
}

/** FNV-1a over UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
