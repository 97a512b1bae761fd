// The reviewer's unsaved decisions, by sheet row: kept while the list is asked again for another district, period or
// filter (so nothing chosen is lost before the save), each tied to the fingerprint of the row as it was listed.

import type { ReviewDecision, ReviewRow } from '../addon/review/types';

export type Verdict = ReviewDecision['verdict'];

interface Decision {
  readonly verdict: Verdict;
  note: string;
  readonly fingerprint: string;
}

export function hasErrors(row: ReviewRow): boolean {
  return row.problems.some((p) => p.severity === 'error');
}

export class Decisions {
  private readonly byRow = new Map<number, Decision>();

  get size(): number {
    return this.byRow.size;
  }

  verdict(row: number): Verdict | undefined {
    return this.byRow.get(row)?.verdict;
  }

  note(row: number): string {
    return this.byRow.get(row)?.note ?? '';
  }

  /** Chooses `verdict` for the row, or undoes it when it is the one already chosen; a return keeps its reason. */
  toggle(row: ReviewRow, verdict: Verdict): void {
    const before = this.byRow.get(row.row);
    if (before?.verdict === verdict) this.byRow.delete(row.row);
    else this.byRow.set(row.row, { verdict, note: before?.note ?? '', fingerprint: row.fingerprint });
  }

  setNote(row: number, note: string): void {
    const decision = this.byRow.get(row);
    if (decision) decision.note = note;
  }

  /**
   * Approves every listed row awaiting review that has no error and no decision yet: a row with an error is a
   * reviewer's call one by one; a row of a certified period cannot be decided. Gives how many were marked and how many
   * were left for their errors.
   */
  approveAll(rows: readonly ReviewRow[]): { marked: number; withErrors: number } {
    let marked = 0;
    let withErrors = 0;
    for (const row of rows) {
      if (row.status !== 'pending' || row.closed !== '' || this.byRow.has(row.row)) continue;
      if (hasErrors(row)) withErrors++;
      else {
        this.byRow.set(row.row, { verdict: 'approve', note: '', fingerprint: row.fingerprint });
        marked++;
      }
    }
    return { marked, withErrors };
  }

  /** Drops the decisions on rows listed again with other content: what was decided is not what the sheet now holds. */
  reconcile(rows: readonly ReviewRow[]): void {
    for (const row of rows) {
      const decision = this.byRow.get(row.row);
      if (decision && decision.fingerprint !== row.fingerprint) this.byRow.delete(row.row);
    }
  }

  /** the rows decided that are not among `rows` */
  outside(rows: readonly ReviewRow[]): number {
    const listed = new Set(rows.map((r) => r.row));
    return [...this.byRow.keys()].filter((row) => !listed.has(row)).length;
  }

  /** the returned rows without a reason, in row order */
  missingReasons(): number[] {
    return [...this.byRow.entries()]
      .filter(([, d]) => d.verdict === 'return' && d.note.trim() === '')
      .map(([row]) => row)
      .sort((a, b) => a - b);
  }

  /** every decision, in row order, as submitReview takes it; an approval carries no note */
  list(): ReviewDecision[] {
    return [...this.byRow.entries()]
      .sort(([a], [b]) => a - b)
      .map(([row, d]) => ({
        row,
        verdict: d.verdict,
        note: d.verdict === 'return' ? d.note.trim() : '',
        fingerprint: d.fingerprint,
      }));
  }

  /** Forgets the rows the server has answered for (recorded or refused); the rest stay for the next save. */
  forget(rows: readonly number[]): void {
    for (const row of rows) this.byRow.delete(row);
  }
}
