// `khongdee rollup FILE...`: checks report files, rolls them up by district, province or zone, and writes the official reports.

import type { FormSpec } from '../../core/form/types';
import { findProvince } from '../../core/geo/provinces';
import { rollupCliMessages } from '../../core/messages/cli';
import { cliNotices } from '../../core/messages/cliNotices';
import type { Lang, Text } from '../../core/messages/text';
import { type SourceProblem, sourceProblems } from '../../core/report/problemsTable';
import { rollupReport } from '../../core/report/rollupReport';
import type { ReportDocument } from '../../core/report/types';
import { type RollupSheet, rollup } from '../../core/rollup/rollup';
import { provincesNotReported, rollupJson } from '../../core/rollup/rollupJson';
import type { Level, RollupResult } from '../../core/rollup/types';
import { LinkNumbering } from '../../core/validate/linkNumbering';
import type { CalendarDay } from '../../core/validate/validateSheet';
import type { Workbook } from '../../node/readTable';
import { type FileToWrite, writeFilesAtomic } from '../../node/writeFileAtomic';
import { parseCommand, periodOption } from '../args';
import { CliError } from '../cliError';
import { formOption } from '../formOption';
import type { CliIo } from '../io';
import { langOption } from '../langOption';
import { checkOutputs } from '../outputGuard';
import { checkPdfBrowser, reportFiles } from '../pdf';
import { printSummaryTables } from '../printReport';
import { checkReport, loadRegistry, loadTargets, openWorkbook, outlierOption } from '../reportInputs';
import { MAP_OPTIONS, mapMetricOption, withReportMap } from '../reportMap';
import { printRates, REVIEW_OPTIONS, reviewOptions } from '../reviewOptions';
import { escapeControls } from '../terminalTable';
import { todayOption } from '../todayOption';

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
  /** --pdf: the HTML printed to A4 landscape with the system's Chromium */
  readonly pdf?: string;
  readonly json?: boolean;
  /** a JSON form declaration; DLA's online-market form by default */
  readonly form?: string;
  readonly today: CalendarDay;
  readonly lang: Lang;
  /** --outlier-threshold: a number, or off; the check's default (3.5) when absent */
  readonly outlierThreshold?: string;
  /** --approved-only: count rows reviewed ผ่าน only */
  readonly approvedOnly?: boolean;
  /** --timely-days N: the deadline is the period's last day + N days (15 by default) */
  readonly timelyDays?: string;
  /** --map-by reporting|revenue|on-time: what colours the HTML's map (the reporting rate by default) */
  readonly mapBy?: string;
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
      pdf: values.pdf,
      json: values.json,
      form: values.form,
      today: todayOption(values.today),
      lang: langOption(values.lang),
      outlierThreshold: values['outlier-threshold'],
      approvedOnly: values['approved-only'],
      timelyDays: values['timely-days'],
      mapBy: values['map-by'],
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
    pdf: { type: 'string' },
    json: { type: 'boolean' },
    form: { type: 'string' },
    today: { type: 'string' },
    lang: { type: 'string' },
    'outlier-threshold': { type: 'string' },
    ...REVIEW_OPTIONS,
    ...MAP_OPTIONS,
  } as const);
}

function readLevel(text: string | undefined): Level | undefined {
  if (text === undefined) return undefined;
  if (!LEVELS.includes(text as Level)) throw new CliError(rollupCliMessages.badBy(text));
  return text as Level;
}

/**
 * Everything is read and checked before anything is written, and all output files are written together or not at all.
 * Of several files, one that cannot be used is reported and left out (as `consolidate` does) and the run exits 1.
 */
export async function runRollup(request: RollupRequest, io: CliIo): Promise<number> {
  if (request.files.length === 0) throw new CliError(rollupCliMessages.missingFiles);
  checkOutputs(
    [
      { option: '--out', path: request.out },
      { option: '--html', path: request.html },
      { option: '--pdf', path: request.pdf },
    ],
    [...request.files, request.targets, request.registry, request.form],
  );
  checkPdfBrowser(request.pdf);
  const form = formOption(request.form);
  const period = periodOption(request.period);
  const outliers = outlierOption(request.outlierThreshold);
  const counting = reviewOptions({ 'approved-only': request.approvedOnly, 'timely-days': request.timelyDays });
  const by = readLevel(request.by);
  const mapMetric = mapMetricOption(request.mapBy);
  const province = request.province === undefined ? undefined : findProvince(request.province);
  if (request.province !== undefined && !province) throw new CliError(rollupCliMessages.badProvince(request.province));

  const leftOut: { file: string; reason: CliError }[] = [];
  // one file that cannot be used is the whole run's failure; among several it is left out and reported
  const attempt = async <T>(file: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (e) {
      if (!(e instanceof CliError) || request.files.length === 1) throw e;
      leftOut.push({ file, reason: e });
      return undefined;
    }
  };
  const books: Workbook[] = [];
  for (const file of request.files) {
    const book = await attempt(file, () => openWorkbook(file));
    if (book) books.push(book);
  }
  const registry = await loadRegistry(request.registry, books);
  const targets = await loadTargets(request.targets, books, form, registry);
  const sheets: RollupSheet[] = [];
  const linkNumbers = new LinkNumbering();
  for (const book of books) {
    const checked = await attempt(book.file, () =>
      checkReport(book, {
        form,
        today: request.today,
        registry,
        province,
        requireProvince: true,
        linkNumbers,
        outliers,
      }),
    );
    if (checked) sheets.push({ ...checked, province: checked.province as NonNullable<typeof checked.province> });
  }
  if (sheets.length === 0) throw leftOut[0].reason;
  const empty = sheets.filter((s) => s.validation.summary.dataRows === 0);

  // A national table (files of several provinces, or --by province|zone) shows every province the registry covers,
  // reported or not; one province's files with DLA's national registry stay that province's table.
  const national = new Set(sheets.map((s) => s.province.code)).size > 1 || by === 'province' || by === 'zone';
  const expectedProvinces =
    national && registry.provinces.size > 1 ? [...registry.provinces.values()].map((p) => p.province) : [];
  const result = rollup({ form, sheets, registry, period, targets, expectedProvinces, ...counting });
  // a source read once because it repeats an earlier one (the same file twice, a copy) lists its problems once, as the earlier one
  const readOnce = new Set(result.overlaps.filter((o) => o.rows === null).map((o) => o.index));
  const problems: SourceProblem[] = sheets.flatMap((s, i) =>
    readOnce.has(i) ? [] : sourceProblems(s.file, s.sheet, s.validation, s.province.nameTh),
  );
  const doc = withIncompleteNote(
    withReportMap(rollupReport(result, form, { asOf: request.today, by, problems }), result, form, {
      metric: mapMetric,
      provinces: by === 'province' || by === 'zone',
    }),
    leftOut.map((l) => l.file),
  );

  const files = await reportFiles(doc, request);
  if (files.length > 0) {
    try {
      await writeFilesAtomic(files);
    } catch (e) {
      throw new CliError(rollupCliMessages.writeFailed((e as Error).message));
    }
  }

  // notices go to stderr, so --json output stays one JSON object
  for (const l of leftOut) notice(io, request.lang, cliNotices.fileLeftOut(l.file, l.reason.text));
  for (const s of empty) notice(io, request.lang, cliNotices.noDataRows(s.file, s.sheet));
  if ((by === 'province' || by === 'zone') && !result.national)
    notice(io, request.lang, cliNotices.nationalLevelWithoutRegistry(by, result.provinces[0]?.nameTh ?? ''));
  if (request.json)
    io.out(
      JSON.stringify(rollupJson(result, form, by ?? (result.national ? 'zone' : 'district'), request.today), null, 2),
    );
  else {
    printHuman(io, request.lang, form, result, doc, files);
    printRates(io, request.lang, result, by ?? 'zone', counting);
  }
  return leftOut.length > 0 || empty.length > 0 ? 1 : 0;
}

function notice(io: CliIo, t: Lang, text: Text): void {
  io.err(escapeControls(text[t]));
}

/** The summary table says, in the report itself, which files its totals leave out. */
function withIncompleteNote(doc: ReportDocument, leftOut: readonly string[]): ReportDocument {
  if (leftOut.length === 0) return doc;
  const [summary, ...rest] = doc.tables;
  return {
    ...doc,
    tables: [{ ...summary, footnotes: [cliNotices.filesLeftOut(leftOut).th, ...summary.footnotes] }, ...rest],
  };
}

function printHuman(
  io: CliIo,
  t: Lang,
  form: FormSpec,
  result: RollupResult,
  doc: ReportDocument,
  files: readonly FileToWrite[],
): void {
  printSummaryTables(io, doc);
  io.out('');
  // a form whose owners are persons has no registry of them: who has not reported is a province
  if (form.ownerFigures)
    io.out(rollupCliMessages.provincesNotReported(provincesNotReported(result).map((p) => p.name))[t]);
  else io.out(rollupCliMessages.nonReporters(result.withRegistry ? result.nonReporters.length : null)[t]);
  io.out(rollupCliMessages.problems(result.problems.errors, result.problems.warnings)[t]);
  for (const f of files) io.out(rollupCliMessages.wrote(f.path)[t]);
}
