// `khongdee consolidate DIR`: the national consolidation over a folder holding the provinces' report files (xlsx/csv, not
// recursive). A file that cannot be used becomes its province's status, never a failure of the run; only the folder, the
// options, the registry and the targets can refuse the run (exit 2, nothing written).

import { type Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { certifiedOnlyNote } from '../../core/consolidate/certification';
import {
  type CheckSourceOptions,
  checkSource,
  guessProvince,
  type SourceCheck,
} from '../../core/consolidate/checkSource';
import {
  type Consolidation,
  consolidate,
  copiedSources,
  countConsolidation,
  expectedProvinces,
  groupSources,
} from '../../core/consolidate/consolidate';
import { consolidationJson } from '../../core/consolidate/json';
import { consolidationReport } from '../../core/consolidate/report';
import { failedStatus, statusCounts, statusLabel } from '../../core/consolidate/status';
import type { ProvinceStatus } from '../../core/consolidate/types';
import type { FormSpec } from '../../core/form/types';
import { rollupCliMessages } from '../../core/messages/cli';
import { consolidateCliMessages as C, consolidateMessages } from '../../core/messages/consolidate';
import { reportMessages } from '../../core/messages/report';
import { REGISTRY_SHEET, TARGETS_SHEET } from '../../core/messages/sheets';
import type { Lang } from '../../core/messages/text';
import { type SourceProblem, sourceProblems } from '../../core/report/problemsTable';
import type { ReportDocument } from '../../core/report/types';
import { LinkNumbering } from '../../core/validate/linkNumbering';
import { FileProblem, readWorkbook, type Workbook } from '../../node/readTable';
import { type FileToWrite, writeFilesAtomic } from '../../node/writeFileAtomic';
import { parseCommand, periodOption } from '../args';
import { CliError } from '../cliError';
import { formOption } from '../formOption';
import type { CliIo } from '../io';
import { langOption } from '../langOption';
import { checkOutputs } from '../outputGuard';
import { checkPdfBrowser, reportFiles } from '../pdf';
import { printSummaryTables } from '../printReport';
import { loadRegistry, loadTargets, outlierOption } from '../reportInputs';
import { MAP_OPTIONS, mapMetricOption, withReportMap } from '../reportMap';
import { printRates, REVIEW_OPTIONS, reviewOptions } from '../reviewOptions';
import { formatTable, wrapText } from '../terminalTable';
import { todayOption } from '../todayOption';

const REPORT_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv']);

function parseCommandArgs(args: readonly string[]) {
  return parseCommand(args, {
    form: { type: 'string' },
    registry: { type: 'string' },
    targets: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    html: { type: 'string' },
    pdf: { type: 'string' },
    json: { type: 'boolean' },
    today: { type: 'string' },
    lang: { type: 'string' },
    'outlier-threshold': { type: 'string' },
    'certified-only': { type: 'boolean' },
    ...REVIEW_OPTIONS,
    ...MAP_OPTIONS,
  } as const);
}

/** The folder's report files, by name: not hidden, not Office lock files (~$x.xlsx), and not the run's --targets or --registry. */
async function listReportFiles(dir: string, exclude: readonly (string | undefined)[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(C.folderNotFound(dir));
    if (code === 'ENOTDIR') throw new CliError(C.notAFolder(dir));
    throw new CliError(C.folderUnreadable(dir, code ?? String(e)));
  }
  const skip = new Set(exclude.filter((f): f is string => f !== undefined).map((f) => path.resolve(f)));
  const files: string[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name.startsWith('~$') || !REPORT_EXTENSIONS.has(path.extname(name).toLowerCase()))
      continue;
    const file = path.join(dir, name);
    if (skip.has(path.resolve(file))) continue;
    // a link to a file is read like the file (a dangling one too, so its province shows "not found"); a folder named x.xlsx is not a report
    const isFile =
      entry.isFile() ||
      (entry.isSymbolicLink() &&
        (await fs.stat(file).then(
          (s) => s.isFile(),
          () => true,
        )));
    if (isFile) files.push(file);
  }
  if (files.length === 0) throw new CliError(C.noReportFiles(dir));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

type Opened =
  | { readonly file: string; readonly book: Workbook }
  | { readonly file: string; readonly failed: ProvinceStatus };

/** Opens a file; any failure is the status of the file's province (told by its name when it can be). */
async function openFile(file: string): Promise<Opened> {
  const source = path.basename(file);
  try {
    return { file, book: await readWorkbook(file) };
  } catch (e) {
    const province = guessProvince(source);
    if (!(e instanceof FileProblem))
      return {
        file,
        failed: failedStatus(source, 'unreadable', province, C.cannotOpen(file, (e as Error).message ?? String(e))),
      };
    const errno = (e.cause as NodeJS.ErrnoException | undefined)?.code;
    const status =
      e.code === 'FILE_NOT_FOUND'
        ? 'notFound'
        : errno === 'EACCES' || errno === 'EPERM'
          ? 'noPermission'
          : 'unreadable';
    return { file, failed: failedStatus(source, status, province, e.text) };
  }
}

const sheetKey = (name: string) => name.normalize('NFC').replace(/[\s.]/g, '');
// targets and registry workbooks are inputs of the run; summaries written by an earlier run are its outputs
const SUPPORT_SHEETS = new Set(
  [
    TARGETS_SHEET,
    REGISTRY_SHEET,
    reportMessages.sheet.byProvince,
    reportMessages.sheet.byDistrict,
    consolidateMessages.sheet.status,
  ].map(sheetKey),
);

/** A workbook with no report sheet but a targets, registry or summary sheet is not a province's report: it is left out of the statuses. */
function isSupportFile(check: SourceCheck, book: Workbook): boolean {
  return (
    !check.ok && check.status.status === 'noHeader' && book.sheets.some((s) => SUPPORT_SHEETS.has(sheetKey(s.name)))
  );
}

/** Opens the files in order; the next file is read from disk while one is parsed, so the reading is not waited for. */
async function openInTurn(files: readonly string[]): Promise<Opened[]> {
  const AHEAD = 2;
  const pending = files.slice(0, AHEAD).map(openFile);
  const opened: Opened[] = [];
  for (let i = 0; i < files.length; i++) {
    opened.push(await pending[i]);
    if (i + AHEAD < files.length) pending.push(openFile(files[i + AHEAD]));
  }
  return opened;
}

/** Opens every file and checks it; the workbooks are not returned, so their rows are gone before the report is built. */
async function checkFiles(
  files: readonly string[],
  values: { readonly registry?: string; readonly targets?: string },
  { form, today, outliers, period }: Pick<CheckSourceOptions, 'form' | 'today' | 'outliers' | 'period'>,
) {
  const opened = await openInTurn(files);
  const books = opened.flatMap((o) => ('book' in o ? [o.book] : []));
  // the same registry and targets as `khongdee rollup` would take from these files, so both give the same national table
  const registry = await loadRegistry(values.registry, books);
  const targets = await loadTargets(values.targets, books, form, registry);

  const checks: SourceCheck[] = [];
  const linkNumbers = new LinkNumbering();
  const supportFiles: string[] = [];
  const problems: SourceProblem[] = [];
  for (const o of opened) {
    const source = path.basename(o.file);
    if ('failed' in o) {
      checks.push({ ok: false, status: o.failed });
      continue;
    }
    const check = checkSource(source, o.book.sheets, { form, today, registry, linkNumbers, outliers, period });
    if (isSupportFile(check, o.book)) {
      supportFiles.push(o.file);
      continue;
    }
    checks.push(check);
    if (check.ok)
      for (const p of sourceProblems(source, check.sheet, check.validation, check.province.nameTh)) problems.push(p);
  }
  return { registry, targets, checks, supportFiles, problems };
}

export async function consolidateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args);
  if (positionals.length === 0) throw new CliError(C.missingFolder);
  if (positionals.length > 1) throw new CliError(C.oneFolder(positionals));
  const dir = positionals[0];
  const today = todayOption(values.today);
  const lang = langOption(values.lang);
  const period = periodOption(values.period);
  const form = formOption(values.form);
  const outliers = outlierOption(values['outlier-threshold']);
  const counting = reviewOptions(values);
  const mapMetric = mapMetricOption(values['map-by']);
  const certifiedOnly = values['certified-only'] === true;
  // a province certifies one period at a time: without one there is nothing to be certified for
  if (certifiedOnly && period === null) throw new CliError(C.certifiedOnlyNeedsPeriod);

  const named = [
    { option: '--out', path: values.out },
    { option: '--html', path: values.html },
    { option: '--pdf', path: values.pdf },
  ];
  checkOutputs(named, [values.targets, values.registry]);
  checkPdfBrowser(values.pdf);
  // an output in the folder is read like any file: only a summary an earlier run wrote may be replaced, never a province's report
  const files = await listReportFiles(dir, [values.targets, values.registry]);
  const { registry, targets, checks, supportFiles, problems } = await checkFiles(files, values, {
    form,
    today,
    outliers,
    period,
  });
  checkOutputs(named, [...files.filter((f) => !supportFiles.includes(f)), values.targets, values.registry]);
  const grouped = groupSources(checks);
  const counted = grouped.provinces.map((p) =>
    countConsolidation(form, p.province, p.sources, registry, period, counting),
  );
  const consolidation = consolidate({
    form,
    provinces: counted.map((c) => c.part),
    numbered: counted.map((c) => c.numbered),
    unplaced: grouped.unplaced,
    registry,
    period,
    targets,
    expectedProvinces: expectedProvinces(registry),
    ...counting,
    certifiedOnly,
  });
  const { result, statuses, crossLinks, leftOut } = consolidation;
  // a file left out as a copy of another (its content read once) lists its problems once, under the file that was read
  const copies = new Set(grouped.provinces.flatMap((p) => copiedSources(p.sources).map((c) => c.status.source)));
  const doc = withReportMap(
    consolidationReport(result, statuses, crossLinks, form, {
      asOf: today,
      problems: problems.filter((p) => !copies.has(p.file)),
      leftOut,
    }),
    result,
    form,
    { metric: mapMetric, provinces: true },
  );

  const outputs = await reportFiles(doc, values);
  if (outputs.length > 0) {
    try {
      await writeFilesAtomic(outputs);
    } catch (e) {
      throw new CliError(rollupCliMessages.writeFailed((e as Error).message));
    }
  }

  if (values.json)
    io.out(JSON.stringify(consolidationJson(result, statuses, crossLinks, form, today, leftOut), null, 2));
  else
    printHuman(io, lang, {
      form,
      consolidation,
      doc,
      files: checks.length,
      provinces: grouped.provinces.length,
      supportFiles,
      outputs,
    });
  if (!values.json) printRates(io, lang, result, 'province', counting);
  return 0;
}

interface HumanOutput {
  readonly form: FormSpec;
  readonly consolidation: Consolidation;
  readonly doc: ReportDocument;
  readonly files: number;
  readonly provinces: number;
  readonly supportFiles: readonly string[];
  readonly outputs: readonly FileToWrite[];
}

function printHuman(io: CliIo, t: Lang, o: HumanOutput): void {
  const { result, statuses, crossLinks } = o.consolidation;
  printSummaryTables(io, o.doc);
  io.out('');
  io.out(C.filesRead(o.files, o.provinces)[t]);
  if (o.supportFiles.length > 0) io.out(C.supportFiles(o.supportFiles.map((f) => path.basename(f)))[t]);
  io.out(consolidateMessages.statusCounts(statusCounts(statuses))[t]);
  if (o.consolidation.leftOut) for (const line of wrapText(certifiedOnlyNote(o.consolidation.leftOut)[t])) io.out(line);
  // a province with nothing yet is one name on a line; one whose file failed or has errors needs a row of its own
  const silent = statuses.filter((s) => s.status === 'notReported' && s.source === '');
  const act = statuses.filter((s) => !silent.includes(s) && (s.status !== 'ok' || s.errors > 0));
  if (act.length > 0) {
    io.out('');
    io.out(C.needsAction[t]);
    const name = (s: ProvinceStatus) => s.province?.nameTh ?? C.unknownProvince[t];
    const label = (s: ProvinceStatus): string => (s.status === 'ok' ? C.okWithErrors(s.errors)[t] : statusLabel(s)[t]);
    for (const line of formatTable([C.statusColumns[t], ...act.map((s) => [name(s), label(s), s.source])], 40))
      io.out(line);
  }
  if (silent.length > 0)
    io.out(
      `${consolidateMessages.statusLabel.notReported[t]}: ${silent.map((s) => s.province?.nameTh ?? '').join(', ')}`,
    );
  io.out('');
  io.out(C.crossLinks(crossLinks.length)[t]);
  // a form whose owners are persons has no registry of them: the provinces not reported are named above
  if (!o.form.ownerFigures)
    io.out(rollupCliMessages.nonReporters(result.withRegistry ? result.nonReporters.length : null)[t]);
  io.out(rollupCliMessages.problems(result.problems.errors, result.problems.warnings)[t]);
  for (const f of o.outputs) io.out(rollupCliMessages.wrote(f.path)[t]);
}
