// The ตรวจรับข้อมูล sidebar's server side: open it, list a district's rows of a period for review in one call, and save
// the reviewer's decisions in one call (see ../review/writeReview for the locked write and the audit trail).

import { type FormSpec, OWNER_ROLES, type ReviewChoices } from '../../core/form/types';
import { entryMessages } from '../../core/messages/entry';
import { bangkokDateTime } from '../../core/messages/nationalRun';
import { reviewMessages as M } from '../../core/messages/reviewServer';
import { userText } from '../../core/messages/user';
import { currentFiscalYear, parsePeriod, periodKey } from '../../core/period/period';
import { readDecisions } from '../../core/review/decisions';
import { reviewList } from '../../core/review/reviewList';
import type { ReviewDecision } from '../../core/review/types';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { activeUser } from '../activeUser';
import type { Services } from '../adapter/services';
import { sheetDays, todayIn } from '../adapter/sheetDays';
import { periodDialogContext } from '../dialogs/periodDialog';
import { locateReport, type ReportLocation } from '../entry/reportLocation';
import { usedHeaderWidth } from '../entry/submissionColumns';
import { errorText, isProtectionError } from '../failure';
import { checkReportSheet } from '../reportSheet';
import { openAuditLog } from '../review/auditLog';
import { readClosedPeriods } from '../review/closedPeriods';
import type { ReviewAnswer, ReviewContext, ReviewQuery } from '../review/types';
import { type ReviewWrite, writeReview } from '../review/writeReview';
import { workbookForm } from '../workbookForm';

/** the HTML file clasp pushes from dist/ReviewSidebar.html */
export const REVIEW_SIDEBAR_FILE = 'ReviewSidebar';
const MAX_QUERY_TEXT = 100;

export function showReviewSidebar(services: Services): void {
  const html = services.htmlService.createHtmlOutputFromFile(REVIEW_SIDEBAR_FILE).setTitle(M.title.th);
  services.spreadsheetApp.getUi().showSidebar(html);
}

/** What the page asked for, whatever arrived: texts of a sane length, the filter one of two. */
function readQuery(raw: unknown): ReviewQuery {
  const q = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, MAX_QUERY_TEXT) : '');
  return { district: text(q.district), period: text(q.period), filter: q.filter === 'all' ? 'all' : 'pending' };
}

/** The rows of the query, read from one check of the report sheet; plain JSON, Thai text. */
export function reviewContext(services: Services, raw: unknown, today?: CalendarDay, given?: FormSpec): ReviewContext {
  const query = readQuery(raw);
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const form = given ?? workbookForm(props);
  const days = sheetDays(ss, services.utilities);
  const day = today ?? todayIn(days, services);
  const parsed =
    query.period === '' ? { ok: true as const, period: currentFiscalYear(day) } : parsePeriod(query.period);
  if (!parsed.ok) return { ok: false, message: parsed.message.th };
  const checked = checkReportSheet(ss, form, day, props, days);
  if (!checked.ok) return { ok: false, message: checked.message.th };
  const { validation, rows, province, registry, sheet } = checked.checked;
  const provinceName = province?.nameTh ?? '';
  const closed = readClosedPeriods(props);
  const list = reviewList(validation, rows, form, { ...query, period: parsed.period, provinceName, closed });
  const reg = province ? registry?.provinces.get(province.code) : undefined;
  const choices = periodDialogContext(day).choices;
  const key = periodKey(parsed.period);
  return {
    ok: true,
    sheetName: sheet.getName(),
    districts: reg ? reg.districts.map((d) => d.name) : list.districts,
    // a period typed by hand is offered too, so the list shows what is chosen
    periods: choices.some((c) => c.key === key) ? choices : [...choices, { key, label: key }],
    chosen: { district: query.district, period: key, filter: query.filter },
    rows: list.rows,
    counts: list.counts,
    truncated: list.truncated,
  };
}

const answer = (ok: boolean, message: string, recorded: number[] = [], refused: ReviewAnswer['refused'] = []) => ({
  ok,
  message,
  recorded,
  refused,
});

function outcome(write: ReviewWrite): ReviewAnswer {
  switch (write.kind) {
    case 'busy':
      return answer(false, M.busy.th);
    case 'unlocked':
      return answer(false, entryMessages.noDocumentLock.th);
    case 'protected':
      return answer(false, entryMessages.protectedRow.th);
    case 'failed':
      return answer(false, entryMessages.writeFailed(write.detail).th);
  }
  const { plan } = write;
  const refused = plan.refused.map((r) => ({ row: r.row, message: r.message.th }));
  if (plan.acts.length === 0) return answer(false, M.nothingRecorded.th, [], refused);
  const approved = plan.acts.filter((a) => a.kind === 'approve').length;
  const message = M.recorded(approved, plan.acts.length - approved, refused.length).th;
  return answer(true, message, [...plan.writes.keys()], refused);
}

/**
 * The 0-based columns of the review status and note, and the status texts the form writes. Headers the sheet lacks are
 * written after its last header, outside the lock, as the entry does: two first saves would write the same cells.
 */
function reviewColumnsOf(report: ReportLocation): { status: number; note: number; choices: ReviewChoices } {
  const { header, form, rows, sheet } = report;
  const at = (role: string) => {
    const column = form.columns.find((c) => c.role === role);
    if (!column) throw new Error(`the form ${form.id} has no ${role} column`);
    return { column, index: header.columns.get(column.key)?.index };
  };
  const status = at('review');
  const note = at('reviewNote');
  const choices = status.column.choices;
  if (!choices) throw new Error(`the form ${form.id} has no review choices`);
  let width = usedHeaderWidth(rows, header.rows);
  for (const c of [status, note]) {
    if (c.index !== undefined) continue;
    sheet.getRange(header.rows[0] + 1, width + 1, 1, 1).setValues([[c.column.header]]);
    c.index = width++;
  }
  return { status: status.index as number, note: note.index as number, choices };
}

/** Reads the decisions, then writes them under the document lock with their acts in the audit trail: one server call. */
export function submitReviewWith(services: Services, raw: unknown, given?: FormSpec): ReviewAnswer {
  const read = readDecisions(raw);
  if (!read.ok) return answer(false, read.message.th);
  try {
    return saveReview(services, read.decisions, given);
  } catch (e) {
    // the review headers or the audit trail could not be made: nothing was decided, the page keeps the decisions
    const detail = errorText(e);
    return answer(
      false,
      (isProtectionError(detail) ? entryMessages.protectedRow : entryMessages.writeFailed(detail)).th,
    );
  }
}

function saveReview(services: Services, decisions: readonly ReviewDecision[], given?: FormSpec): ReviewAnswer {
  const located = locateReport(services, given ?? workbookForm(services.propertiesService.getDocumentProperties()));
  if (!located.ok) return answer(false, located.message.th);
  const { report } = located;
  const headerBottom = report.header.dataStart;
  const rowsDecided = decisions.map((d) => d.row);
  if (Math.min(...rowsDecided) <= headerBottom) return answer(false, M.badDecision.th);
  const { status, note, choices } = reviewColumnsOf(report);
  const first = Math.min(...rowsDecided);
  const last = Math.min(Math.max(...rowsDecided), Math.max(report.lastRow, first));
  const owner = report.form.columns.find((c) => OWNER_ROLES.includes(c.role ?? 'date'));
  const date = report.form.columns.find((c) => c.role === 'date');
  const now = services.now ? services.now() : Date.now();
  const log = openAuditLog(report.ss, report.props, report.sheet, decisions.length);
  const target = {
    sheet: report.sheet,
    sheetName: report.sheetName,
    days: report.days,
    first,
    last,
    width: Math.max(report.rows[0]?.length ?? 0, status + 1, note + 1),
    status,
    note,
    owner: owner ? report.header.columns.get(owner.key)?.index : undefined,
    date: date ? report.header.columns.get(date.key)?.index : undefined,
    // one Properties call, outside the lock: a period closed meanwhile is caught by its protections
    closed: readClosedPeriods(report.props),
    choices,
    by: { time: bangkokDateTime(now), who: userText(activeUser(services.session))?.th ?? '' },
  };
  return outcome(writeReview(services, target, decisions, log));
}
