// Checks one sidebar entry with the core's own sheet validation: the entry becomes a one-row sheet under the form's
// canonical header and goes through validateSheet, so the browser and the server apply exactly the rules the menu check does.

import type { CellValue } from '../../core/cell';
import { isEntered, ownerColumn } from '../../core/form/entryFields';
import type { ColumnSpec, FormSpec } from '../../core/form/types';
import { entryMessages } from '../../core/messages/entry';
import { problemText } from '../../core/messages/problems';
import { isoDate, thaiDateOrMonthLong } from '../../core/normalise/dates';
import { parseLinks } from '../../core/normalise/links';
import { laoDisplayName } from '../../core/registry/laoTypes';
import { PROBLEM_SEVERITY } from '../../core/validate/codes';
import type { Entry } from '../../core/validate/entry';
import { type CalendarDay, type ValidateOptions, validateSheet } from '../../core/validate/validateSheet';
import type { EntryPayload, EntryProblem, RecordedEntry, RecordedValue } from './types';

export interface CheckOptions {
  readonly form: FormSpec;
  /** the report's province name, for the one-row sheet's province column */
  readonly province: string | null;
  readonly today: CalendarDay;
  readonly identify?: ValidateOptions['identify'];
}

export interface EntryCheck {
  readonly problems: readonly EntryProblem[];
  readonly errors: number;
  readonly warnings: number;
  /** what would be written; null while there are errors */
  readonly recorded: RecordedEntry | null;
}

/** The entry's cells by form column key, as a person would have typed them into the sheet; the links one box a line. */
function entryCells(values: EntryPayload['values'], form: FormSpec, province: string | null): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const c of form.columns) {
    const value = c.role === 'province' ? (province ?? '') : (values[c.key] ?? '');
    cells[c.key] = typeof value === 'string' ? value : value.filter((l) => l.trim() !== '').join('\n');
  }
  return cells;
}

/** One column of the checked row as recorded: the อปท. and district as the registry names them, a person as typed, money in baht. */
function recordedValue(column: ColumnSpec, entry: Entry): RecordedValue {
  const lao = entry.identity?.lao;
  if (column.role === 'lao') return lao ? laoDisplayName(lao) : entry.lao;
  if (column.role === 'district') return lao ? lao.districtName : entry.district;
  // a person is named as written (normalised): the check keeps the owner's text whatever the owner's role
  if (column.role === 'person') return entry.lao;
  const number = entry.numbers[column.key] ?? null;
  switch (column.type) {
    case 'date':
      return entry.date ? { iso: isoDate(entry.date), thai: thaiDateOrMonthLong(entry.date) } : null;
    case 'links':
      return entry.links.map((l) => ({ url: l.url, platform: l.platform }));
    case 'count':
      return number;
    case 'money':
      return number === null ? null : number / 100;
    default:
      return entry.texts[column.key] ?? null;
  }
}

function recordedOf(entry: Entry, form: FormSpec): RecordedEntry {
  const recorded: Record<string, RecordedValue> = {};
  for (const c of form.columns) if (isEntered(c)) recorded[c.key] = recordedValue(c, entry);
  return recorded;
}

/**
 * In a sheet cell, words beside a link are a label; in the sidebar each box is meant to hold one link, so a box the core's
 * link parser finds no link in is an error of its own (added once, unless the whole cell already raised it).
 */
function linkBoxProblems(field: string, boxes: readonly string[], problems: EntryProblem[]): void {
  const seen = new Set(problems.filter((p) => p.field === field).map((p) => `${p.code}|${p.value}`));
  for (const box of boxes) {
    if (box.trim() === '') continue;
    for (const p of parseLinks(box).problems) {
      const key = `${p.code}|${p.token}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        field,
        severity: PROBLEM_SEVERITY[p.code],
        code: p.code,
        message: problemText(p.code, { value: p.token }),
        value: p.token,
      });
    }
  }
}

/** Problems the sidebar adds to the sheet check's: each link box on its own, an owner left empty, an entry without result. */
function entryProblems(
  values: EntryPayload['values'],
  form: FormSpec,
  entry: Entry | undefined,
  problems: EntryProblem[],
) {
  for (const c of form.columns) {
    const value = values[c.key];
    if (c.type === 'links' && Array.isArray(value)) linkBoxProblems(c.key, value, problems);
  }
  // whoever the row belongs to, an อปท. or a person, the entry must say
  const owner = ownerColumn(form);
  const typed = owner ? values[owner.key] : undefined;
  const code = owner?.role === 'lao' ? 'LAO_MISSING' : 'PERSON_MISSING';
  if (owner && (typeof typed !== 'string' || typed.trim() === '') && !problems.some((p) => p.code === code)) {
    problems.unshift({
      field: owner.key,
      severity: PROBLEM_SEVERITY[code],
      code,
      message: owner.role === 'lao' ? entryMessages.laoRequired : entryMessages.personRequired(owner.label),
      value: '',
    });
  }
  if (!entry || entry.status === 'not-reported') {
    // a row reports something through a link or a figure other than zero (see validateSheet)
    const results = form.columns.filter((c) => c.type === 'links' || c.type === 'count' || c.type === 'money');
    problems.push({
      field: null,
      severity: 'error',
      code: 'ENTRY_NO_RESULT',
      message: entryMessages.noResult(results.map((c) => c.label)),
      value: '',
    });
  }
}

export function checkEntry(payload: EntryPayload, options: CheckOptions): EntryCheck {
  const { form } = options;
  const cells = entryCells(payload.values, form, options.province);
  const rows: CellValue[][] = [form.columns.map((c) => c.header), form.columns.map((c) => cells[c.key])];
  const validated = validateSheet(rows, form, { today: options.today, identify: options.identify });
  // the canonical header always satisfies its own form; anything else is a broken form declaration
  if (!validated.ok) throw new Error(`the form's own header was not recognised: ${validated.message.th}`);
  const entry: Entry | undefined = validated.result.table.entries()[0];
  const entered = new Set(form.columns.filter(isEntered).map((c) => c.key));
  const problems: EntryProblem[] = validated.result.problems.map((p) => ({
    field: p.column !== null && entered.has(p.column) ? p.column : null,
    severity: p.severity,
    code: p.code,
    message: p.message,
    value: p.value,
  }));
  entryProblems(payload.values, form, entry, problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    problems,
    errors,
    warnings: problems.length - errors,
    recorded: errors === 0 && entry ? recordedOf(entry, form) : null,
  };
}
