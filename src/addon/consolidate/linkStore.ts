// The hidden run-data sheet holding each province's distinct links between the executions of one consolidation, written in
// batches; a row: run id | province | version | chunk | chunks | links one per line (chunked under a cell's 50,000 characters).

import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Platform } from '../../core/normalise/links';
import type { LinkList } from '../../core/rollup/provinceRollup';
import type { GeneratedKind } from '../adapter/generatedSheets';
import { generatedSheet } from '../adapter/generatedSheets';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from '../adapter/services';
import type { RunState } from './runState';

const CHUNK_CHARS = 40_000;
const WIDTH = 6;
// one letter per platform, so a line is the letter and the canonical link and a chunk never starts like a number or formula
const LETTER: Readonly<Record<Platform, string>> = {
  facebook: 'f',
  tiktok: 't',
  youtube: 'y',
  instagram: 'i',
  line: 'l',
  x: 'x',
  shopee: 's',
  lazada: 'z',
  other: 'o',
};
const PLATFORM = new Map(Object.entries(LETTER).map(([p, l]) => [l, p as Platform]));

/** generatedSheets knows the add-on's own kinds; these two are the consolidation's (the kind is only a key and a metadata value). */
export const RUN_DATA_KIND: GeneratedKind = 'nationalRunData';

export function encodeLinks(links: LinkList): string[] {
  const text = links.canonical.map((canonical, i) => LETTER[links.platform[i]] + canonical).join('\n');
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK_CHARS) chunks.push(text.slice(i, i + CHUNK_CHARS));
  return chunks;
}

export function decodeLinks(chunks: readonly string[]): LinkList {
  const text = chunks.join('');
  const links = { canonical: [] as string[], platform: [] as Platform[] };
  if (text === '') return links;
  for (const line of text.split('\n')) {
    links.canonical.push(line.slice(1));
    links.platform.push(PLATFORM.get(line[0]) ?? 'other');
  }
  return links;
}

/** The run-data sheet, made hidden the first time. */
function runDataSheet(ss: SpreadsheetApi, props: PropertiesApi): SheetApi {
  const out = generatedSheet(ss, props, RUN_DATA_KIND, M.runDataSheet);
  if (out.created) out.sheet.hideSheet();
  return out.sheet;
}

export class LinkStore {
  /** every province's links this execution made, written or not: a run that ends in the execution that read them needs no read-back */
  private readonly held = new Map<string, { version: number; links: LinkList }>();
  private readonly pending = new Set<string>();
  private sheet: SheetApi | null = null;

  constructor(
    private readonly ss: SpreadsheetApi,
    private readonly props: PropertiesApi,
  ) {}

  /** Keeps a province's links for the next batch (a later version of the same province replaces it). */
  add(code: string, version: number, links: LinkList): void {
    this.held.set(code, { version, links });
    this.pending.add(code);
  }

  get size(): number {
    return this.pending.size;
  }

  private data(): SheetApi {
    this.sheet ??= runDataSheet(this.ss, this.props);
    return this.sheet;
  }

  /** Writes the batch below the rows already there (two calls) and records in the state which versions are stored. */
  flush(state: RunState): void {
    if (this.pending.size === 0) return;
    const rows: (string | number)[][] = [];
    for (const code of this.pending) {
      const { version, links } = this.held.get(code)!;
      const chunks = encodeLinks(links);
      // a chunk may start anywhere in the text, e.g. at the "=" of "?v=": the apostrophe keeps it text, as asSheetText does
      for (const [i, text] of chunks.entries()) rows.push([state.id, code, version, i, chunks.length, `'${text}`]);
    }
    if (rows.length > 0) {
      const sheet = this.data();
      try {
        sheet.getRange(state.linkRow, 1, rows.length, WIDTH).setValues(rows);
      } catch (e) {
        // only when the batch runs past the sheet's last row: add the rows once, then write again
        const missing = state.linkRow + rows.length - 1 - sheet.getMaxRows();
        if (missing <= 0) throw e;
        sheet.insertRowsAfter(sheet.getMaxRows(), missing);
        sheet.getRange(state.linkRow, 1, rows.length, WIDTH).setValues(rows);
      }
      state.linkRow += rows.length;
    }
    for (const code of this.pending) state.links[code] = this.held.get(code)!.version;
    this.pending.clear();
  }

  /**
   * The links of each wanted province at its wanted version: from this execution's own when it has them, else from the sheet
   * (one read for all, and only rows the state says hold that version). A province missing from the result was lost.
   */
  linksOf(state: RunState, wanted: ReadonlyMap<string, number>): Map<string, LinkList> {
    const out = new Map<string, LinkList>();
    const rest = new Map<string, number>();
    for (const [code, version] of wanted) {
      const mine = this.held.get(code);
      if (mine && mine.version === version) out.set(code, mine.links);
      else if (state.links[code] === version) rest.set(code, version);
    }
    if (rest.size === 0 || state.linkRow <= 1) return out;
    const values = this.data()
      .getRange(1, 1, state.linkRow - 1, WIDTH)
      .getValues();
    const chunks = new Map<string, string[]>();
    for (const [id, code, version, index, count, text] of values) {
      const key = String(code);
      if (String(id) !== state.id || Number(version) !== rest.get(key)) continue;
      const list = chunks.get(key) ?? Array<string>(Number(count)).fill('\u0000');
      list[Number(index)] = String(text);
      chunks.set(key, list);
    }
    for (const [code, list] of chunks) if (!list.includes('\u0000')) out.set(code, decodeLinks(list));
    // a province with no links has no rows: it is whole when the state says its (empty) version was written
    for (const code of rest.keys())
      if (!out.has(code) && !chunks.has(code)) out.set(code, { canonical: [], platform: [] });
    return out;
  }

  /** Empties the sheet once the tables are written (one call), when this run wrote to it at all. */
  clear(state: RunState): void {
    if (state.linkRow > 1) this.data().clearContents();
  }
}
