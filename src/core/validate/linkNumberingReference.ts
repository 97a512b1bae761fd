// The plain reference for LinkNumbering: the same numbers from a Map of canonical texts, kept to test the fast one against.

import type { LinkBatch } from './linkNumbering';

/**
 * Numbers canonical links as LinkNumbering does: the first new link is 0, the next 1, and so on in the order links are
 * first met; a link met again, in the same batch or a later one, gets its first number back.
 */
export class ReferenceLinkNumbering {
  private readonly numbers = new Map<string, number>();
  private readonly texts: string[] = [];

  /** How many distinct links are numbered: numbers run from 0 to size − 1. */
  get size(): number {
    return this.texts.length;
  }

  /** Numbers a batch's links in batch order, writing link j's number to into[at + j]. */
  numberAll(batch: LinkBatch, into: Int32Array, at: number): void {
    for (let j = 0; j < batch.count; j++) into[at + j] = this.number(batch.textOf(j));
  }

  /** The canonical link of a number. */
  canonical(id: number): string {
    return this.texts[id];
  }

  private number(text: string): number {
    let id = this.numbers.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.numbers.set(text, id);
      this.texts.push(text);
    }
    return id;
  }
}
