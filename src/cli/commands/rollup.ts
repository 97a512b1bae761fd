// `khongdee rollup FILE...`: checks report files, rolls them up by district, province or zone, and writes the official reports.

import { findProvince } from '../../core/geo/provinces';
import { rollupCliMessages } from '../../core/messages/cli';
import type { Lang } from '../../core/messages/text';
import { renderHtml } from '../../core/report/html';
import { rollupReport, type SourceProblem } from '../../core/report/rollupReport';
import type { ReportDocument } from '../../core/report/types';
import { rollup, type RollupSheet } from '../../core/rollup/rollup';
import { rollupJson } from '../../core/rollup/rollupJson';
import type { Level, RollupResult } from '../../core/rollup/types';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { writeFilesAtomic, type FileToWrite } from '../../node/writeFileAtomic';
import { renderXlsx } from '../../node/xlsxReport';
import { parseCommand, periodOption } from '../args';
import { CliError } from '../cliError';
import type { CliIo } from '../io';
import { formOption } from '../formOption';
import { langOption } from '../langOption';
import { printReportTable } from '../printReport';
import { checkReport, loadRegistry, loadTargets, openWorkbook } from '../reportInputs';
import { todayOption } from '../todayOption';
import { LinkNumbering } from '../../core/validate/linkNumbering';

const LEVELS: readonly Level[] = ['district', 'province', 'zone'];

export interface RollupRequest {
  readonly files: readonly string[];
  readonly registry?: string;
  readonly targets?: string;
  readonly period?: string;
  readonly province?: string;
  readonly by?: string;
  readonly out?: string;
  readonly html?: string;
  readonly json?: boolean;
  /** a JSON form declaration; DLA's online-market form by default */
  readonly form?: string;
  readonly today: CalendarDay;
  readonly lang: Lang;
}

export async function rollupCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args);
  return runRollup(
    {
      files: positionals,
      registry: values.registry,
      targets: values.targets,
      period: values.period,
      province: values.province,
      by: values.by,
      out: values.out,
      html: values.html,
      json: values.json,
      form: values.form,
      today: todayOption(values.today),
      lang: langOption(values.lang),
    },
    io,
  );
}

function parseCommandArgs(args: readonly string[]) {
  return parseCommand(args, {
      registry: { type: 'string' },
      targets: { type: 'string' },
      period: { type: 'string' },
      province: { type: 'string' },
      by: { type: 'string' },
      out: { type: 'string' },
      html: { type: 'string' },
      json: { type: 'boolean' },
      form: { type: 'string' },
      today: { type: 'string' },
      lang: { type: 'string' },
    } as const);
}

function readLevel(text: string | undefined): Level | undefined {
  if (text === undefined) return undefined;
  if (!LEVELS.includes(text as Level)) throw new CliError(rollupCliMessages.badBy(text));
  return text as Level;
}

/** Everything is read and checked before anything is written, and all output files are written together or not at all. */
export async function runRollup(request: RollupRequest, io: CliIo): Promise<number> {
  if (request.files.length === 0) throw new CliError(rollupCliMessages.missingFiles);
  const form = formOption(request.form);
  const period = periodOption(request.period);
  const by = readLevel(request.by);
  const province = request.province === undefined ? undefined : findProvince(request.province);
  if (request.province !== undefined && !province) throw new CliError(rollupCliMessages.badProvince(request.province));

  const books = [];
  for (const file of request.files) books.push(await openWorkbook(file));
  const registry = await loadRegistry(request.registry, books);
  const targets = await loadTargets(request.targets, books, form, registry);
  const sheets: RollupSheet[] = [];
  const linkNumbers = new LinkNumbering();
  for (const book of books) {
    const checked = await checkReport(book, { form, today: request.today, registry, province, requireProvince: true, linkNumbers });
    sheets.push({ ...checked, province: checked.province as NonNullable<typeof checked.province> });
  }

  // A national table (files of several provinces, or --by province|zone) shows every province the registry covers,
  // reported or not; one province's files with DLA's national registry stay that province's table.
  const national = new Set(sheets.map((s) => s.province.code)).size > 1 || by === 'province' || by === 'zone';
  const expectedProvinces = national && registry.provinces.size > 1 ? [...registry.provinces.values()].map((p) => p.province) : [];
  const result = rollup({ form, sheets, registry, period, targets, expectedProvinces });
  const problems: SourceProblem[] = sheets.flatMap((s) => s.validation.problems.map((problem) => ({ file: s.file, sheet: s.sheet, problem })));
  const doc = rollupReport(result, form, { asOf: request.today, by, problems });

  const files: FileToWrite[] = [];
  if (request.out) files.push({ path: request.out, data: await renderXlsx(doc) });
  if (request.html) files.push({ path: request.html, data: renderHtml(doc) });
  if (files.length > 0) {
    try {
      await writeFilesAtomic(files);
    } catch (e) {
      throw new CliError(rollupCliMessages.writeFailed((e as Error).message));
    }
  }

  if (request.json) io.out(JSON.stringify(rollupJson(result, form, by ?? (result.national ? 'zone' : 'district'), request.today), null, 2));
  else printHuman(io, request.lang, result, doc, files);
  return 0;
}

function printHuman(io: CliIo, t: Lang, result: RollupResult, doc: ReportDocument, files: readonly FileToWrite[]): void {
  printReportTable(io, doc.tables[0]);
  io.out('');
  io.out(rollupCliMessages.nonReporters(result.withRegistry ? result.nonReporters.length : null)[t]);
  io.out(rollupCliMessages.problems(result.problems.errors, result.problems.warnings)[t]);
  for (const f of files) io.out(rollupCliMessages.wrote(f.path)[t]);
}
