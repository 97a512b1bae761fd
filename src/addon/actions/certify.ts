// รับรองผล: a district or the province certifies a period's figures, or the province reopens it. One act per call,
// recorded in การรับรองผล and the audit trail under the document lock; a province certification protects the period's
// rows and closes it to entries, a reopening lifts both.

import type { FormSpec } from '../../core/form/types';
import { formatInteger, formatSatang } from '../../core/format/number';
import { CERTIFICATION_SHEET, certificationMessages as M } from '../../core/messages/certification';
import { entryMessages } from '../../core/messages/entry';
import { bangkokDateTime } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import { userText } from '../../core/messages/user';
import { normaliseText } from '../../core/normalise/text';
import { type Period, parsePeriod, periodContains, periodKey, periodLabel } from '../../core/period/period';
import { auditRows } from '../../core/review/auditRows';
import {
  type CertificationAct,
  type CertificationRecord,
  type CertifiedFigures,
  certificationHeader,
  certificationRow,
  closedPeriods,
  figuresText,
  latestCertification,
  readCertifications,
} from '../../core/review/certification';
import { rollupMetrics } from '../../core/rollup/metrics';
import { rollup } from '../../core/rollup/rollup';
import type { Group } from '../../core/rollup/types';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { activeUser } from '../activeUser';
import { generatedSheet, madeSheet } from '../adapter/generatedSheets';
import type { Services } from '../adapter/services';
import { sheetDays, todayIn } from '../adapter/sheetDays';
import { toCellValues } from '../adapter/sheetValues';
import { type CertifyDialogContext, certifyDialogContext } from '../dialogs/certifyDialog';
import { LOCK_WAIT_MS } from '../entry/appendRow';
import { errorText, isProtectionError } from '../failure';
import { checkReportSheet } from '../reportSheet';
import { appendAudit, openAuditLog } from '../review/auditLog';
import { saveClosedPeriods } from '../review/closedPeriods';
import { periodProtections, protectRuns, rowRuns } from '../review/periodLock';
import { workbookTimelyDays } from '../timelyDays';
import { workbookForm } from '../workbookForm';

const STAFF_KEY = 'khongdee.certify.staff';
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const MAX_TEXT = 500;

/** What the dialog sends: the period's key, '' for the province or a district's name, the act, the staff emails. */
export interface CertifyRequest {
  readonly period: string;
  readonly district: string;
  readonly act: CertificationAct;
  readonly staff: string;
}

export interface CertifyAnswer {
  readonly ok: boolean;
  readonly message: string;
}

const fail = (message: Text): CertifyAnswer => ({ ok: false, message: message.th });

function readRequest(raw: unknown): CertifyRequest | null {
  const q = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' && v.length <= MAX_TEXT ? v.trim() : null);
  const [period, district, staff] = [text(q.period), text(q.district), text(q.staff ?? '')];
  if (period === null || period === '' || district === null || staff === null) return null;
  if (q.act !== 'certify' && q.act !== 'reopen') return null;
  return { period, district: normaliseText(district), act: q.act, staff };
}

/** The staff emails typed (the certifier's own added when known), or the first text that is not an email. */
function readStaff(typed: string, me: string): { ok: true; staff: string[] } | { ok: false; message: Text } {
  const parts = typed.split(/[,;\s]+/).filter((p) => p !== '');
  const bad = parts.find((p) => !EMAIL.test(p));
  if (bad !== undefined) return { ok: false, message: M.badStaff(bad) };
  const staff = [...new Set([...(me ? [me] : []), ...parts.map((p) => p.toLowerCase())])];
  return staff.length > 0 ? { ok: true, staff } : { ok: false, message: M.noStaff };
}

function figuresOf(group: Group, form: FormSpec): CertifiedFigures {
  const sums = rollupMetrics(form)
    .filter((m) => group.sums[m.key] !== undefined)
    .map((m) => ({
      header: m.unit.th ? `${m.label.th} (${m.unit.th})` : m.label.th,
      value: m.money ? formatSatang(group.sums[m.key]) : formatInteger(group.sums[m.key]),
    }));
  return {
    laosReported: group.laosReported,
    laosTotal: group.laosTotal,
    reportingRate: group.participation,
    onTimeRate: group.onTimeRate,
    entries: group.entries,
    rowsPending: group.rowsPending,
    sums,
  };
}

/** The request checked against the report: the figures of its level and the sheet rows dated in the period. */
function plan(services: Services, request: CertifyRequest, today?: CalendarDay) {
  const parsed = parsePeriod(request.period);
  if (!parsed.ok) return { ok: false as const, message: parsed.message };
  const period: Period = parsed.period;
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const form = workbookForm(props);
  const days = sheetDays(ss, services.utilities);
  const checked = checkReportSheet(ss, form, today ?? todayIn(days, services), props, days);
  if (!checked.ok) return checked;
  const { province, registry, validation, sheet, rows } = checked.checked;
  if (!province) return { ok: false as const, message: M.badRequest };
  const result = rollup({
    form,
    sheets: [{ file: '', sheet: '', province, validation }],
    registry,
    period,
    targets: null,
    timelyDays: workbookTimelyDays(props),
  });
  const group =
    request.district === ''
      ? result.root
      : result.root.children.find((g) => normaliseText(g.name) === request.district);
  if (!group) return { ok: false as const, message: M.unknownDistrict(request.district) };
  const dated: number[] = [];
  for (const row of validation.table.rows()) if (row.date && periodContains(period, row.date)) dated.push(row.sheetRow);
  return {
    ok: true as const,
    ss,
    props,
    sheet,
    period,
    key: periodKey(period),
    label: periodLabel(period).th,
    figures: figuresOf(group, form),
    runs: rowRuns(dated),
    width: Math.max(1, ...rows.slice(0, 1).map((r) => r.length)),
    provinceName: province.nameTh,
    days,
  };
}

type Planned = Extract<ReturnType<typeof plan>, { ok: true }>;

/** Why the act may not be done on the period as recorded, or null. */
function refusal(records: readonly CertificationRecord[], p: Planned, request: CertifyRequest): Text | null {
  const province = latestCertification(records, p.key, 'province');
  const closed = province?.act === 'certify';
  if (request.district !== '') {
    if (closed) return M.provinceClosedForDistrict(p.label);
    const latest = latestCertification(records, p.key, 'district', request.district);
    if (request.act === 'reopen' && latest?.act !== 'certify') return M.notCertified(p.label);
    return null;
  }
  if (request.act === 'certify' && closed) return M.alreadyCertified(p.label, province.by, province.at);
  if (request.act === 'reopen' && !closed) return M.notCertified(p.label);
  return null;
}

/** Does the act under the document lock: the record, the protections, the audit row, the closed periods, one flush. */
function recordAct(
  services: Services,
  p: Planned,
  request: CertifyRequest,
  staff: string[],
  who: string,
): CertifyAnswer {
  const { ss, props, sheet } = p;
  const made = generatedSheet(ss, props, 'certifications', CERTIFICATION_SHEET);
  const log = openAuditLog(ss, props, sheet, 1);
  if (made.created) {
    made.sheet.getRange(1, 1, 1, certificationHeader(p.figures).length).setValues([certificationHeader(p.figures)]);
    made.sheet.setFrozenRows(1);
    sheet.activate();
  }
  const lock = services.lockService.getDocumentLock();
  if (!lock) return fail(entryMessages.noDocumentLock);
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail(entryMessages.busyRetrying);
  try {
    const records = readCertifications(toCellValues(made.sheet.getDataRange().getValues(), p.days));
    const refused = refusal(records, p, request);
    if (refused) return fail(refused);
    const description = M.protection(p.label).th;
    const existing = request.district === '' ? periodProtections(sheet, services.spreadsheetApp, description) : [];
    if (request.act === 'reopen' && existing.some((x) => !x.canEdit())) return fail(M.mayNotReopen(p.label));
    const record: CertificationRecord = {
      period: p.key,
      level: request.district === '' ? 'province' : 'district',
      district: request.district,
      act: request.act,
      by: who,
      at: bangkokDateTime(services.now ? services.now() : Date.now()),
    };
    const row = certificationRow(record, p.label, request.act === 'certify' ? p.figures : null);
    made.sheet.getRange(made.sheet.getLastRow() + 1, 1, 1, row.length).setValues([row]);
    if (record.level === 'province') {
      for (const x of existing) x.remove();
      if (request.act === 'certify') protectRuns(sheet, p.runs, p.width, description, staff);
      saveClosedPeriods(props, closedPeriods([...records, record]));
    }
    const level = M.level[record.level];
    const act = { kind: request.act, row: 0, owner: record.district || p.provinceName, before: '', after: '' };
    const after = `${p.label} · ${level.th} · ${figuresText(p.figures).th}`;
    appendAudit(log, auditRows([{ ...act, after }], { time: record.at, who, sheetName: CERTIFICATION_SHEET }));
    services.spreadsheetApp.flush();
    if (request.act === 'reopen') return { ok: true, message: M.reopened(p.label, level).th };
    const closedNote = record.level === 'province' ? M.closedNote.th : '';
    return {
      ok: true,
      message: M.certified(p.label, level, figuresText(p.figures).th, p.figures.rowsPending).th + closedNote,
    };
  } catch (e) {
    const detail = errorText(e);
    return fail(isProtectionError(detail) ? M.mayNotReopen(p.label) : entryMessages.writeFailed(detail));
  } finally {
    lock.releaseLock();
  }
}

/** The dialog's call: one act, checked, then recorded under the lock; plain JSON, Thai text. */
export function certifyWith(services: Services, raw: unknown, today?: CalendarDay): CertifyAnswer {
  const request = readRequest(raw);
  if (!request) return fail(M.badRequest);
  const identity = activeUser(services.session);
  const who = userText(identity)?.th ?? '';
  const p = plan(services, request, today);
  if (!p.ok) return fail(p.message);
  let staff: string[] = [];
  if (request.district === '' && request.act === 'certify') {
    const read = readStaff(request.staff, identity.email.toLowerCase());
    if (!read.ok) return fail(read.message);
    staff = read.staff;
    p.props.setProperty(STAFF_KEY, read.staff.join(', '));
  }
  return recordAct(services, p, request, staff, who);
}

/** The dialog's first call: periods, districts of the registry (or the report), the staff named last, each state. */
export function certifyContext(services: Services, today?: CalendarDay): CertifyDialogContext {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const days = sheetDays(ss, services.utilities);
  const day = today ?? todayIn(days, services);
  const checked = checkReportSheet(ss, workbookForm(props), day, props, days);
  const districts: string[] = [];
  if (checked.ok) {
    const { province, registry, validation } = checked.checked;
    const reg = province ? registry?.provinces.get(province.code) : undefined;
    if (reg) districts.push(...reg.districts.map((d) => d.name));
    else
      for (const row of validation.table.rows())
        if (row.district && !districts.includes(row.district)) districts.push(row.district);
  }
  const sheet = madeSheet(ss, props, 'certifications');
  const records = sheet ? readCertifications(toCellValues(sheet.getDataRange().getValues(), days)) : [];
  return certifyDialogContext(day, districts, props.getProperty(STAFF_KEY) ?? '', records);
}
