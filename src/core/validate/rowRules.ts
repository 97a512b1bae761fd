// The form's row rules (a figure that needs another, a figure that needs a link, a ratio with a ceiling, a figure with
// a floor) applied to one row.

import type { FormSpec, RowRule } from '../form/types';
import { groupThousands } from '../format/number';
import type { Text } from '../messages/text';
import { PROBLEM_SEVERITY, type ProblemCode } from './codes';
import type { EntryTable } from './entryTable';
import type { ProblemDraft } from './problemDrafts';
import type { Located } from './sheetColumns';

function positive(table: EntryTable, slot: number): boolean {
  return slot >= 0 && (table.newRowFigure(slot) ?? 0) > 0;
}

/** A figure that could not be read is unknown, not zero: rules about it would only repeat the error. */
function unreadable(found: readonly ProblemDraft[], key: string): boolean {
  for (const f of found) if (f.col?.spec.key === key && PROBLEM_SEVERITY[f.code] === 'error') return true;
  return false;
}

/**
 * A form's row rule with the sheet's columns it names, looked up once per sheet rather than once per row; figures are
 * read by their slot in the row (-1: the sheet lacks the column, so the figure is unknown).
 */
export interface SheetRule {
  readonly rule: RowRule;
  /** the `when` column, the links column, the numerator, or the column with a minimum, by kind */
  readonly first: Located | undefined;
  /** the `then` column of positiveRequiresPositive, or the denominator of ratioAbove */
  readonly second: Located | undefined;
  /** slots of the figures the rule reads: `when` (one or more) and `then`, or numerator and denominator */
  readonly slots: readonly number[];
}

export function sheetRules(
  form: FormSpec,
  byKey: ReadonlyMap<string, Located>,
  byRole: ReadonlyMap<string, Located>,
): SheetRule[] {
  const slot = (key: string) => byKey.get(key)?.slot ?? -1;
  return form.rowRules.map((rule) => {
    if (rule.kind === 'positiveRequiresPositive')
      return {
        rule,
        first: byKey.get(rule.when),
        second: byKey.get(rule.then),
        slots: [slot(rule.when), slot(rule.then)],
      };
    if (rule.kind === 'positiveRequiresLink')
      return { rule, first: byRole.get('links'), second: undefined, slots: rule.when.map(slot) };
    if (rule.kind === 'atLeast')
      return { rule, first: byKey.get(rule.column), second: undefined, slots: [slot(rule.column)] };
    return {
      rule,
      first: byKey.get(rule.numerator),
      second: byKey.get(rule.denominator),
      slots: [slot(rule.numerator), slot(rule.denominator)],
    };
  });
}

/** Applies the rules to the row the table is being given (see EntryTable.newRowFigure). */
export function applyRowRules(
  rules: readonly SheetRule[],
  table: EntryTable,
  hasLink: boolean,
  found: ProblemDraft[],
): void {
  for (const { rule, first, second, slots } of rules) {
    const code = rule.code as ProblemCode;
    if (rule.kind === 'positiveRequiresPositive') {
      if (first && second && positive(table, slots[0]) && !positive(table, slots[1]) && !unreadable(found, rule.then))
        found.push({ code, col: second, params: { column: first.spec.label, otherColumn: second.spec.label } });
    } else if (rule.kind === 'positiveRequiresLink') {
      if (hasLink || !slots.some((s) => positive(table, s))) continue;
      if (!(first && unreadable(found, first.key))) found.push({ code, col: first, params: {} });
    } else if (rule.kind === 'atLeast') {
      if (first && !unreadable(found, first.key)) belowMinimum(code, rule.min, rule.per, first, table, slots[0], found);
    } else {
      const num = first;
      const total = slots[0] < 0 ? null : table.newRowFigure(slots[0]);
      const den = slots[1] < 0 ? null : table.newRowFigure(slots[1]);
      if (!num || total === null || !den) continue;
      const perUnit = num.spec.type === 'money' ? total / 100 / den : total / den;
      if (perUnit > rule.max)
        found.push({ code, col: num, params: { amount: groupThousands(perUnit, 2), limit: groupThousands(rule.max) } });
    }
  }
}

/** A figure under its column's minimum; a blank cell is none done, money is compared in baht. */
function belowMinimum(
  code: ProblemCode,
  min: number,
  per: Text | undefined,
  col: Located,
  table: EntryTable,
  slot: number,
  found: ProblemDraft[],
): void {
  const read = table.newRowFigure(slot) ?? 0;
  const figure = col.spec.type === 'money' ? read / 100 : read;
  if (figure >= min) return;
  const params = { amount: groupThousands(figure, col.spec.type === 'money' ? 2 : 0), limit: groupThousands(min) };
  found.push({ code, col, params: per ? { ...params, per } : params });
}
