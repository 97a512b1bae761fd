// The entry sidebar's รายการที่ถูกส่งกลับแก้ไข (dist/Sidebar.html on the fake DOM): choosing an อปท. asks for its returned
// rows, a row opened fills the form under a banner, its submission replaces that row (kept across a retry), a cancel
// makes a new entry again, a refusal keeps what was typed, and a failed list leaves the form to work as before.

import { entryContext, submitEntryWith } from '../../src/addon/actions/entry';
import { returnedEntries } from '../../src/addon/actions/returnedEntries';
import { reviewContext, submitReviewWith } from '../../src/addon/actions/review';
import type { EntryContextReady, EntryPayload, ReturnedEntry, SubmitResult } from '../../src/addon/entry/types';
import type { ReviewContextReady } from '../../src/addon/review/types';
import { entryMessages } from '../../src/core/messages/entry';
import { returnedPanelMessages as R } from '../../src/core/messages/returnedPanel';
import type { Twin } from '../../src/twin';
import { type DialogPage, type FakeElement, openDialogPage } from '../support/dialogPage';
import { officerTwin } from '../support/manifestTwin';
import { OFFICE_HEADER, REVIEW_HEADERS } from '../support/officeHeader';

const TODAY = { year: 2026, month: 11, day: 21 };
const REPORT = 'รายงานผล';
const HEADER = [...OFFICE_HEADER, ...REVIEW_HEADERS];
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function reportTwin(): Twin {
  const twin = officerTwin({ userEmail: 'officer@phayao.go.th' });
  twin.workbook.addSheet(REPORT, [
    ['จังหวัดพะเยา', ...HEADER.slice(1).map(() => '')],
    [...HEADER],
    [1, 'เมืองพะเยา', 'ทต.แม่กา', '1/11/2569', 'ข้าว', 'https://www.facebook.com/share/p/1001/', 2, 1000, 3, '', '', ''],
    [2, 'จุน', 'ทต.จุน', '2/11/2569', 'ผ้าทอ', 'https://www.facebook.com/share/p/1002/', 1, 500, 2, '', '', ''],
  ]);
  return twin;
}

const CONTEXT = json(entryContext(reportTwin().services, TODAY)) as EntryContextReady;
const laoCode = (label: string) =>
  CONTEXT.districts.flatMap((d) => d.laos).find((l) => l.label === label)?.code ?? 'missing';

const ROW3: ReturnedEntry = {
  row: 3,
  fingerprint: 'fp-3',
  date: '1 พฤศจิกายน 2569',
  reason: 'รายรับไม่ตรงหลักฐาน',
  values: {
    date: '2026-11-01',
    product: 'ข้าว',
    links: ['https://www.facebook.com/share/p/1001/', 'https://www.facebook.com/share/p/1003/'],
    salesCount: '2',
    revenue: '1000',
    beneficiaries: '3',
    note: '',
  },
};
const ROW7: ReturnedEntry = { ...ROW3, row: 7, fingerprint: 'fp-7', date: '5 พฤศจิกายน 2569', reason: '' };

const recorded = (row: number): SubmitResult => ({
  status: 'recorded',
  row,
  sheetName: REPORT,
  duplicate: false,
  recorded: {},
  submittedAt: '2026-11-21T10:00:00+07:00',
  message: entryMessages.recorded(row, REPORT),
});

async function opened(ctx: EntryContextReady = CONTEXT): Promise<DialogPage> {
  const page = await openDialogPage('Sidebar');
  page.pending[0].answer(ctx);
  await page.settle();
  return page;
}

/** The last call of that name, answered or not. */
function lastCall(page: DialogPage, name: string) {
  const found = page.calls.filter((c) => c.name === name).at(-1);
  if (!found) throw new Error(`no ${name} call`);
  return found;
}

const names = (page: DialogPage) => page.calls.map((c) => c.name);
const panel = (page: DialogPage) => page.byId('returned');
const banner = (page: DialogPage) => page.byId('correcting');
const form = (page: DialogPage) => page.app.find('form')[0];
const submitButton = (page: DialogPage) =>
  form(page)
    .find('button')
    .find((b) => b.type === 'submit') as FakeElement;
const linkValues = (page: DialogPage) =>
  page
    .byId('f-links')
    .find('input')
    .map((i) => i.value);

async function choose(page: DialogPage, district: string, lao: string): Promise<void> {
  page.byId('f-district').enter(district);
  page.byId('f-lao').enter(lao);
  await page.settle();
}

/** ทต.แม่กา chosen, its list answered with `rows`. */
async function withRows(rows: readonly ReturnedEntry[]): Promise<DialogPage> {
  const page = await opened();
  await choose(page, 'เมืองพะเยา', 'ทต.แม่กา');
  lastCall(page, 'getReturnedEntries').answer({ ok: true, rows });
  await page.settle();
  return page;
}

/** Ticks the warnings (if any) and presses บันทึก; the submitEntry call it made. */
async function submit(page: DialogPage) {
  page.byId('confirm-warnings').checked = true;
  const before = page.calls.length;
  submitButton(page).click();
  await page.settle();
  const call = page.calls.slice(before).find((c) => c.name === 'submitEntry');
  if (!call) throw new Error(`no submitEntry call: ${page.byId('summary').textContent} ${form(page).textContent}`);
  return call;
}

test('no owner chosen: nothing asked and no panel; an owner without returned rows: asked by code and name, no panel', async () => {
  const page = await opened();
  expect(names(page)).toEqual(['getEntryContext']);
  expect(panel(page).hidden).toBe(true);
  // the district alone is no owner yet
  page.byId('f-district').enter('เมืองพะเยา');
  await page.settle();
  expect(names(page)).toEqual(['getEntryContext']);
  page.byId('f-lao').enter('ทต.แม่กา');
  expect(lastCall(page, 'getReturnedEntries').args).toEqual([{ code: laoCode('ทต.แม่กา'), name: 'ทต.แม่กา' }]);
  lastCall(page, 'getReturnedEntries').answer({ ok: true, rows: [] });
  await page.settle();
  expect(panel(page)).toMatchObject({ hidden: true, textContent: '' });
  expect(banner(page).hidden).toBe(true);
});

test('returned rows: a panel above the form with their number, one line each with the date, the reason and แก้ไข', async () => {
  const page = await withRows([ROW3, ROW7]);
  expect(panel(page).hidden).toBe(false);
  expect(page.app.children.indexOf(panel(page))).toBeLessThan(page.app.children.indexOf(form(page)));
  expect(page.byId('returned-heading').textContent).toBe('รายการที่ถูกส่งกลับแก้ไข (2)');
  const lines = panel(page).find('li');
  expect(lines.map((l) => l.find('p')[0].textContent)).toEqual([
    '1 พฤศจิกายน 2569 รายรับไม่ตรงหลักฐาน',
    `5 พฤศจิกายน 2569 ${R.noReason.th}`,
  ]);
  expect(lines.map((l) => [l.find('button')[0].textContent, l.find('button')[0].getAttribute('aria-label')])).toEqual([
    ['แก้ไข', 'แก้ไขแถวที่ 3 วันที่ 1 พฤศจิกายน 2569'],
    ['แก้ไข', 'แก้ไขแถวที่ 7 วันที่ 5 พฤศจิกายน 2569'],
  ]);
  // another อปท.: the list goes at once, and only the answer for the owner chosen last is shown
  page.byId('f-lao').enter('อบต.แม่ใส');
  const late = lastCall(page, 'getReturnedEntries');
  expect(panel(page).hidden).toBe(true);
  page.byId('f-district').enter('จุน');
  page.byId('f-lao').enter('ทต.จุน');
  lastCall(page, 'getReturnedEntries').answer({ ok: true, rows: [] });
  late.answer({ ok: true, rows: [ROW3] });
  await page.settle();
  expect(panel(page).hidden).toBe(true);
});

test('an owner remembered from last time is asked for on opening', async () => {
  const page = await opened({ ...CONTEXT, last: { district: 'เมืองพะเยา', lao: 'ทต.แม่กา' } });
  expect(names(page)).toEqual(['getEntryContext', 'getReturnedEntries']);
  lastCall(page, 'getReturnedEntries').answer({ ok: true, rows: [ROW3] });
  await page.settle();
  expect(page.byId('returned-heading').textContent).toBe('รายการที่ถูกส่งกลับแก้ไข (1)');
});

test('แก้ไข fills the fields with the row’s values under a banner naming the row and the reason', async () => {
  const page = await withRows([ROW3, ROW7]);
  page.byId('f-product').enter('ของอื่น');
  panel(page).find('button')[0].click();
  expect(banner(page).hidden).toBe(false);
  expect(page.byId('correcting-text').textContent).toBe('กำลังแก้ไขแถวที่ 3 ที่ถูกส่งกลับ: รายรับไม่ตรงหลักฐาน');
  expect(page.focused()).toBe(page.byId('correcting-text'));
  expect(page.byId('cancel-correction').textContent).toBe('ยกเลิกการแก้ไข');
  expect(
    ['date', 'product', 'salesCount', 'revenue', 'beneficiaries', 'note'].map((k) => page.byId(`f-${k}`).value),
  ).toEqual(['2026-11-01', 'ข้าว', '2', '1000', '3', '']);
  expect(linkValues(page)).toEqual(ROW3.values.links);
  // each link box read as if typed, the owner as chosen
  expect(
    page
      .byId('f-links')
      .find('p')
      .filter((p) => p.className === 'platform').length,
  ).toBe(2);
  expect([page.byId('f-district').value, page.byId('f-lao').value]).toEqual(['เมืองพะเยา', 'ทต.แม่กา']);
});

test('the correction’s submission replaces its row; once recorded the banner goes, the list is asked again and empty', async () => {
  const page = await withRows([ROW3]);
  panel(page).find('button')[0].click();
  page.byId('f-revenue').enter('1200');
  const call = await submit(page);
  const sent = call.args[0] as EntryPayload;
  expect(sent.replaces).toEqual({ row: 3, fingerprint: 'fp-3' });
  expect(sent.values).toMatchObject({ lao: 'ทต.แม่กา', district: 'เมืองพะเยา', revenue: '1200', product: 'ข้าว' });
  const asked = page.calls.filter((c) => c.name === 'getReturnedEntries').length;
  call.answer(recorded(3));
  await page.settle();
  expect(banner(page).hidden).toBe(true);
  expect(page.app.find('section').find((s) => s.className === 'result')?.hidden).toBe(false);
  expect(page.calls.filter((c) => c.name === 'getReturnedEntries').length).toBe(asked + 1);
  lastCall(page, 'getReturnedEntries').answer({ ok: true, rows: [] });
  await page.settle();
  expect(panel(page).hidden).toBe(true);
  // the next entry is a new one, as after any submission
  page.app
    .find('button')
    .find((b) => b.textContent === 'บันทึกรายการถัดไป')
    ?.click();
  expect(page.byId('f-product').value).toBe('');
  page.byId('f-product').enter('ข้าวกล้อง');
  page.byId('f-links').find('input')[0].enter('https://www.facebook.com/share/p/9/');
  page.byId('f-salesCount').enter('1');
  const next = (await submit(page)).args[0] as EntryPayload;
  expect(next.replaces).toBeUndefined();
  expect(next.id).not.toBe(sent.id);
});

test('a correction whose answer was lost is tried again with the same id and the same row to replace', async () => {
  const page = await withRows([ROW3]);
  panel(page).find('button')[0].click();
  const first = await submit(page);
  first.fail('NetworkError: Connection failure due to HTTP 0');
  await page.settle();
  const second = lastCall(page, 'submitEntry');
  expect(second).not.toBe(first);
  const [a, b] = [first.args[0], second.args[0]] as EntryPayload[];
  expect([b.id, b.attempt, b.replaces]).toEqual([a.id, a.attempt + 1, { row: 3, fingerprint: 'fp-3' }]);
  second.answer({ ...recorded(3), duplicate: true });
  await page.settle();
  expect(banner(page).hidden).toBe(true);
});

test('ยกเลิกการแก้ไข: the banner goes, the form is a new entry again and its submission replaces nothing', async () => {
  const page = await withRows([ROW3]);
  panel(page).find('button')[0].click();
  page.byId('cancel-correction').click();
  expect(banner(page).hidden).toBe(true);
  expect([page.byId('f-product').value, page.byId('f-revenue').value, linkValues(page)]).toEqual(['', '', ['']]);
  expect(page.byId('f-lao').value).toBe('ทต.แม่กา');
  // the returned row is still there to open
  expect(panel(page).hidden).toBe(false);
  page.byId('f-links').find('input')[0].enter('https://www.facebook.com/share/p/5/');
  page.byId('f-salesCount').enter('1');
  const sent = (await submit(page)).args[0] as EntryPayload;
  expect(sent.replaces).toBeUndefined();
  expect(sent.values).toMatchObject({ salesCount: '1', product: '' });
});

test('a refused correction shows the server’s message and keeps the form filled and the banner; the list is asked again', async () => {
  const page = await withRows([ROW3]);
  panel(page).find('button')[0].click();
  page.byId('f-revenue').enter('1200');
  const call = await submit(page);
  const asked = page.calls.filter((c) => c.name === 'getReturnedEntries').length;
  call.answer({ status: 'failed', message: entryMessages.correctionChanged });
  await page.settle();
  expect(
    form(page)
      .find('div')
      .find((d) => d.className === 'status')?.textContent,
  ).toBe(entryMessages.correctionChanged.th);
  expect([form(page).hidden, banner(page).hidden]).toEqual([false, false]);
  expect([page.byId('f-revenue').value, page.byId('f-product').value]).toEqual(['1200', 'ข้าว']);
  expect(page.calls.filter((c) => c.name === 'getReturnedEntries').length).toBe(asked + 1);
});

test('when the list cannot be had, one line says so and a new entry is recorded as before', async () => {
  const page = await opened();
  await choose(page, 'เมืองพะเยา', 'ทต.แม่กา');
  lastCall(page, 'getReturnedEntries').fail('Exception: Service Spreadsheets timed out');
  await page.settle();
  expect(panel(page).hidden).toBe(false);
  expect(
    panel(page)
      .find('p')
      .map((p) => [p.className, p.textContent]),
  ).toEqual([['error', R.listFailed('Exception: Service Spreadsheets timed out').th]]);
  page.byId('f-lao').enter('อบต.แม่ใส');
  lastCall(page, 'getReturnedEntries').answer({ ok: false, message: 'ยังไม่พบหัวตารางของแบบรายงาน' });
  await page.settle();
  expect(panel(page).textContent).toBe(R.listFailed('ยังไม่พบหัวตารางของแบบรายงาน').th);
  page.byId('f-links').find('input')[0].enter('https://www.facebook.com/share/p/6/');
  page.byId('f-salesCount').enter('2');
  const call = await submit(page);
  expect((call.args[0] as EntryPayload).replaces).toBeUndefined();
  call.answer(recorded(9));
  await page.settle();
  expect(page.app.find('h2').find((h) => h.id === 'result-heading')?.textContent).toBe(
    entryMessages.recorded(9, REPORT).th,
  );
});

test('with the add-on’s own functions on a twin: the returned row is opened, corrected and replaced in place', async () => {
  const twin = reportTwin();
  twin.setUser('amphoe@phayao.go.th');
  const listed = json(
    reviewContext(twin.services, { district: '', period: '', filter: 'all' }, TODAY),
  ) as ReviewContextReady;
  const fingerprint = listed.rows.find((r) => r.row === 3)?.fingerprint ?? '';
  submitReviewWith(twin.services, {
    decisions: [{ row: 3, verdict: 'return', note: 'รายรับไม่ตรงหลักฐาน', fingerprint }],
  });
  twin.setUser('officer@phayao.go.th');
  const sheet = twin.workbook.sheet(REPORT);
  const lastRow = sheet.getLastRow();
  const functions: Record<string, (arg: unknown) => unknown> = {
    getEntryContext: () => entryContext(twin.services, TODAY),
    getReturnedEntries: (owner) => returnedEntries(twin.services, owner, TODAY),
    submitEntry: (payload) => submitEntryWith(twin.services, TODAY, payload),
  };
  const page = await openDialogPage('Sidebar', { server: (name, args) => functions[name](args[0]) });
  await choose(page, 'เมืองพะเยา', 'ทต.แม่กา');
  expect(page.byId('returned-heading').textContent).toBe('รายการที่ถูกส่งกลับแก้ไข (1)');
  panel(page).find('button')[0].click();
  page.byId('f-revenue').enter('1200');
  await submit(page);
  await page.settle();
  expect(lastCall(page, 'submitEntry').answered).toMatchObject({ status: 'recorded', row: 3 });
  expect(sheet.getLastRow()).toBe(lastRow);
  expect([sheet.valueAt(3, 8), sheet.valueAt(3, 11)]).toEqual([1200, 'รอตรวจ']);
  expect(panel(page).hidden).toBe(true);
  expect(names(page).filter((n) => n === 'getReturnedEntries').length).toBe(2);
});
