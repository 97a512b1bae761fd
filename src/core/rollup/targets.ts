// Reads a targets table (ค่าเป้าหมาย): a row per province, optionally per district, with a column per target.
// Columns naming a roll-up metric are compared with results; any other numeric column is carried and summed as it is.
// A register laid out by inspection zone (heading rows, a รวม row per zone, a grand total) is read as it is printed:
// headings and totals are not places, and each printed total must equal the sum of the rows it totals.

import { type CellValue, cellText } from '../cell';
import { headerMatcher } from '../form/headers';
import type { FormSpec } from '../form/types';
import { formatSatang, groupThousands } from '../format/number';
import { findProvince } from '../geo/provinces';
import { rollupMessages, type TotalMismatch } from '../messages/rollup';
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
/** รวมทั้งสิ้น, รวมทั้งประเทศ: the total of every row above, not of one zone */
const GRAND_TOTAL = /^รวมทั้ง/;
/** "1. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางปริมณฑล", "เขตตรวจราชการที่ 2 …", "กลุ่มจังหวัดภาคกลางตอนบน", "เขต 3" */
const ZONE_HEADING = /^(?:[0-9๐-๙]+\s*[.)]?\s*)?(?:เขตตรวจราชการ|กลุ่มจังหวัด|เขต\s*(?:ที่)?\s*[0-9๐-๙])/;

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
  const totals = new TotalsCheck(layout);
  const out: TargetRow[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) {
    const kind = rowKind(rows[r], layout.provinceColumn);
    if (kind.kind === 'heading') totals.startZone(kind.text);
    else if (kind.kind === 'total') totals.check(rows[r], r + 1, kind.text);
    else {
      const row = targetRow(rows[r], r + 1, layout, registry, problems);
      if (row) {
        out.push(row);
        totals.add(row);
      }
    }
  }
  const { unknown, bad } = problems;
  if (unknown.length > 0) return { ok: false, message: rollupMessages.targetsUnknownPlaces(file, unknown.join(', ')) };
  if (bad.length > 0) return { ok: false, message: rollupMessages.targetsBadNumbers(file, bad.join(', ')) };
  if (totals.mismatches.length > 0) {
    return { ok: false, message: rollupMessages.targetsTotalsDiffer(file, totals.mismatches) };
  }
  return { ok: true, targets: { rows: out, extras: layout.extras } };
}

type RowKind =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'total'; readonly text: string }
  | { readonly kind: 'place' };

const PLACE_ROW: RowKind = { kind: 'place' };

/**
 * A zone heading or a total row, by the text of its province column, or of its first column when the province column
 * is blank (a register writes its headings and รวม there, often merged across); any other row is read as a place.
 */
function rowKind(row: readonly CellValue[], provinceColumn: number): RowKind {
  const provinceText = normaliseText(cellText(row[provinceColumn] ?? ''));
  const text = provinceText || normaliseText(cellText(row[0] ?? ''));
  if (ZONE_HEADING.test(text)) return { kind: 'heading', text };
  if (TOTAL_ROW.test(text)) return { kind: 'total', text };
  return PLACE_ROW;
}

/**
 * Sums the rows since the last zone heading (or the last zone total) and of the whole table, and compares each printed
 * total with them: a zone's รวม with its rows, รวมทั้งสิ้น / รวมทั้งประเทศ with every row. A blank total cell is not compared.
 */
class TotalsCheck {
  readonly mismatches: TotalMismatch[] = [];
  private zone: string | null = null;
  private zoneSums = new Map<string, number>();
  private zoneRows = 0;
  private readonly allSums = new Map<string, number>();
  private allRows = 0;

  constructor(private readonly layout: TargetLayout) {}

  startZone(name: string | null): void {
    this.zone = name;
    this.zoneSums = new Map();
    this.zoneRows = 0;
  }

  add(row: TargetRow): void {
    for (const [key, value] of Object.entries(row.values)) {
      this.zoneSums.set(key, (this.zoneSums.get(key) ?? 0) + value);
      this.allSums.set(key, (this.allSums.get(key) ?? 0) + value);
    }
    this.zoneRows++;
    this.allRows++;
  }

  check(row: readonly CellValue[], rowNumber: number, label: string): void {
    const grand = GRAND_TOTAL.test(label);
    // a total with no rows above it since the heading has nothing to be compared with
    if ((grand ? this.allRows : this.zoneRows) > 0) {
      const sums = grand ? this.allSums : this.zoneSums;
      const name = grand ? label : (this.zone ?? label);
      for (const column of this.layout.columns) {
        const printed = totalValue(row[column.index] ?? '', column.money);
        const sum = sums.get(column.key) ?? 0;
        if (printed !== null && printed !== sum) {
          const show = column.money ? bahtText : groupThousands;
          const header = this.layout.headers.get(column.index) ?? column.key;
          this.mismatches.push({ zone: name, row: rowNumber, header, printed: show(printed), sum: show(sum) });
        }
      }
    }
    if (!grand) this.startZone(null);
  }
}

/** A total cell's value (money in satang); null for a blank cell or one that is not a number. */
function totalValue(cell: CellValue, money: boolean): number | null {
  const parsed = parseNumber(cell);
  if (parsed.kind !== 'number' || parsed.negative) return null;
  return money ? toSatang(parsed) : parsed.value;
}

/** Baht as a register prints it: 304,000 or 1,500.25. */
function bahtText(satang: number): string {
  return satang % 100 === 0 ? groupThousands(satang / 100) : formatSatang(satang);
}

/** Where the table's place columns and target columns are. */
interface TargetLayout {
  readonly provinceColumn: number;
  /** -1: targets per province only */
  readonly districtColumn: number;
  readonly columns: readonly Column[];
  readonly extras: readonly ExtraTarget[];
  /** each target column's header as the table writes it, by column index */
  readonly headers: ReadonlyMap<number, string>;
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
  const headers = new Map<number, string>();
  rows[headerRow].forEach((cell, index) => {
    const header = normaliseText(cellText(cell));
    if (!header) return;
    const key = match(header);
    if (key === PLACE) provinceColumn = index;
    else if (key === DISTRICT) districtColumn = index;
    else if (key === IGNORED) return;
    else if (key) {
      columns.push({ index, key, money: metrics.get(key)?.money ?? false });
      headers.set(index, header);
    } else if (isNumericColumn(rows, headerRow, index)) {
      const extra = { key: `extra:${header}`, header, money: MONEY_UNIT.test(header) };
      extras.push(extra);
      columns.push({ index, key: extra.key, money: extra.money });
      headers.set(index, header);
    }
  });
  return { provinceColumn, districtColumn, columns, extras, headers };
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

/** A column of numbers (blank cells, and a heading's text repeated across a merge, allowed) below the header, with at least one number. */
function isNumericColumn(rows: readonly CellValue[][], headerRow: number, index: number): boolean {
  let numbers = 0;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const cell = rows[r][index] ?? '';
    if (typeof cell === 'string' && ZONE_HEADING.test(normaliseText(cell))) continue;
    const parsed = parseNumber(cell);
    if (parsed.kind === 'invalid') return false;
    if (parsed.kind === 'number') numbers++;
  }
  return numbers > 0;
}
