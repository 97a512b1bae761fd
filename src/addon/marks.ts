// Marks problem cells (a background by severity and a note) and removes the marks of earlier runs, as pure functions
// over the 2-D backgrounds and notes of the data block. Marks are recognised by a marker at the start of our part of a
// note, so a person's own colours and notes are never wiped: our text is appended to theirs and stripped off again.

import type { Severity } from '../core/validate/codes';

export const MARK_COLOURS: Readonly<Record<Severity, string>> = { error: '#f4c7c3', warning: '#fce8b2' };
export const NOTE_MARKER = '⚑ ของดีบ้านเรา:';
const DEFAULT_BACKGROUND = '#ffffff';
const SEPARATOR = '\n\n';

export interface CellMark {
  /** 0-based row and column inside the block */
  readonly row: number;
  readonly column: number;
  readonly severity: Severity;
  readonly message: string;
}

export interface MarkedBlock {
  readonly backgrounds: string[][];
  readonly notes: string[][];
  readonly marked: number;
}

function isDefault(colour: string): boolean {
  return colour === '' || colour.toLowerCase() === DEFAULT_BACKGROUND;
}

function isOurColour(colour: string): boolean {
  const c = colour.toLowerCase();
  return c === MARK_COLOURS.error || c === MARK_COLOURS.warning;
}

/** The person's own part of a note, without the part an earlier run added. */
export function userNote(note: string): string {
  const at = note.indexOf(NOTE_MARKER);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, '');
}

/** Removes earlier marks and applies the new ones; the inputs are not changed. */
export function markBlock(
  backgrounds: readonly string[][],
  notes: readonly string[][],
  marks: readonly CellMark[],
): MarkedBlock {
  const bg = backgrounds.map((row) => [...row]);
  const nt = notes.map((row) => [...row]);
  for (let r = 0; r < nt.length; r++) {
    for (let c = 0; c < nt[r].length; c++) {
      const note = nt[r][c];
      if (!note || note.indexOf(NOTE_MARKER) < 0) continue;
      nt[r][c] = userNote(note);
      // our colour under our note was ours; any other colour is the person's and stays
      if (isOurColour(bg[r][c])) bg[r][c] = DEFAULT_BACKGROUND;
    }
  }
  const byCell = new Map<string, CellMark[]>();
  for (const m of marks) {
    const key = `${m.row},${m.column}`;
    const list = byCell.get(key);
    if (list) list.push(m);
    else byCell.set(key, [m]);
  }
  for (const list of byCell.values()) {
    const { row, column } = list[0];
    if (row >= nt.length || column >= nt[row].length) continue;
    const severity: Severity = list.some((m) => m.severity === 'error') ? 'error' : 'warning';
    const ours = `${NOTE_MARKER}\n${list.map((m) => `• ${m.message}`).join('\n')}`;
    const own = nt[row][column];
    nt[row][column] = own ? `${own}${SEPARATOR}${ours}` : ours;
    if (isDefault(bg[row][column])) bg[row][column] = MARK_COLOURS[severity];
  }
  return { backgrounds: bg, notes: nt, marked: byCell.size };
}
