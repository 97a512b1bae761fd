// ส่งอีเมลติดตามผล: for a period, under the document lock, each province with addresses in ทะเบียนไฟล์จังหวัด (in register
// order) has its files read again for that period, rolled up and turned into follow-up messages, and gets one e-mail when
// some อปท. are still to report; at most the day's MailApp quota, never twice for one period and province (บันทึกการส่งอีเมล).

import type { Services } from '../addon/adapter/services';
import { type SheetDays, sheetDays, todayIn } from '../addon/adapter/sheetDays';
import { STOP_AT_MS } from '../addon/consolidate/execution';
import { type ReadContext, readAndCheck } from '../addon/consolidate/readSource';
import { readRegister } from '../addon/consolidate/registerSheet';
import type { PlannedSource } from '../addon/consolidate/sources';
import { errorText } from '../addon/failure';
import { REGISTRY_MADE_KEY, readRegistrySheet } from '../addon/registrySheet';
import { workbookForm } from '../addon/workbookForm';
import { buildFollowup, type Followup } from '../core/followup/followup';
import type { FormSpec } from '../core/form/types';
import { provinceByCode } from '../core/geo/provinces';
import { consolidateMessages } from '../core/messages/consolidate';
import { followupMailMessages as F, type MailResultKind } from '../core/messages/followupMail';
import { bangkokDateTime, centralRunMessages as C, nationalRunMessages as N } from '../core/messages/nationalRun';
import type { Text } from '../core/messages/text';
import { type Period, parsePeriod, periodLabel } from '../core/period/period';
import type { RegistryIndex } from '../core/registry/match';
import { type RollupSheet, rollup } from '../core/rollup/rollup';
import type { CalendarDay } from '../core/validate/validateSheet';
import { centralMailApp, checkConsent } from './authorization';
import { alreadySent, appendToLog, type MailLog, type MailLogEntry, openMailLog } from './mailLog';
import { FILE_SCOPES, readFile } from './readFile';

/** What MailApp.sendEmail and getRemainingDailyQuota need (MailApp reference, "Authorization"). */
export const MAIL_SCOPES: readonly string[] = ['https://www.googleapis.com/auth/script.send_mail'];

const LOCK_WAIT_MS = 5_000;

export interface MailRunOutcome {
  readonly ok: boolean;
  readonly message: Text;
  /** one line a province, in register order */
  readonly lines: readonly Text[];
  /** addresses of the register left out, a log made again */
  readonly notices: readonly Text[];
}

interface MailRun {
  readonly services: Services;
  readonly read: ReadContext;
  readonly period: Period;
  readonly log: MailLog;
  readonly sources: readonly PlannedSource[];
  readonly startedAt: number;
  /** the rows written at the end: every result but a sent e-mail, whose row is written as soon as it has gone */
  readonly unsent: MailLogEntry[];
  readonly lines: Text[];
  readonly counts: Record<MailResultKind, number>;
  /** the quota ran out: the provinces after it wait for tomorrow */
  quotaOut: boolean;
}

const refuse = (message: Text, notices: readonly Text[] = []): MailRunOutcome => ({
  ok: false,
  message,
  lines: [],
  notices,
});

const now = (services: Services): number => (services.now ? services.now() : Date.now());

/** The whole run; `today` is today in the workbook's zone when undefined (tests fix it). */
export function sendFollowupEmails(
  services: Services,
  today: CalendarDay | undefined,
  periodText: string,
): MailRunOutcome {
  const parsed = parsePeriod(periodText);
  if (!parsed.ok) return refuse(parsed.message);
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const form = workbookForm(props);
  // a form whose rows belong to people has no list of who should report: nobody to follow up by name
  if (form.ownerFigures) return refuse(F.notForPersons);
  const consent = checkConsent([...FILE_SCOPES, ...MAIL_SCOPES], F.notAuthorizedHint)(services);
  if (consent) return refuse(consent);
  // null outside a spreadsheet's own script (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())
  const lock = services.lockService.getDocumentLock();
  if (!lock) return refuse(N.notBound);
  if (!lock.tryLock(LOCK_WAIT_MS)) return refuse(N.lockBusy);
  try {
    const days = sheetDays(ss, services.utilities);
    return underLock(services, { form, days, today: today ?? todayIn(days, services), period: parsed.period });
  } finally {
    lock.releaseLock();
  }
}

function underLock(
  services: Services,
  input: { form: FormSpec; days: SheetDays; today: CalendarDay; period: Period },
): MailRunOutcome {
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const register = readRegister(ss, input.days);
  if (!register.ok) return refuse(register.message);
  const notices = [...register.contactProblems];
  if (register.contacts.size === 0) return refuse(F.noContacts, notices);
  const registry = readRegistrySheet(ss, props.getProperty(REGISTRY_MADE_KEY) !== null, input.days);
  if (!registry.ok) return refuse(registry.message, notices);
  if (!registry.index) return refuse(F.noRegistry, notices);
  const log = openMailLog(ss, props, input.days);
  if (log.notice) notices.push(log.notice);
  const run: MailRun = {
    services,
    read: readContext(services, input, registry.index),
    period: input.period,
    log,
    sources: register.sources,
    startedAt: now(services),
    unsent: [],
    lines: [],
    counts: { sent: 0, alreadySent: 0, nothingToSend: 0, quota: 0, unreadable: 0, sendFailed: 0 },
    quotaOut: false,
  };
  const entries = [...register.contacts];
  let left = 0;
  for (let i = 0; i < entries.length; i++) {
    if (now(services) - run.startedAt > STOP_AT_MS) {
      left = entries.length - i;
      break;
    }
    const [code, recipients] = entries[i];
    province(run, code, recipients);
  }
  appendToLog(log, run.unsent);
  const message = F.done(run.counts, periodLabel(input.period));
  return { ok: true, message: left > 0 ? join(message, F.timeUp(left)) : message, lines: run.lines, notices };
}

function readContext(
  services: Services,
  input: { form: FormSpec; days: SheetDays; today: CalendarDay },
  registry: RegistryIndex,
): ReadContext {
  return {
    app: services.spreadsheetApp,
    active: services.spreadsheetApp.getActiveSpreadsheet(),
    form: input.form,
    today: input.today,
    // the e-mails roll the rows up for their period themselves; a province's certification is not needed for them
    period: null,
    registry,
    readFile,
    days: input.days,
    utilities: services.utilities,
  };
}

const join = (a: Text, b: Text): Text => ({ th: `${a.th}\n${b.th}`, en: `${a.en}\n${b.en}` });

/** One province: skipped, read, sent or not; its row is logged (at once when sent, at the end otherwise). */
function province(run: MailRun, code: string, recipients: readonly string[]): void {
  const name = provinceByCode(code)?.nameTh ?? code;
  const { kind, detail } = attempt(run, code, name, recipients);
  const entry: MailLogEntry = {
    time: bangkokDateTime(now(run.services)),
    province: name,
    period: run.period,
    recipients,
    kind,
    detail,
  };
  // a sent e-mail is logged before the next province is touched: if the execution dies later in the run, the next run
  // finds this row and does not send this period's e-mail to this province again
  if (kind === 'sent') appendToLog(run.log, [entry]);
  else run.unsent.push(entry);
  run.counts[kind]++;
  run.lines.push(F.line(name, F.result[kind], detail));
}

/** What becomes of one province: the e-mail is sent here when there is one to send and the quota holds it. */
function attempt(
  run: MailRun,
  code: string,
  name: string,
  recipients: readonly string[],
): { kind: MailResultKind; detail: Text | null } {
  if (alreadySent(run.log, name, run.period)) return { kind: 'alreadySent', detail: null };
  if (run.quotaOut) return { kind: 'quota', detail: F.quotaStopped };
  const built = followupOf(run, code);
  if (!built.ok) return { kind: 'unreadable', detail: built.detail };
  if (built.followup.districtMessages.length === 0) return { kind: 'nothingToSend', detail: null };
  const mail = centralMailApp(run.services);
  // the quota counts recipients, not messages (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota())
  const quota = mail.getRemainingDailyQuota();
  if (recipients.length > quota) {
    run.quotaOut = true;
    return { kind: 'quota', detail: F.quotaLeft(recipients.length, quota) };
  }
  try {
    const { subject, body } = mailOf(run.read.form, built.followup);
    mail.sendEmail(recipients.join(','), subject, body);
  } catch (e) {
    return { kind: 'sendFailed', detail: C.googleSaid(errorText(e)) };
  }
  return { kind: 'sent', detail: null };
}

type Built = { ok: true; followup: Followup } | { ok: false; detail: Text };

/** The province's files read again for the period (all of them, or none counts), rolled up and turned into messages. */
function followupOf(run: MailRun, code: string): Built {
  const sources = run.sources.filter((s) => s.hint === code);
  if (sources.length === 0) return { ok: false, detail: F.noFile };
  const sheets: RollupSheet[] = [];
  for (const source of sources) {
    const check = readAndCheck(run.read, source);
    if (!check.ok) {
      const label = consolidateMessages.statusLabel[check.status.status];
      const detail = check.status.detail;
      return {
        ok: false,
        detail: detail ? { th: `${label.th}: ${detail.th}`, en: `${label.en}: ${detail.en}` } : label,
      };
    }
    if (check.province.code !== code) return { ok: false, detail: F.otherProvince(check.province.nameTh) };
    sheets.push({ file: source.label, sheet: check.sheet, province: check.province, validation: check.validation });
  }
  const { form, registry, today } = run.read;
  const result = rollup({ form, sheets, registry, period: run.period, targets: null });
  const built = buildFollowup({ form, result, today });
  return built.ok ? { ok: true, followup: built.followup } : { ok: false, detail: built.message };
}

/** The e-mail: the programme, province and period in the subject; the province's message, then each district's. */
export function mailOf(form: FormSpec, followup: Followup): { subject: string; body: string } {
  const subject = F.subject(form.title, followup.province.nameTh, periodLabel(followup.period)).th;
  const parts = [followupMessagesTh(followup.provinceMessage), ...followup.districtMessages.map(followupMessagesTh)];
  return { subject, body: parts.join('\n\n────────────────\n\n') };
}

const followupMessagesTh = (m: { readonly text: Text }): string => m.text.th;
