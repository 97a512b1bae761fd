// A reviewer's decisions: read from whatever the page sent, then planned against the rows as they are under the lock.
// A row changed since it was listed (another value, or gone) is refused and left as it is; the others get their new
// review status and note, and each becomes an act of the audit trail with its cells before and after. A row dated in a
// period the province certified is refused by name: its figures were certified as they stand.

import { type CellValue, cellText } from '../cell';
import type { ReviewChoices } from '../form/types';
import { reviewMessages as M } from '../messages/reviewServer';
import type { Text } from '../messages/text';
import { parseDate } from '../normalise/dates';
import { periodLabel } from '../period/period';
import { type CertificationRecord, closingOf } from './certification';
import { FINGERPRINT_SHAPE, rowFingerprint } from './fingerprint';
import type { AuditAct, ReviewDecision } from './types';

/** a page of decisions: every row of a district's quarter, and one write */
export const MAX_DECISIONS = 500;
const MAX_NOTE = 500;

export type DecisionsRead =
  | { readonly ok: true; readonly decisions: ReviewDecision[] }
  | { readonly ok: false; readonly message: Text };

function decisionOf(raw: unknown, seen: Set<number>): ReviewDecision | Text {
  const d = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const row = d.row;
  if (typeof row !== 'number' || !Number.isInteger(row) || row < 1 || seen.has(row)) return M.badDecision;
  if (d.verdict !== 'approve' && d.verdict !== 'return') return M.badDecision;
  if (typeof d.fingerprint !== 'string' || !FINGERPRINT_SHAPE.test(d.fingerprint)) return M.badDecision;
  const note = typeof d.note === 'string' ? d.note.trim() : '';
  if (note.length > MAX_NOTE) return M.noteTooLong(row, MAX_NOTE);
  if (d.verdict === 'return' && note === '') return M.returnNeedsNote(row);
  seen.add(row);
  return { row, verdict: d.verdict, note, fingerprint: d.fingerprint };
}

/** The decisions of a payload `{ decisions: [...] }`, or what is wrong with it (nothing is then written). */
export function readDecisions(raw: unknown): DecisionsRead {
  const list = (typeof raw === 'object' && raw !== null ? (raw as { decisions?: unknown }).decisions : undefined) ?? [];
  if (!Array.isArray(list) || list.length === 0) return { ok: false, message: M.noDecisions };
  if (list.length > MAX_DECISIONS) return { ok: false, message: M.tooManyDecisions(MAX_DECISIONS) };
  const seen = new Set<number>();
  const decisions: ReviewDecision[] = [];
  for (const raw of list) {
    const read = decisionOf(raw, seen);
    if ('th' in read) return { ok: false, message: read };
    decisions.push(read);
  }
  return { ok: true, decisions };
}

/** The rows the decisions touch, as read under the lock: sheet rows first..first + cells.length - 1. */
export interface DecidedSpan {
  readonly first: number;
  readonly cells: readonly CellValue[][];
  /** 0-based columns of the review status and note */
  readonly status: number;
  readonly note: number;
  /** 0-based column of the row's owner, for the audit trail */
  readonly owner: number | undefined;
  /** 0-based column of the row's date, and the periods the province certified: a row dated in one is not reviewed */
  readonly date?: number;
  readonly closed?: readonly CertificationRecord[];
}

/** Why a row dated in a certified period cannot be decided on, or null. */
function closedRefusal(span: DecidedSpan, row: number, cells: readonly CellValue[]): Text | null {
  if (span.date === undefined || !span.closed || span.closed.length === 0) return null;
  const date = parseDate(cells[span.date] ?? null);
  if (date.kind === 'blank' || date.kind === 'invalid') return null;
  const closing = closingOf(span.closed, date);
  if (!closing) return null;
  return M.rowInClosedPeriod(row, periodLabel(closing.period).th, closing.record.by, closing.record.at);
}

export interface ReviewPlan {
  /** by sheet row: the review status and note to write */
  readonly writes: Map<number, [string, string]>;
  readonly acts: AuditAct[];
  readonly refused: { readonly row: number; readonly message: Text }[];
}

const reviewCells = (status: string, note: string): string => M.reviewCells(status, note).th;

export function planReview(
  decisions: readonly ReviewDecision[],
  span: DecidedSpan,
  choices: ReviewChoices,
): ReviewPlan {
  const skip = new Set([span.status, span.note]);
  const writes = new Map<number, [string, string]>();
  const acts: AuditAct[] = [];
  const refused: ReviewPlan['refused'] = [];
  for (const d of [...decisions].sort((a, b) => a.row - b.row)) {
    const cells = span.cells[d.row - span.first];
    if (!cells || rowFingerprint(cells, skip) !== d.fingerprint) {
      refused.push({ row: d.row, message: M.changedSinceListed(d.row) });
      continue;
    }
    const closed = closedRefusal(span, d.row, cells);
    if (closed) {
      refused.push({ row: d.row, message: closed });
      continue;
    }
    const status = (d.verdict === 'approve' ? choices.approved : choices.returned)[0];
    const text = (c: number) => cellText(cells[c] ?? null).trim();
    writes.set(d.row, [status, d.note]);
    acts.push({
      kind: d.verdict,
      row: d.row,
      owner: span.owner === undefined ? '' : text(span.owner),
      before: reviewCells(text(span.status), text(span.note)),
      after: reviewCells(status, d.note),
    });
  }
  return { writes, acts, refused };
}
