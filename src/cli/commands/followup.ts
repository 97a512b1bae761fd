// `khongdee followup FILE... --period P`: the follow-up messages (ติดตามผล) for each district with อปท. that have not
// reported, and one for the provincial office; printed, or written as one .txt per district with --out.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { buildFollowup, type Followup, type FollowupMessage } from '../../core/followup/followup';
import { DLA_ONLINE_MARKET } from '../../core/form/dlaOnlineMarket';
import { followupMessages, followupCliMessages as M } from '../../core/messages/followup';
import type { Lang, Text } from '../../core/messages/text';
import { MAX_TIMELY_DAYS, readTimelyDays } from '../../core/period/deadline';
import type { Period } from '../../core/period/period';
import type { RegistryIndex } from '../../core/registry/match';
import { type RollupSheet, rollup } from '../../core/rollup/rollup';
import { LinkNumbering } from '../../core/validate/linkNumbering';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { type FileToWrite, writeFilesAtomic } from '../../node/writeFileAtomic';
import { parseCommand, periodOption } from '../args';
import { CliError } from '../cliError';
import type { CliIo } from '../io';
import { langOption } from '../langOption';
import { checkOutputs } from '../outputGuard';
import { checkReport, loadRegistry, openWorkbook } from '../reportInputs';
import { escapeControls } from '../terminalTable';
import { todayOption } from '../todayOption';

// The activity's own form: a form whose owners are persons (a marketer, not an อปท.) has no registry of who should report.
const FORM = DLA_ONLINE_MARKET;

export interface FollowupRequest {
  readonly files: readonly string[];
  readonly registry?: string;
  readonly period?: string;
  readonly timelyDays?: string;
  /** a folder */
  readonly out?: string;
  readonly today: CalendarDay;
  readonly lang: Lang;
}

export async function followupCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    registry: { type: 'string' },
    period: { type: 'string' },
    'timely-days': { type: 'string' },
    out: { type: 'string' },
    today: { type: 'string' },
    lang: { type: 'string' },
  } as const);
  return runFollowup(
    {
      files: positionals,
      registry: values.registry,
      period: values.period,
      timelyDays: values['timely-days'],
      out: values.out,
      today: todayOption(values.today),
      lang: langOption(values.lang),
    },
    io,
  );
}

/** A whole number of days, 0 to MAX_TIMELY_DAYS; Thai digits are read too. */
export function timelyDaysOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const days = readTimelyDays(value);
  if (days === null) throw new CliError(M.badTimelyDays(value, MAX_TIMELY_DAYS));
  return days;
}

/**
 * Every file is read and checked before anything is written. Unlike `rollup`, a file that cannot be used fails the whole
 * run: its อปท. would be listed as not reported, and a message would chase people who did report.
 */
export async function runFollowup(request: FollowupRequest, io: CliIo): Promise<number> {
  if (request.files.length === 0) throw new CliError(M.missingFiles);
  if (request.period === undefined) throw new CliError(M.missingPeriod);
  const period = periodOption(request.period) as Period;
  const timelyDays = timelyDaysOption(request.timelyDays);
  if (request.out !== undefined && isFile(request.out)) throw new CliError(M.outIsFile(request.out));

  const books = [];
  for (const file of request.files) books.push(await openWorkbook(file));
  const registry = await loadRegistry(request.registry, books);
  const sets = (await provinceSheets(books, registry, period, request.today)).map((sheets) => {
    const result = rollup({ form: FORM, sheets, registry, period, targets: null });
    const built = buildFollowup({ form: FORM, result, today: request.today, timelyDays });
    if (!built.ok) throw new CliError(built.message);
    return { followup: built.followup, rowsWithErrors: result.root.rowsWithErrors };
  });

  const followups = sets.map((s) => s.followup);
  if (request.out === undefined) printMessages(io, request.lang, followups);
  else await writeMessages(io, request.lang, request, followups);
  const rowsWithErrors = sets.reduce((sum, s) => sum + s.rowsWithErrors, 0);
  if (rowsWithErrors > 0) io.err(line(M.rowsWithErrors(rowsWithErrors), request.lang));
  return 0;
}

/** The checked sheets by province, in province-code order; a province the registry does not cover is refused. */
async function provinceSheets(
  books: Awaited<ReturnType<typeof openWorkbook>>[],
  registry: RegistryIndex,
  period: Period,
  today: CalendarDay,
): Promise<RollupSheet[][]> {
  const linkNumbers = new LinkNumbering();
  const byProvince = new Map<string, RollupSheet[]>();
  for (const book of books) {
    const checked = await checkReport(book, {
      form: FORM,
      today,
      registry,
      requireProvince: true,
      linkNumbers,
      period,
    });
    const province = checked.province as NonNullable<typeof checked.province>;
    if (!registry.provinces.has(province.code)) throw new CliError(M.noRegistry(province.nameTh));
    const list = byProvince.get(province.code) ?? [];
    list.push({ ...checked, province });
    byProvince.set(province.code, list);
  }
  return [...byProvince.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, sheets]) => sheets);
}

function messagesOf(f: Followup): FollowupMessage[] {
  return [f.provinceMessage, ...f.districtMessages];
}

function printMessages(io: CliIo, t: Lang, sets: readonly Followup[]): void {
  sets.forEach((f, i) => {
    if (i > 0) io.out('');
    io.out(line(M.provinceHeading(f.province.nameTh, f.province.nameEn, messagesOf(f).length), t));
    for (const m of messagesOf(f)) {
      io.out('');
      io.out(line(M.messageHeading(m.title), t));
      for (const text of m.text[t].split('\n')) io.out(escapeControls(text));
    }
    if (f.districtMessages.length === 0) io.out(`\n${line(M.nothingToFollow(f.province.nameTh), t)}`);
  });
}

/** One folder of .txt files per province: the --out folder itself for one province, a subfolder each for several. */
async function writeMessages(io: CliIo, t: Lang, request: FollowupRequest, sets: readonly Followup[]): Promise<void> {
  const out = request.out as string;
  const folderOf = (f: Followup) =>
    sets.length === 1 ? out : join(out, safeFileName(followupMessages.provinceFileName(f.province.nameTh)));
  const files: FileToWrite[] = sets.flatMap((f) =>
    messagesOf(f).map((m) => ({ path: join(folderOf(f), `${safeFileName(m.title)}.txt`), data: fileText(m.text[t]) })),
  );
  checkOutputs(
    files.map((f) => ({ option: '--out', path: f.path })),
    [...request.files, request.registry],
  );
  try {
    await writeFilesAtomic(files);
  } catch (e) {
    throw new CliError(M.writeFailed((e as Error).message));
  }
  for (const f of files) io.out(line(M.wrote(f.path), t));
  // a district that has now reported in full gets no file: one left from an earlier run must not be sent
  for (const f of sets) {
    for (const d of f.districts.filter((x) => x.notReported.length === 0)) {
      const stale = join(folderOf(f), `${safeFileName(followupMessages.districtFileName(d.name))}.txt`);
      if (isFile(stale)) io.err(line(M.staleFile(stale), t));
    }
  }
}

/**
 * UTF-8 without a byte-order mark, CRLF line ends. Notepad reads BOM-less UTF-8 (and saves it by default since
 * Windows 10 1903: https://www.winhelponline.com/blog/set-default-encoding-notepad-ansi-utf-8/), while a BOM can travel
 * into LINE as an invisible first character when the text is copied from some viewers. CRLF shows as lines everywhere.
 */
function fileText(text: string): string {
  return `${text.replace(/\n/g, '\r\n')}\r\n`;
}

// characters Windows refuses in a file name, and control characters
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** A name every system accepts: unsafe characters become _, no leading or trailing dots or spaces, at most 100 characters. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE_IN_NAME, '_')
    .replace(/^[. ]+|[. ]+$/g, '')
    .slice(0, 100);
  return cleaned === '' ? '_' : cleaned;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // not there, or a file is in the way: checkOutputs names the problem
  }
}

function line(text: Text, t: Lang): string {
  return escapeControls(text[t]);
}
