// The plain-JSON view of a sheet check, shared by the command line's --json and the add-on's sidebar.
// Numbers stay numbers; money leaves the core as baht with at most two decimals; dates as ISO text.

import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';
import { isoDate } from '../normalise/dates';
import type { Platform } from '../normalise/links';
import type { Severity } from './codes';
import type { RowStatus } from './entry';
import type { SheetValidation, ValidationSummary } from './types';

export interface ValidationJson {
  file: string;
  sheet: string;
  headerRow: number;
  headerRows: number[];
  columns: Record<string, string>;
  summary: ValidationSummary;
  problems: {
    row: number;
    column: string | null;
    header: string | null;
    severity: Severity;
    code: string;
    value: string;
    message: Text;
  }[];
  /** each row's owner is under its column's role: `lao` (an อปท.) or `person` (a marketer, as written) */
  rows: ({
    row: number;
    status: RowStatus;
    province: string | null;
    district: string | null;
    links: { url: string; canonical: string; platform: Platform }[];
    date: string | null;
  } & Record<string, unknown>)[];
}

export function validationJson(file: string, sheet: string, form: FormSpec, v: SheetValidation): ValidationJson {
  const numberColumns = form.columns.filter((c) => c.type === 'count' || c.type === 'money');
  const textColumns = form.columns.filter((c) => c.type === 'text' && !c.role);
  const ownerRole = form.columns.find((c) => c.role === 'lao' || c.role === 'person')?.role ?? 'lao';
  return {
    file,
    sheet,
    headerRow: v.header.rows[0] + 1,
    headerRows: v.header.rows.map((r) => r + 1),
    columns: Object.fromEntries([...v.header.columns.values()].map((c) => [c.key, c.header])),
    summary: { ...v.summary },
    problems: v.problems.map((p) => ({
      row: p.row,
      column: p.column,
      header: p.header,
      severity: p.severity,
      code: p.code,
      value: p.value,
      message: p.message,
    })),
    rows: v.table.entries().map((e) => {
      const row: ValidationJson['rows'][number] = {
        row: e.row,
        status: e.status,
        province: e.province,
        district: e.district,
        [ownerRole]: e.lao,
        links: e.links.map((l) => ({ url: l.url, canonical: l.canonical, platform: l.platform })),
        date: e.date ? isoDate(e.date) : null,
      };
      for (const c of numberColumns) {
        const n = e.numbers[c.key] ?? null;
        row[c.key] = n === null ? null : c.type === 'money' ? n / 100 : n;
      }
      for (const c of textColumns) row[c.key] = e.texts[c.key] ?? null;
      return row;
    }),
  };
}
