// Builds the LAO registry from the rows of a table: DLA's open-data file (one row per อปท. and ตำบล) or our own registry sheet.
// Both layouts name the same five facts, so columns are found by header name and the two need no separate code paths.

import { findProvince } from '../geo/provinces';
import type { Province } from '../geo/types';
import { joinTexts, type RowExample, registryMessages } from '../messages/registry';
import type { Text } from '../messages/text';
import { normaliseText } from '../normalise/text';
import { toArabicDigits } from '../normalise/thaiDigits';
import { laoTypeFromText, splitLaoName } from './laoTypes';
import type { Lao, LaoType, Registry } from './types';

export interface RegistryStats {
  /** Non-blank rows under the header. */
  readonly rowsRead: number;
  /** Rows repeating an อปท. already read with the same data (DLA's file repeats each once per ตำบล). */
  readonly duplicateRows: number;
  /** Rows repeating a code already read but with different data; the first row read was kept. */
  readonly conflicts: number;
  readonly byType: Record<LaoType, number>;
  /** Number of อปท. per 2-digit province code. */
  readonly byProvince: Record<string, number>;
}

export type RegistryFromTable =
  | { readonly ok: true; readonly registry: Registry; readonly stats: RegistryStats }
  | { readonly ok: false; readonly message: Text };

// ---- header -------------------------------------------------------------------------------------

type Role = 'code' | 'type' | 'name' | 'district' | 'province' | 'email';

// For each fact, the headers that hold it, preferred first: our sheet's "ชื่อ อปท." wins over DLA's "อปท." if a table has both.
const HEADERS: readonly { readonly role: Role; readonly required: boolean; readonly names: readonly string[] }[] = [
  { role: 'code', required: true, names: ['รหัส อปท.', 'LAO code', 'code'] },
  { role: 'type', required: true, names: ['ประเภท อปท.', 'ประเภท', 'LAO type', 'type'] },
  { role: 'name', required: true, names: ['ชื่อ อปท.', 'อปท.', 'LAO name', 'LAO', 'name'] },
  { role: 'district', required: true, names: ['อำเภอ', 'district'] },
  { role: 'province', required: true, names: ['จังหวัด', 'province'] },
  { role: 'email', required: false, names: ['อีเมลผู้รับผิดชอบ', 'อีเมล', 'email', 'e-mail'] },
];

// A title or a blank line may sit above the header in a sheet people made themselves.
const HEADER_SEARCH_ROWS = 10;

// "รหัส อปท.", "รหัสอปท", "รหัส  อปท ." are one header.
function headerKey(text: string): string {
  return normaliseText(text).replace(/[\s.]/g, '').toLowerCase();
}

type Columns = Partial<Record<Role, number>>;

function findColumns(row: readonly string[]): Columns {
  const keys = row.map((cell) => headerKey(String(cell ?? '')));
  const columns: Columns = {};
  for (const { role, names } of HEADERS) {
    for (const name of names) {
      const index = keys.indexOf(headerKey(name));
      if (index >= 0) {
        columns[role] = index;
        break;
      }
    }
  }
  return columns;
}

const REQUIRED = HEADERS.filter((h) => h.required).map((h) => h.role);

function missingRoles(columns: Columns): Role[] {
  return REQUIRED.filter((role) => columns[role] === undefined);
}

interface HeaderFound {
  readonly index: number;
  readonly columns: Columns;
}

/** The first of the top rows that has every required column, or else the row that comes closest (for the error message). */
function findHeader(rows: readonly (readonly string[])[]): { found?: HeaderFound; closest: HeaderFound } {
  let closest: HeaderFound = { index: 0, columns: {} };
  let closestMissing = REQUIRED.length + 1;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const columns = findColumns(rows[index]);
    const missing = missingRoles(columns).length;
    if (missing === 0) return { found: { index, columns }, closest: { index, columns } };
    const blank = rows[index].every((cell) => String(cell ?? '').trim() === '');
    if (missing < closestMissing && !blank) {
      closest = { index, columns };
      closestMissing = missing;
    }
  }
  return { closest };
}

/** True when the table has the registry's columns in its top rows (used to pick the registry sheet of a workbook). */
export function registryHeaderFits(rows: readonly (readonly string[])[]): boolean {
  return findHeader(rows).found !== undefined;
}

// ---- cells --------------------------------------------------------------------------------------

const CODE = /^\d{7}$/;
const DISTRICT_WORD = /^(?:อำเภอ|อ\.)\s*/;

function cell(row: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : normaliseText(String(row[column] ?? ''));
}

/**
 * "อำเภอเมืองพะเยา", "อ.จุน" are stored bare; "เมือง" alone is the capital district, named after its province
 * everywhere except พระนครศรีอยุธยา, whose capital district is พระนครศรีอยุธยา.
 */
function bareDistrict(text: string, province: Province | undefined, districtCode: string): string {
  const name = text.replace(DISTRICT_WORD, '');
  if (name !== 'เมือง' || province === undefined || !districtCode.endsWith('01')) return name;
  return province.code === '14' ? province.nameTh : `เมือง${province.nameTh}`;
}

type ProblemKind = 'badCode' | 'unknownType' | 'prefixConflict' | 'unknownProvince' | 'provinceMismatch' | 'blank';

const PROBLEM_TEXT: Record<ProblemKind, (examples: readonly RowExample[], total: number) => Text> = {
  blank: registryMessages.blankCells,
  badCode: registryMessages.badCodes,
  unknownType: registryMessages.unknownTypes,
  prefixConflict: registryMessages.prefixConflicts,
  unknownProvince: registryMessages.unknownProvinces,
  provinceMismatch: registryMessages.provinceMismatch,
};

const EXAMPLES_PER_PROBLEM = 5;

/** Every problem of the table in one pass: the count of each kind and its first few rows. */
class Problems {
  private readonly found = new Map<ProblemKind, { examples: RowExample[]; total: number }>();

  add(kind: ProblemKind, row: number, value: string): void {
    let entry = this.found.get(kind);
    if (entry === undefined) {
      entry = { examples: [], total: 0 };
      this.found.set(kind, entry);
    }
    entry.total++;
    if (entry.examples.length < EXAMPLES_PER_PROBLEM) entry.examples.push({ row, value });
  }

  message(): Text | undefined {
    if (this.found.size === 0) return undefined;
    const kinds = Object.keys(PROBLEM_TEXT) as ProblemKind[];
    const texts = kinds.flatMap((kind) => {
      const entry = this.found.get(kind);
      return entry ? [PROBLEM_TEXT[kind](entry.examples, entry.total)] : [];
    });
    return joinTexts(texts);
  }
}

function sameLao(a: Lao, b: Lao): boolean {
  return (
    a.type === b.type &&
    a.name === b.name &&
    a.districtName === b.districtName &&
    a.provinceCode === b.provinceCode &&
    a.email === b.email
  );
}

// ---- the table ----------------------------------------------------------------------------------

/**
 * Reads a registry table whose header is in its top rows. DLA's layout (จังหวัด, อำเภอ, ตำบล, รหัส อปท., ประเภท อปท., อปท., …)
 * and ours (รหัส อปท. | ประเภท | ชื่อ อปท. | อำเภอ | จังหวัด | อีเมลผู้รับผิดชอบ) are both accepted.
 * The type always comes from the type column (or a name's prefix when that column is blank), never from the code's first digit:
 * two เทศบาลตำบล still carry an อบต. code. The result is in DOPA order: by district, then by DLA's running number.
 */
export function registryFromTable(rows: readonly (readonly string[])[]): RegistryFromTable {
  const { found, closest } = findHeader(rows);
  if (found === undefined) return { ok: false, message: missingColumnsMessage(rows, closest) };
  const problems = new Problems();
  const { byCode, ...counts } = readLaos(rows, found, problems);
  const message = problems.message();
  if (message !== undefined) return { ok: false, message };
  if (byCode.size === 0) return { ok: false, message: registryMessages.noRows() };
  const laos = sortLaos([...byCode.values()]);
  return { ok: true, registry: { laos }, stats: { ...countLaos(laos), ...counts } };
}

function missingColumnsMessage(rows: readonly (readonly string[])[], closest: HeaderFound): Text {
  const missing = missingRoles(closest.columns).map((role) => HEADERS.find((h) => h.role === role)?.names[0] ?? role);
  const headerRow = rows[closest.index] ?? [];
  const present = headerRow.map((c) => normaliseText(String(c ?? ''))).filter((c) => c !== '');
  return registryMessages.missingColumns(missing, present);
}

interface LaosRead extends Pick<RegistryStats, 'rowsRead' | 'duplicateRows' | 'conflicts'> {
  /** the first row read of each code */
  readonly byCode: ReadonlyMap<string, Lao>;
}

/** Every row under the header as an อปท., one per code; the rows that cannot be one add their problems instead. */
function readLaos(rows: readonly (readonly string[])[], header: HeaderFound, problems: Problems): LaosRead {
  const byCode = new Map<string, Lao>();
  const provinceOf = provinceLookup();
  let rowsRead = 0;
  let duplicateRows = 0;
  let conflicts = 0;
  for (let index = header.index + 1; index < rows.length; index++) {
    const cells = rowCells(rows[index], header.columns);
    if (cells === undefined) continue;
    rowsRead++;
    const lao = laoOfRow(cells, index + 1, problems, provinceOf);
    if (lao === undefined) continue;
    const first = byCode.get(lao.code);
    if (first === undefined) byCode.set(lao.code, lao);
    else if (sameLao(first, lao)) duplicateRows++;
    else conflicts++;
  }
  return { byCode, rowsRead, duplicateRows, conflicts };
}

// DLA's file names the same few dozen provinces tens of thousands of times; recognise each spelling once.
function provinceLookup(): (text: string) => Province | undefined {
  const known = new Map<string, Province | undefined>();
  return (text) => {
    if (!known.has(text)) known.set(text, findProvince(text));
    return known.get(text);
  };
}

/** A row's six facts as normalised text, keyed by role. */
type RowCells = Record<Role, string>;

/** The row's cells, or undefined for a blank row. */
function rowCells(row: readonly string[], columns: Columns): RowCells | undefined {
  const cells: RowCells = {
    code: cell(row, columns.code),
    type: cell(row, columns.type),
    name: cell(row, columns.name),
    district: cell(row, columns.district),
    province: cell(row, columns.province),
    email: cell(row, columns.email),
  };
  const blank =
    cells.code === '' &&
    cells.type === '' &&
    cells.name === '' &&
    cells.district === '' &&
    cells.province === '' &&
    cells.email === '';
  return blank ? undefined : cells;
}

/** The row's อปท., or undefined when a cell is wrong (each wrong cell is added to `problems`). */
function laoOfRow(
  cells: RowCells,
  rowNumber: number,
  problems: Problems,
  provinceOf: (text: string) => Province | undefined,
): Lao | undefined {
  let ok = true;
  const code = toArabicDigits(cells.code).replace(/\s/g, '');
  if (!CODE.test(code)) {
    problems.add('badCode', rowNumber, cells.code);
    ok = false;
  }
  const split = splitLaoName(cells.name);
  const type = typeOfRow(cells, split.type, rowNumber, problems);
  const province = provinceOf(cells.province);
  if (province === undefined) {
    problems.add('unknownProvince', rowNumber, cells.province);
    ok = false;
  } else if (CODE.test(code) && code.slice(1, 3) !== province.code) {
    problems.add('provinceMismatch', rowNumber, `${code} / ${cells.province}`);
    ok = false;
  }
  const districtCode = code.slice(1, 5);
  const districtName = bareDistrict(cells.district, province, districtCode);
  if (split.name === '' || districtName === '') {
    problems.add('blank', rowNumber, '');
    ok = false;
  }
  if (!ok || type === undefined || province === undefined) return undefined;
  const { email } = cells;
  return {
    code,
    type,
    name: split.name,
    districtCode,
    districtName,
    provinceCode: province.code,
    provinceName: province.nameTh,
    ...(email === '' ? {} : { email }),
  };
}

/**
 * The type column's type, or the name's prefix when that column is blank; undefined (a problem added) when it is unknown
 * or the two disagree.
 */
function typeOfRow(
  cells: RowCells,
  prefixType: LaoType | undefined,
  rowNumber: number,
  problems: Problems,
): LaoType | undefined {
  const type = cells.type === '' ? prefixType : laoTypeFromText(cells.type);
  if (type === undefined) {
    problems.add('unknownType', rowNumber, cells.type);
  } else if (prefixType !== undefined && prefixType !== type) {
    problems.add('prefixConflict', rowNumber, `${cells.type} / ${cells.name}`);
    return undefined;
  }
  return type;
}

/** DOPA order: district code and running number (digits 2-7), so a district's อปท. stay together whatever their type digit. */
export function sortLaos(laos: readonly Lao[]): Lao[] {
  return [...laos].sort((a, b) => compare(a.code.slice(1), b.code.slice(1)) || compare(a.code, b.code));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The per-type and per-province counts of a registry. */
export function countLaos(laos: readonly Lao[]): Pick<RegistryStats, 'byType' | 'byProvince'> {
  const byType: Record<LaoType, number> = { pao: 0, city: 0, town: 0, subdistrictMunicipality: 0, sao: 0, special: 0 };
  const byProvince: Record<string, number> = {};
  for (const lao of laos) {
    byType[lao.type]++;
    byProvince[lao.provinceCode] = (byProvince[lao.provinceCode] ?? 0) + 1;
  }
  return { byType, byProvince };
}
