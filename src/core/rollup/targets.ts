// Reads a targets table (ค่าเป้าหมาย): a row per province, optionally per district, with a column per target.
// Columns naming a roll-up metric are compared with results; any other numeric column is carried and summed as it is.

import { type CellValue, cellText } from '../cell';
import { headerMatcher } from '../form/headers';
import type { FormSpec } from '../form/types';
import { findProvince } from '../geo/provinces';
import { rollupMessages } from '../messages/rollup';
import type { Text } from '../messages/text';
import { parseNumber, toSatang } from '../normalise/numbers';
import { normaliseText } from '../normalise/text';
import { districtKey } from '../registry/districtName';
import type { RegistryIndex } from '../registry/match';
import { rollupMetrics } from './metrics';
import type { ExtraTarget, TargetRow, Targets } from './targetTypes';

export type TargetsResult =
  | { readonly ok: true; readonly targets: Targets }
  | { readonly ok: false; readonly message: Text };

const SCAN_ROWS = 20;
const PLACE = 'place:province';
const DISTRICT = 'place:district';
const IGNORED = 'ignored';
const MONEY_UNIT = /บาท|baht/i;
const TOTAL_ROW = /^รวม/;

interface Column {
  readonly index: number;
  readonly key: string;
  readonly money: boolean;
}

function matcherFor(form: FormSpec) {
  return headerMatcher([
    { key: PLACE, headers: ['จังหวัด', 'Province', 'ชื่อจังหวัด'] },
    { key: DISTRICT, headers: ['อำเภอ', 'อ.', 'District', 'Amphoe'] },
    {
      key: IGNORED,
      headers: ['ลำดับ', 'ที่', 'No.', '#', 'หมายเหตุ', 'Remark', 'Note', 'รหัส', 'รหัสจังหวัด', 'เขตตรวจราชการ', 'กลุ่มจังหวัด'],
    },
    ...rollupMetrics(form).map((m) => ({ key: m.key, headers: m.targetHeaders })),
  ]);
}

export function parseTargets(
  rows: readonly CellValue[][],
  form: FormSpec,
  file: string,
  registry: RegistryIndex | null,
): TargetsResult {
  const match = matcherFor(form);
  let headerRow = -1;
  for (let r = 0; r < Math.min(rows.length, SCAN_ROWS) && headerRow < 0; r++) {
    if (rows[r].some((c) => match(cellText(c)) === PLACE)) headerRow = r;
  }
  if (headerRow < 0) return { ok: false, message: rollupMessages.targetsNoHeader(file) };
  const layout = targetColumns(rows, headerRow, form, match);
  if (layout.columns.length === 0) return { ok: false, message: rollupMessages.targetsNoHeader(file) };

  const problems: RowProblems = { unknown: [], bad: [] };
  const out: TargetRow[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = targetRow(rows[r], r + 1, layout, registry, problems);
    if (row) out.push(row);
  }
  const { unknown, bad } = problems;
  if (unknown.length > 0) return { ok: false, message: rollupMessages.targetsUnknownPlaces(file, unknown.join(', ')) };
  if (bad.length > 0) return { ok: false, message: rollupMessages.targetsBadNumbers(file, bad.join(', ')) };
  return { ok: true, targets: { rows: out, extras: layout.extras } };
}

/** Where the table's place columns and target columns are. */
interface TargetLayout {
  readonly provinceColumn: number;
  /** -1: targets per province only */
  readonly districtColumn: number;
  readonly columns: readonly Column[];
  readonly extras: readonly ExtraTarget[];
}

/** Places that could not be found and values that could not be read, as "what (แถว n)", for the message. */
interface RowProblems {
  readonly unknown: string[];
  readonly bad: string[];
}

function targetColumns(
  rows: readonly CellValue[][],
  headerRow: number,
  form: FormSpec,
  match: ReturnType<typeof matcherFor>,
): TargetLayout {
  const metrics = new Map(rollupMetrics(form).map((m) => [m.key, m]));
  let provinceColumn = -1;
  let districtColumn = -1;
  const columns: Column[] = [];
  const extras: ExtraTarget[] = [];
  rows[headerRow].forEach((cell, index) => {
    const header = normaliseText(cellText(cell));
    if (!header) return;
    const key = match(header);
    if (key === PLACE) provinceColumn = index;
    else if (key === DISTRICT) districtColumn = index;
    else if (key === IGNORED) return;
    else if (key) columns.push({ index, key, money: metrics.get(key)?.money ?? false });
    else if (isNumericColumn(rows, headerRow, index)) {
      const extra = { key: `extra:${header}`, header, money: MONEY_UNIT.test(header) };
      extras.push(extra);
      columns.push({ index, key: extra.key, money: extra.money });
    }
  });
  return { provinceColumn, districtColumn, columns, extras };
}

/** One row of targets; null for a blank or total row, or a row whose place is unknown (listed in `problems`). */
function targetRow(
  row: readonly CellValue[],
  rowNumber: number,
  layout: TargetLayout,
  registry: RegistryIndex | null,
  problems: RowProblems,
): TargetRow | null {
  const provinceText = normaliseText(cellText(row[layout.provinceColumn] ?? ''));
  if (!provinceText || TOTAL_ROW.test(provinceText)) return null;
  const province = findProvince(provinceText);
  if (!province) {
    problems.unknown.push(`${provinceText} (แถว ${rowNumber})`);
    return null;
  }
  let district: string | null = null;
  const districtText = layout.districtColumn >= 0 ? normaliseText(cellText(row[layout.districtColumn] ?? '')) : '';
  if (districtText && TOTAL_ROW.test(districtText)) return null;
  if (districtText) {
    const key = districtKey(districtText, province.nameTh);
    const reg = registry?.provinces.get(province.code);
    const found = reg?.districtByKey.get(key);
    if (reg && !found) {
      problems.unknown.push(`${districtText} จ.${province.nameTh} (แถว ${rowNumber})`);
      return null;
    }
    district = found?.code ?? key;
  }
  const values: Record<string, number> = {};
  for (const column of layout.columns) {
    const parsed = parseNumber(row[column.index] ?? '');
    if (parsed.kind === 'blank') continue;
    const value =
      parsed.kind === 'number' && !parsed.negative ? (column.money ? toSatang(parsed) : parsed.value) : null;
    if (value === null || (!column.money && !Number.isInteger(value))) {
      problems.bad.push(`${cellText(row[column.index] ?? '')} (แถว ${rowNumber})`);
      continue;
    }
    values[column.key] = value;
  }
  return { provinceCode: province.code, district, values };
}

/** A column of numbers (blank cells allowed) below the header, with at least one number. */
function isNumericColumn(rows: readonly CellValue[][], headerRow: number, index: number): boolean {
  let numbers = 0;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const parsed = parseNumber(rows[r][index] ?? '');
    if (parsed.kind === 'invalid') return false;
    if (parsed.kind === 'number') numbers++;
  }
  return numbers > 0;
}
