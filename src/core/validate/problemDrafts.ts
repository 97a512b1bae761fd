// A problem as a row's reading finds it (a draft against a column), made into the Problem a sheet check reports.

import { type FormSpec, OWNER_ROLES } from '../form/types';
import { type ProblemParams, problemText } from '../messages/problems';
import type { Text } from '../messages/text';
import { remember } from '../remember';
import { PROBLEM_SEVERITY, type ProblemCode } from './codes';
import type { Located } from './sheetColumns';
import type { Problem } from './types';

export interface ProblemDraft {
  readonly code: ProblemCode;
  readonly col: Located | undefined;
  readonly params: ProblemParams;
  /** the part of the cell the problem is about, when not the whole cell */
  readonly value?: string;
}

/** Messages made in one sheet, by code, column and parameters, and how they name a row's owner. */
export interface SheetMessages {
  readonly made: Map<string, Text>;
  /** the label of the form's owner column */
  readonly owner: Text | undefined;
}

export function sheetMessages(form: FormSpec): SheetMessages {
  const owner = form.columns.find((c) => c.role !== undefined && OWNER_ROLES.includes(c.role));
  return { made: new Map(), owner: owner?.label };
}

export function problemOf(messages: SheetMessages, draft: ProblemDraft, row: number, value: string): Problem {
  return {
    row,
    column: draft.col?.spec.key ?? null,
    header: draft.col?.at.header ?? null,
    columnIndex: draft.col?.at.index ?? null,
    severity: PROBLEM_SEVERITY[draft.code],
    code: draft.code,
    value,
    message: messageOf(messages, draft),
  };
}

const MESSAGES_KEPT = 10_000;

/**
 * The message of a problem. The same mistake is made row after row (`-` for revenue, the same label before a link):
 * identical messages are one shared object, so a sheet of a million rows does not keep a hundred thousand copies.
 */
function messageOf(messages: SheetMessages, draft: ProblemDraft): Text {
  const key = `${draft.code}\u0000${draft.col?.key ?? ''}\u0000${JSON.stringify(draft.params)}`;
  const { made, owner } = messages;
  const known = made.get(key);
  if (known) return known;
  const column = draft.col?.spec;
  return remember(
    made,
    MESSAGES_KEPT,
    key,
    problemText(draft.code, { column: column?.label, unit: column?.unit, owner, ...draft.params }),
  );
}

/** Two lists of problems in row order as one, a row's problems from `earlier` before its problems from `later`. */
export function mergedByRow(earlier: readonly Problem[], later: readonly Problem[]): Problem[] {
  const merged: Problem[] = [];
  let e = 0;
  for (const problem of later) {
    while (e < earlier.length && earlier[e].row <= problem.row) merged.push(earlier[e++]);
    merged.push(problem);
  }
  while (e < earlier.length) merged.push(earlier[e++]);
  return merged;
}
