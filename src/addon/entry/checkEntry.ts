// Checks one sidebar entry with the core's own sheet validation: the entry becomes a one-row sheet under the form's
// canonical header and goes through validateSheet, so the browser and the server apply exactly the rules the menu check does.

import type { CellValue } from '../../core/cell';
import type { FormSpec } from '../../core/form/types';
import { entryMessages } from '../../core/messages/entry';
import { problemText } from '../../core/messages/problems';
import { isoDate, thaiDateOrMonthLong } from '../../core/normalise/dates';
import { parseLinks } from '../../core/normalise/links';
import { laoDisplayName } from '../../core/registry/laoTypes';
import { PROBLEM_SEVERITY } from '../../core/validate/codes';
import type { Entry } from '../../core/validate/entry';
import { type CalendarDay, type ValidateOptions, validateSheet } from '../../core/validate/validateSheet';
import type { EntryField, EntryPayload, EntryProblem, RecordedEntry } from './types';

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

const FIELDS: ReadonlySet<string> = new Set<EntryField>([
  'district',
  'lao',
  'date',
  'product',
  'links',
  'salesCount',
  'revenue',
  'beneficiaries',
  'note',
]);

function fieldOf(column: string | null): EntryField | null {
  return column !== null && FIELDS.has(column) ? (column as EntryField) : null;
}

/** The entry's cells by form column key, as a person would have typed them into the sheet. */
export function entryCells(payload: EntryPayload, province: string | null): Record<string, string> {
  return {
    province: province ?? '',
    district: payload.district,
    lao: payload.lao,
    date: payload.date,
    product: payload.product,
    links: payload.links.filter((l) => l.trim() !== '').join('\n'),
    salesCount: payload.salesCount,
    revenue: payload.revenue,
    beneficiaries: payload.beneficiaries,
    note: payload.note,
  };
}

function recordedOf(entry: Entry): RecordedEntry {
  const lao = entry.identity?.lao;
  const number = (key: string) => entry.numbers[key] ?? null;
  const satang = number('revenue');
  return {
    district: lao ? lao.districtName : entry.district,
    lao: lao ? laoDisplayName(lao) : entry.lao,
    date: entry.date ? isoDate(entry.date) : null,
    dateThai: entry.date ? thaiDateOrMonthLong(entry.date) : null,
    product: entry.texts.product ?? null,
    links: entry.links.map((l) => ({ url: l.url, platform: l.platform })),
    salesCount: number('salesCount'),
    revenue: satang === null ? null : satang / 100,
    beneficiaries: number('beneficiaries'),
    note: entry.texts.note ?? null,
  };
}

/**
 * In a sheet cell, words beside a link are a label; in the sidebar each box is meant to hold one link, so a box the core's
 * link parser finds no link in is an error of its own (added once, unless the whole cell already raised it).
 */
function linkBoxProblems(boxes: readonly string[], problems: EntryProblem[]): void {
  const seen = new Set(problems.filter((p) => p.field === 'links').map((p) => `${p.code}|${p.value}`));
  for (const box of boxes) {
    if (box.trim() === '') continue;
    for (const p of parseLinks(box).problems) {
      const key = `${p.code}|${p.token}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        field: 'links',
        severity: PROBLEM_SEVERITY[p.code],
        code: p.code,
        message: problemText(p.code, { value: p.token }),
        value: p.token,
      });
    }
  }
}

export function checkEntry(payload: EntryPayload, options: CheckOptions): EntryCheck {
  const { form } = options;
  const cells = entryCells(payload, options.province);
  const rows: CellValue[][] = [form.columns.map((c) => c.header), form.columns.map((c) => cells[c.key] ?? '')];
  const validated = validateSheet(rows, form, { today: options.today, identify: options.identify });
  // the canonical header always satisfies its own form; anything else is a broken form declaration
  if (!validated.ok) throw new Error(`the form's own header was not recognised: ${validated.message.en}`);
  const entry: Entry | undefined = validated.result.entries[0];
  const problems: EntryProblem[] = validated.result.problems.map((p) => ({
    field: fieldOf(p.column),
    severity: p.severity,
    code: p.code,
    message: p.message,
    value: p.value,
  }));
  linkBoxProblems(payload.links, problems);
  if (payload.lao.trim() === '' && !problems.some((p) => p.code === 'LAO_MISSING')) {
    problems.unshift({
      field: 'lao',
      severity: PROBLEM_SEVERITY.LAO_MISSING,
      code: 'LAO_MISSING',
      message: entryMessages.laoRequired,
      value: '',
    });
  }
  if (!entry || entry.status === 'not-reported')
    problems.push({
      field: null,
      severity: 'error',
      code: 'ENTRY_NO_RESULT',
      message: entryMessages.noResult,
      value: '',
    });
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    problems,
    errors,
    warnings: problems.length - errors,
    recorded: errors === 0 && entry ? recordedOf(entry) : null,
  };
}
