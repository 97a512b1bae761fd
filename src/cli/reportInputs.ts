// Turns the files named on the command line into checked report sheets, a registry and targets, ready to roll up.
// Every failure here is a person's problem (a bad file, an unknown place) and becomes a bilingual CliError with exit code 2.

import { cellText } from '../core/cell';
import { detectHeader } from '../core/form/headers';
import type { FormSpec } from '../core/form/types';
import { provinceByCode } from '../core/geo/provinces';
import type { Province } from '../core/geo/types';
import { cliMessages } from '../core/messages/cli';
import { registryMessages } from '../core/messages/registry';
import { REGISTRY_SHEET, TARGETS_SHEET } from '../core/messages/sheets';
import type { Period } from '../core/period/period';
import { registryFromTable } from '../core/registry/fromRows';
import { indexRegistry, provinceMatcher, type RegistryIndex, textIdentity } from '../core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../core/registry/phayaoDemo';
import type { Lao } from '../core/registry/types';
import { provinceOfSheet } from '../core/rollup/sheetProvince';
import { parseTargets } from '../core/rollup/targets';
import type { Targets } from '../core/rollup/targetTypes';
import type { LinkNumbering } from '../core/validate/linkNumbering';
import type { OutlierOptions } from '../core/validate/outlierWarnings';
import { auditTrailOf, withTamperCheck } from '../core/validate/tamperCheck';
import type { SheetValidation } from '../core/validate/types';
import { type CalendarDay, type ValidateOptions, validateSheet } from '../core/validate/validateSheet';
import { FileProblem, getSheet, readWorkbook, type SheetTable, type Workbook } from '../node/readTable';
import { readRegistryFile } from '../node/registryFile';
import { CliError } from './cliError';

/** File problems become the person-facing CliError; anything else is a bug and propagates. */
export async function asCliError<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof FileProblem) throw new CliError(e.text);
    throw e;
  }
}

export function openWorkbook(file: string): Promise<Workbook> {
  return asCliError(() => readWorkbook(file));
}

const sheetKey = (name: string) => name.normalize('NFC').replace(/[\s.]/g, '');

function namedSheet(book: Workbook, name: string): SheetTable | undefined {
  return book.sheets.find((s) => sheetKey(s.name) === sheetKey(name));
}

/** The named sheet, or else the first sheet with a report header. */
export function pickReportSheet(book: Workbook, form: FormSpec, name: string | undefined): Promise<SheetTable> {
  return asCliError(() =>
    name !== undefined
      ? getSheet(book, name)
      : (book.sheets.find((s) => detectHeader(s.rows, form).ok) ?? book.sheets[0]),
  );
}

/** A registry: the --registry file, else ทะเบียน อปท. sheets in the report workbooks, else the built-in demo registry. */
export async function loadRegistry(
  registryFile: string | undefined,
  books: readonly Workbook[],
): Promise<RegistryIndex> {
  let laos: readonly Lao[] = PHAYAO_DEMO_REGISTRY.laos;
  if (registryFile !== undefined) laos = (await asCliError(() => readRegistryFile(registryFile))).laos;
  else {
    const inBooks: Lao[] = [];
    for (const book of books) {
      const sheet = namedSheet(book, REGISTRY_SHEET);
      if (!sheet) continue;
      const built = registryFromTable(sheet.rows.map((r) => r.map(cellText)));
      if (!built.ok) throw new CliError(registryMessages.inFile(`${book.file} (${sheet.name})`, built.message));
      inBooks.push(...built.registry.laos);
    }
    if (inBooks.length > 0) laos = inBooks;
  }
  if (laos.length === 0) throw new CliError(registryMessages.inFile(registryFile ?? '', registryMessages.noRows()));
  return indexRegistry({ laos }, provinceByCode);
}

/** Targets: the --targets file, else a ค่าเป้าหมาย sheet in the report workbooks; null when there are none. */
export async function loadTargets(
  targetsFile: string | undefined,
  books: readonly Workbook[],
  form: FormSpec,
  registry: RegistryIndex | null,
): Promise<Targets | null> {
  const sources: { file: string; sheet: SheetTable }[] = [];
  if (targetsFile !== undefined) {
    const book = await openWorkbook(targetsFile);
    sources.push({ file: targetsFile, sheet: namedSheet(book, TARGETS_SHEET) ?? book.sheets[0] });
  } else {
    for (const book of books) {
      const sheet = namedSheet(book, TARGETS_SHEET);
      if (sheet) sources.push({ file: book.file, sheet });
    }
  }
  if (sources.length === 0) return null;
  const rows: Targets['rows'][number][] = [];
  const extras = new Map<string, Targets['extras'][number]>();
  for (const source of sources) {
    const parsed = parseTargets(source.sheet.rows, form, source.file, registry);
    if (!parsed.ok) throw new CliError(parsed.message);
    rows.push(...parsed.targets.rows);
    for (const e of parsed.targets.extras) extras.set(e.key, e);
  }
  return { rows, extras: [...extras.values()] };
}

export interface CheckOptions {
  readonly form: FormSpec;
  readonly today: CalendarDay;
  readonly registry: RegistryIndex | null;
  readonly province?: Province;
  readonly sheetName?: string;
  /** a roll-up must know the province; a plain check goes on without it (and without registry matching) */
  readonly requireProvince: boolean;
  /** one numbering of links for every file of a run, so distinct links are counted by number */
  readonly linkNumbers?: LinkNumbering;
  /** the period checked for: rows dated outside it are warned of */
  readonly period?: Period;
  /** the OUTLIER check: on at 3.5 when absent, off when null (see outlierOption) */
  readonly outliers?: OutlierOptions | null;
}

/** --outlier-threshold: a number above 0 (a modified z-score), or `off`; absent, the check's default (3.5). */
export function outlierOption(text: string | undefined): OutlierOptions | null | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'off') return null;
  const threshold = /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(threshold > 0)) throw new CliError(cliMessages.badOutlierThreshold(text));
  return { threshold };
}

export interface CheckedReport {
  readonly file: string;
  readonly sheet: string;
  readonly province: Province | null;
  readonly validation: SheetValidation;
}

/**
 * Finds the report sheet's province and checks it, matching อปท. to the registry of that province when it has one, and
 * warns of rows edited outside the entry form.
 */
export async function checkReport(book: Workbook, options: CheckOptions): Promise<CheckedReport> {
  const sheet = await pickReportSheet(book, options.form, options.sheetName);
  const detected = detectHeader(sheet.rows, options.form);
  if (!detected.ok) throw new CliError(detected.message);
  const found = provinceOfSheet(sheet.rows, options.form, detected.header, {
    file: book.file,
    sheetName: sheet.name,
    fallback: options.province,
    registry: options.registry,
  });
  if (!found.ok && options.requireProvince) throw new CliError(found.message);
  const province = found.ok ? found.province : null;
  const index = options.registry;
  const reg = province ? index?.provinces.get(province.code) : undefined;
  const identify: ValidateOptions['identify'] =
    index && reg ? provinceMatcher(index, reg) : (lao, district) => textIdentity(lao, district, province?.nameTh ?? '');
  const checked = validateSheet(sheet.rows, options.form, {
    today: options.today,
    identify,
    linkNumbers: options.linkNumbers,
    period: options.period,
    outliers: options.outliers,
  });
  if (!checked.ok) throw new CliError(checked.message);
  // rows edited in the grid after the sidebar wrote them, as ตรวจสอบข้อมูล warns of them, with the file's audit trail
  const validation = withTamperCheck(sheet.rows, checked.result, options.form, {
    sheetName: () => sheet.name,
    readLog: () => auditTrailOf(book.sheets),
  });
  return { file: book.file, sheet: sheet.name, province, validation };
}
