// The entry sidebar's server side: open it, give it its context in one call, take a submission in one call.
// Pure wiring over Services: the checks are the core's, the write is the locked append in ../entry/appendRow.

import { cellText } from '../../core/cell';
import { entryFields, ownerColumn } from '../../core/form/entryFields';
import type { FormSpec } from '../../core/form/types';
import { certificationMessages } from '../../core/messages/certification';
import { entryMessages as M } from '../../core/messages/entry';
import { bangkokDateTime } from '../../core/messages/nationalRun';
import { userText } from '../../core/messages/user';
import { isoDate, thaiDateLong } from '../../core/normalise/dates';
import { currentFiscalYear, periodKey, periodLabel } from '../../core/period/period';
import { provinceMatcher, textIdentity } from '../../core/registry/match';
import { auditRows } from '../../core/review/auditRows';
import { closingOf } from '../../core/review/certification';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { activeUser } from '../activeUser';
import type { PropertiesApi, Services } from '../adapter/services';
import { todayIn } from '../adapter/sheetDays';
import { toCellValues } from '../adapter/sheetValues';
import { type AppendOutcome, appendUnderLock } from '../entry/appendRow';
import { recordedAuditText } from '../entry/auditText';
import { checkEntry } from '../entry/checkEntry';
import { correctUnderLock, reviewCellsOf } from '../entry/correction';
import { ownerNames } from '../entry/ownerNames';
import { readPayload } from '../entry/payload';
import { readRecentIds } from '../entry/recentIds';
import { entryDistricts } from '../entry/registryLists';
import type { CorrectionOutcome } from '../entry/replaceRow';
import { locateReport, type ReportLocation } from '../entry/reportLocation';
import { type SheetRow, sheetRow } from '../entry/sheetRow';
import { addSubmissionColumns, planSubmissionColumns, type SubmissionColumnPlan } from '../entry/submissionColumns';
import type { EntryContext, EntryPayload, EntryProblem, RecordedEntry, SubmitResult } from '../entry/types';
import { errorText, isProtectionError } from '../failure';
import { openAuditLog } from '../review/auditLog';
import { readClosedPeriods } from '../review/closedPeriods';
import { workbookForm } from '../workbookForm';

export type { EntryContext, EntryPayload, SubmitResult } from '../entry/types';

/** the HTML file clasp pushes from dist/Sidebar.html */
export const SIDEBAR_FILE = 'Sidebar';
const LAST_CHOICE_KEY = 'khongdee.entry.last';

export function showEntrySidebar(services: Services): void {
  const html = services.htmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(M.title.th);
  services.spreadsheetApp.getUi().showSidebar(html);
}

function lastChoice(props: PropertiesApi): { district: string; lao: string } | null {
  try {
    const stored = JSON.parse(props.getProperty(LAST_CHOICE_KEY) ?? 'null') as unknown;
    if (typeof stored !== 'object' || stored === null) return null;
    const { district, lao } = stored as Record<string, unknown>;
    return typeof district === 'string' && typeof lao === 'string' ? { district, lao } : null;
  } catch {
    return null;
  }
}

/**
 * Everything the sidebar needs to open, as plain JSON (no Date): one server call. `today`: today in the spreadsheet's
 * zone unless given; `form`: the declaration the report sheet follows, the workbook's (see workbookForm) unless given.
 * Everything below reads fields, checks and columns from the declaration.
 */
export function entryContext(services: Services, today?: CalendarDay, form?: FormSpec): EntryContext {
  const located = locateReport(services, form);
  if (!located.ok) return { ok: false, message: located.message };
  const { report } = located;
  const day = today ?? todayIn(report.days, services);
  const period = currentFiscalYear(day);
  const p = report.province;
  return {
    ok: true,
    province: { code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, zone: p.zone },
    sheetName: report.sheetName,
    districts: report.reg ? entryDistricts(report.reg) : [],
    form: report.form,
    fields: entryFields(report.form, new Set(report.header.columns.keys())),
    owners: ownerNames(report),
    period: { key: periodKey(period), label: periodLabel(period) },
    today: { iso: isoDate(day), thai: thaiDateLong(day) },
    last: lastChoice(services.propertiesService.getUserProperties()),
  };
}

/** The submitter column: the email, or the temporary key said to be one where Google keeps the email blank. */
function submitter(services: Services): string {
  return userText(activeUser(services.session))?.th ?? '';
}

/** A retry whose id has left the recent list: look for it in the id column (outside the lock; the lock re-checks the list). */
function earlierRow(report: ReportLocation, columns: SubmissionColumnPlan, id: string): number | null {
  const known = readRecentIds(report.props).get(id);
  if (known !== undefined) return known;
  if (columns.missing) return null;
  const first = report.header.dataStart + 1;
  const last = report.sheet.getLastRow();
  if (last < first) return null;
  const ids = toCellValues(
    report.sheet.getRange(first, columns.index.id + 1, last - first + 1, 1).getValues(),
    report.days,
  );
  const at = ids.findIndex((r) => cellText(r[0]).trim() === id);
  return at < 0 ? null : first + at;
}

function recordedResult(
  report: ReportLocation,
  row: number,
  duplicate: boolean,
  recorded: RecordedEntry,
  submittedAt: string,
): SubmitResult {
  const message = duplicate ? M.alreadyRecorded(row, report.sheetName) : M.recorded(row, report.sheetName);
  return { status: 'recorded', row, sheetName: report.sheetName, duplicate, recorded, submittedAt, message };
}

/** The value recorded under `key` ('' when the form has no such column or it is blank). */
function recordedName(recorded: RecordedEntry, key: string | undefined): string {
  const value = key === undefined ? null : recorded[key];
  return typeof value === 'string' ? value : '';
}

/** The next entry of this officer starts with the same district and owner (the อปท., or the person, as recorded). */
function rememberChoice(services: Services, form: FormSpec, recorded: RecordedEntry): void {
  const district = form.columns.find((c) => c.role === 'district')?.key;
  const last = { district: recordedName(recorded, district), lao: recordedName(recorded, ownerColumn(form)?.key) };
  services.propertiesService.getUserProperties().setProperty(LAST_CHOICE_KEY, JSON.stringify(last));
}

type Unwritten = Exclude<AppendOutcome, { kind: 'written' | 'duplicate' }>;

/** What the sidebar is told when the locked append wrote nothing. */
function refusal(outcome: Unwritten): SubmitResult {
  switch (outcome.kind) {
    case 'busy':
      return { status: 'busy', message: M.busyRetrying };
    case 'unlocked':
      return { status: 'failed', message: M.noDocumentLock };
    case 'protected':
      return { status: 'protected', message: M.protectedRow };
    case 'failed':
      return { status: 'failed', message: M.writeFailed(outcome.detail) };
  }
}

/** The locked write of a checked entry: a new row appended, or a returned row corrected in place; each act logged. */
function write(
  services: Services,
  report: ReportLocation,
  payload: EntryPayload,
  recorded: RecordedEntry,
  who: string,
  content: (review?: { status: number; pending: string }) => SheetRow,
): CorrectionOutcome | { kind: 'notReturnable' } {
  const by = { time: bangkokDateTime(services.now ? services.now() : Date.now()), who };
  const owner = recordedName(recorded, ownerColumn(report.form)?.key);
  const after = recordedAuditText(report.form, recorded);
  const log = openAuditLog(report.ss, report.props, report.sheet, 1);
  if (payload.replaces) {
    const review = reviewCellsOf(report);
    if (!review) return { kind: 'notReturnable' };
    const act = { id: payload.id, replaces: payload.replaces, review, log, owner, after, by };
    return correctUnderLock(services, report, { ...act, content: content(review) });
  }
  const headerBottom = report.header.rows[report.header.rows.length - 1] + 1;
  const rowsFor = (row: number) =>
    auditRows([{ kind: 'submit', row, owner, before: '', after }], { ...by, sheetName: report.sheetName });
  return appendUnderLock(services, report.sheet, headerBottom, payload.id, content(), { log, rowsFor });
}

/** Writes a checked entry once: a retry finds its earlier row, a first try is written under the document lock. */
function record(
  services: Services,
  report: ReportLocation,
  payload: EntryPayload,
  recorded: RecordedEntry,
): SubmitResult {
  const columns = planSubmissionColumns(report.rows, report.header.rows);
  // the spreadsheet's wall clock with its offset: the time a person there reads, and an exact instant
  const submittedAt = report.days.isoTime(services.now ? services.now() : Date.now());
  if (payload.attempt > 1) {
    const row = earlierRow(report, columns, payload.id);
    if (row !== null) return recordedResult(report, row, true, recorded, submittedAt);
  }
  // outside the lock: two first submissions would write the same cells
  if (columns.missing) addSubmissionColumns(report.sheet, report.header.rows[0] + 1, columns.missing);
  const submission = { id: payload.id, time: submittedAt, user: submitter(services) };
  const outcome = write(services, report, payload, recorded, submission.user, (review) =>
    sheetRow(report, recorded, submission, columns, review),
  );
  if (outcome.kind === 'notReturnable' || outcome.kind === 'changed')
    return { status: 'failed', message: M.correctionChanged };
  if (outcome.kind !== 'written' && outcome.kind !== 'duplicate') return refusal(outcome);
  rememberChoice(services, report.form, recorded);
  return recordedResult(report, outcome.row, outcome.kind === 'duplicate', recorded, submittedAt);
}

/** An entry or correction dated in a period the province certified is refused on its date field (one Properties call). */
function closedPeriodProblem(report: ReportLocation, recorded: RecordedEntry): EntryProblem | null {
  const field = report.form.columns.find((c) => c.role === 'date');
  const date = field ? recorded[field.key] : null;
  if (!field || date === null || typeof date !== 'object' || !('iso' in date)) return null;
  const [year, month, day] = date.iso.split('-').map(Number);
  const closing = closingOf(readClosedPeriods(report.props), { year, month, day: day ?? null });
  if (!closing) return null;
  const { record, period } = closing;
  const message = certificationMessages.periodClosed(periodLabel(period).th, record.by, record.at);
  return { field: field.key, severity: 'error', code: 'ENTRY_PERIOD_CLOSED', message, value: date.thai };
}

/** Checks the entry again (the server is the authority) and appends it under the document lock: one server call. */
export function submitEntryWith(
  services: Services,
  today: CalendarDay | undefined,
  raw: unknown,
  given?: FormSpec,
): SubmitResult {
  // the workbook's form, read once here and handed to locateReport
  const form = given ?? workbookForm(services.propertiesService.getDocumentProperties());
  const read = readPayload(raw, form);
  if (!read.ok) return { status: 'failed', message: M.badPayload(read.detail) };
  const payload = read.payload;
  try {
    const located = locateReport(services, form);
    if (!located.ok) return { status: 'failed', message: located.message };
    const { report } = located;
    const { registry, reg, province } = report;
    const identify =
      registry && reg
        ? provinceMatcher(registry, reg)
        : (lao: string, district: string | null) => textIdentity(lao, district, province.nameTh);
    const check = checkEntry(payload, {
      form: report.form,
      province: province.nameTh,
      today: today ?? todayIn(report.days, services),
      identify,
    });
    if (check.errors > 0) return { status: 'invalid', problems: check.problems, message: M.fixErrors(check.errors) };
    const closed = closedPeriodProblem(report, check.recorded as RecordedEntry);
    if (closed) return { status: 'invalid', problems: [closed], message: closed.message };
    if (check.warnings > 0 && !payload.confirmWarnings)
      return { status: 'confirm', problems: check.problems, message: M.tickToConfirm(check.warnings) };
    return record(services, report, payload, check.recorded as RecordedEntry);
  } catch (e) {
    // nothing was written (the append reports its own failures): the sidebar keeps the typed data and says what to do
    const detail = errorText(e);
    return isProtectionError(detail)
      ? { status: 'protected', message: M.protectedRow }
      : { status: 'failed', message: M.writeFailed(detail) };
  }
}
