// Checks one province source (a file, a spreadsheet or a tab): finds its report sheet, tells its province as `khongdee rollup`
// does, validates it against that province's registry, and gives its status. A source that cannot be used is a status, never a throw.

import type { CellValue } from '../cell';
import { detectHeader, type SheetHeader } from '../form/headers';
import type { FormSpec } from '../form/types';
import { findProvince, provinceInText } from '../geo/provinces';
import type { Province } from '../geo/types';
import { rollupMessages } from '../messages/rollup';
import type { Period } from '../period/period';
import { provinceMatcher, type RegistryIndex, textIdentity } from '../registry/match';
import { provinceOfSheet } from '../rollup/sheetProvince';
import type { LinkNumbering } from '../validate/linkNumbering';
import { auditTrailOf, withTamperCheck } from '../validate/tamperCheck';
import type { SheetValidation } from '../validate/types';
import { type CalendarDay, type ValidateOptions, validateRows } from '../validate/validateSheet';
import { sourceCertification } from './certification';
import { latestSubmission } from './latestSubmission';
import { checkedStatus, failedStatus } from './status';
import type { ProvinceStatus } from './types';

export interface SourceSheet {
  readonly name: string;
  readonly rows: readonly CellValue[][];
}

export interface CheckSourceOptions {
  readonly form: FormSpec;
  readonly today: CalendarDay;
  readonly registry: RegistryIndex | null;
  /** the province the caller was told the source belongs to (a register of province files); the sheet's own province column or title still wins */
  readonly province?: Province;
  /** one numbering of links for every source of a run, so the national count of distinct links goes by number */
  readonly linkNumbers?: LinkNumbering;
  /** the OUTLIER check's setting (ValidateOptions.outliers): on at 3.5 when absent, off when null */
  readonly outliers?: ValidateOptions['outliers'];
  /** the consolidation's period: the source's การรับรองผล sheet (when it has one) says where this period stands */
  readonly period?: Period | null;
}

export type SourceCheck =
  | {
      readonly ok: true;
      readonly province: Province;
      readonly sheet: string;
      readonly validation: SheetValidation;
      readonly status: ProvinceStatus;
    }
  | { readonly ok: false; readonly status: ProvinceStatus };

/** The first sheet with a report header, as `khongdee rollup` picks it, with that header; undefined when none has one. */
export function findReportSheet(
  sheets: readonly SourceSheet[],
  form: FormSpec,
): { readonly sheet: SourceSheet; readonly header: SheetHeader } | undefined {
  for (const sheet of sheets) {
    const detected = detectHeader(sheet.rows, form);
    if (detected.ok) return { sheet, header: detected.header };
  }
  return undefined;
}

/** Checks the source's report sheet. `source` is what the status table shows: a file name, or a spreadsheet URL/id and tab. */
export function checkSource(source: string, sheets: readonly SourceSheet[], options: CheckSourceOptions): SourceCheck {
  const { form, registry } = options;
  const report = findReportSheet(sheets, form);
  if (!report) {
    // the header detector's own message says which columns it looked for
    const first = sheets.find((s) => s.rows.length > 0);
    const detected = first ? detectHeader(first.rows, form) : null;
    const detail = detected && !detected.ok ? detected.message : null;
    return {
      ok: false,
      status: failedStatus(source, 'noHeader', options.province ?? guessProvince(source, sheets), detail),
    };
  }
  const { sheet, header } = report;
  const found = provinceOfSheet(sheet.rows, form, header, {
    file: source,
    sheetName: sheet.name,
    fallback: options.province,
    registry,
  });
  if (!found.ok) {
    // "cannot tell" is what the status explanation already says (its own advice names an option consolidation has not);
    // a conflict keeps its message, which names the provinces found
    const unknown = found.message.th === rollupMessages.provinceUnknown(source).th;
    return { ok: false, status: failedStatus(source, 'noProvince', null, unknown ? null : found.message) };
  }
  const province = found.province;
  // the same matching as `khongdee rollup`: the province's registry when there is one, else the typed names
  const reg = registry?.provinces.get(province.code);
  const identify: ValidateOptions['identify'] =
    registry && reg ? provinceMatcher(registry, reg) : (lao, district) => textIdentity(lao, district, province.nameTh);
  const checked = validateRows(sheet.rows, header, form, {
    today: options.today,
    identify,
    linkNumbers: options.linkNumbers,
    outliers: options.outliers,
  });
  // as `khongdee validate` does; a source read as its report tab alone has no audit trail: warned without logged values
  const validation = withTamperCheck(sheet.rows, checked, form, {
    sheetName: () => sheet.name,
    readLog: () => auditTrailOf(sheets),
  });
  const latest = latestSubmission(sheet.rows, header, validation, options.today);
  return {
    ok: true,
    province,
    sheet: sheet.name,
    validation,
    status: checkedStatus(province, source, validation, latest, sourceCertification(sheets, options.period ?? null)),
  };
}

const TITLE_ROWS = 10;

/** The file name without folders and extension: "reports/จังหวัดน่าน.xlsx" → "จังหวัดน่าน". */
export function baseName(source: string): string {
  return source
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[A-Za-z0-9]{1,5}$/, '');
}

/** The province a source that could not be read names: its file name or a sheet name, else one title line; null when none or several. */
export function guessProvince(source: string, sheets: readonly SourceSheet[] = []): Province | null {
  const named = (text: string) => findProvince(text) ?? provinceInText(text);
  const byName = named(baseName(source)) ?? sheets.map((s) => named(s.name)).find((p) => p !== undefined);
  if (byName) return byName;
  const seen = new Map<string, Province>();
  for (const s of sheets) {
    for (const row of s.rows.slice(0, TITLE_ROWS)) {
      for (const cell of row) {
        const p = typeof cell === 'string' ? provinceInText(cell) : undefined;
        if (p) seen.set(p.code, p);
      }
    }
  }
  return seen.size === 1 ? [...seen.values()][0] : null;
}
