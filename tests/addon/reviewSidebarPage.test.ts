// The ตรวจรับข้อมูล sidebar's page (dist/ReviewSidebar.html, built from src/reviewSidebar) on the fake DOM, its server
// calls answered here: it asks for the list first, shows a card per row, keeps approve / return choices (undone by a
// second press), refuses a return without a reason in the page, and saves every decision in one call, then asks again.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReviewAnswer, ReviewContextReady, ReviewQuery, ReviewRow } from '../../src/addon/review/types';
import { reviewSidebarMessages as M } from '../../src/core/messages/reviewSidebar';
import { DIST } from '../support/appsScriptSandbox';
import { type DialogPage, type FakeElement, openDialogPage } from '../support/dialogPage';
import { expectSelfContainedPage } from '../support/pageContract';

function row(n: number, lao: string, extra: Partial<ReviewRow> = {}): ReviewRow {
  return {
    row: n,
    district: 'เมืองพะเยา',
    lao,
    date: '15 ต.ค. 2568',
    status: 'pending',
    note: '',
    fields: [
      { label: 'ลิงก์', value: `https://www.facebook.com/p/${n}` },
      { label: 'จำนวนครั้ง', value: '12' },
    ],
    problems: [],
    fingerprint: `fp-${n}`,
    closed: '',
    ...extra,
  };
}

const ROWS: ReviewRow[] = [
  row(12, 'ทต.แม่กา'),
  row(13, 'อบต.บ้านต๋อม', {
    problems: [{ severity: 'error', message: 'ลิงก์ไม่ใช่ลิงก์ที่เปิดได้' }],
  }),
  row(14, 'ทม.พะเยา', { problems: [{ severity: 'warning', message: 'รายรับต่อครั้งสูงผิดปกติ' }] }),
  row(15, 'อบต.<b>แม่ใส</b>'),
];

function context(rows: readonly ReviewRow[] = ROWS, extra: Partial<ReviewContextReady> = {}): ReviewContextReady {
  return {
    ok: true,
    sheetName: 'รายงานผล',
    districts: ['เมืองพะเยา', 'จุน'],
    periods: [
      { key: '2569', label: 'ปีงบประมาณ 2569' },
      { key: '2569-Q1', label: 'ไตรมาส 1/2569' },
    ],
    chosen: { district: '', period: '2569', filter: 'pending' },
    rows,
    counts: { pending: rows.length, approved: 30, returned: 2 },
    truncated: false,
    ...extra,
  };
}

/** The page, its first call answered with `ctx`. */
async function opened(ctx: ReviewContextReady = context()): Promise<DialogPage> {
  const page = await openDialogPage('ReviewSidebar');
  page.pending[0].answer(ctx);
  await page.settle();
  return page;
}

function card(page: DialogPage, n: number): FakeElement {
  const found = page.app.find('article').find((a) => a.getAttribute('data-row') === String(n));
  if (!found) throw new Error(`no card of row ${n}`);
  return found;
}

function pressed(page: DialogPage, n: number): string[] {
  return ['approve', 'return'].filter((v) => page.byId(`${v}-${n}`).getAttribute('aria-pressed') === 'true');
}

test('is one self-contained page', () => {
  expectSelfContainedPage(readFileSync(join(DIST, 'ReviewSidebar.html'), 'utf8'));
});

test('asks getReviewContext first; when that fails, the sidebar says why and nothing else', async () => {
  const page = await openDialogPage('ReviewSidebar');
  expect(page.calls.map((c) => [c.name, c.args])).toEqual([
    ['getReviewContext', [{ district: '', period: '', filter: 'pending' }]],
  ]);
  page.pending[0].fail('Exception: ไม่พบแผ่นงานรายงานผล');
  await page.settle();
  expect(page.app.children.map((c) => [c.id, c.textContent, c.getAttribute('role')])).toEqual([
    ['msg', 'Exception: ไม่พบแผ่นงานรายงานผล', 'status'],
  ]);
});

test('a context the server refuses shows its message', async () => {
  const page = await openDialogPage('ReviewSidebar');
  page.pending[0].answer({ ok: false, message: 'ยังไม่พบหัวตารางของแบบรายงาน' });
  await page.settle();
  expect(page.byId('msg').textContent).toBe('ยังไม่พบหัวตารางของแบบรายงาน');
});

test('the lists, the counts and one card per row, their text as text', async () => {
  const page = await opened();
  const district = page.byId('district');
  expect(district.children.map((o) => [o.value, o.textContent])).toEqual([
    ['', 'ทุกอำเภอ'],
    ['เมืองพะเยา', 'เมืองพะเยา'],
    ['จุน', 'จุน'],
  ]);
  expect(page.byId('period').value).toBe('2569');
  expect(page.byId('filter').children.map((o) => o.textContent)).toEqual(['รอตรวจ', 'ทั้งหมด']);
  // every list has its label
  for (const id of ['district', 'period', 'filter'])
    expect(page.app.find('label').some((l) => l.htmlFor === id)).toBe(true);
  expect(page.byId('counts').textContent).toBe('รอตรวจ 4 · ผ่าน 30 · ส่งกลับแก้ไข 2');
  expect(page.byId('truncated').hidden).toBe(true);
  expect(page.app.find('article').map((a) => a.getAttribute('data-row'))).toEqual(['12', '13', '14', '15']);
  const first = card(page, 12);
  expect(first.find('h3')[0].textContent).toBe('ทต.แม่กา');
  expect(first.find('p')[0].textContent).toBe('เมืองพะเยา · 15 ต.ค. 2568 · แถวที่ 12');
  expect(first.find('span')[0]).toMatchObject({ className: 'chip pending', textContent: 'รอตรวจ' });
  expect(
    first
      .find('div')
      .filter((d) => d.find('dt').length === 1)
      .map((d) => d.textContent),
  ).toEqual(['ลิงก์https://www.facebook.com/p/12', 'จำนวนครั้ง12']);
  expect(
    card(page, 13)
      .find('li')
      .map((l) => [l.className, l.textContent]),
  ).toEqual([['error', 'ลิงก์ไม่ใช่ลิงก์ที่เปิดได้']]);
  expect(card(page, 14).find('li')[0].className).toBe('warning');
  expect(card(page, 15).find('h3')[0].textContent).toBe('อบต.<b>แม่ใส</b>');
  // nothing decided yet: nothing to save
  expect(page.byId('go')).toMatchObject({ textContent: 'บันทึกผลการตรวจ (0)', disabled: true });
  expect(page.byId('msg').getAttribute('role')).toBe('status');
});

test('a cut-short list says so', async () => {
  const page = await opened(context(ROWS, { truncated: true }));
  expect(page.byId('truncated')).toMatchObject({ hidden: false, textContent: M.truncated(4).th });
});

test('ผ่าน and ส่งกลับ toggle: marked, switched, undone by a second press; a return shows its reason box', async () => {
  const page = await opened();
  const reasonBox = () =>
    card(page, 12)
      .find('div')
      .find((d) => d.className === 'reason');
  expect(reasonBox()?.hidden).toBe(true);
  page.byId('approve-12').click();
  expect(pressed(page, 12)).toEqual(['approve']);
  expect(card(page, 12).className).toBe('card decided approve');
  expect(page.byId('approve-12').textContent).toBe('✓ ผ่าน');
  expect(page.byId('go')).toMatchObject({ textContent: 'บันทึกผลการตรวจ (1)', disabled: false });
  page.byId('return-12').click();
  expect(pressed(page, 12)).toEqual(['return']);
  expect(card(page, 12).className).toBe('card decided return');
  expect(reasonBox()?.hidden).toBe(false);
  // the reason is what a return needs next
  expect(page.focused()).toBe(page.byId('reason-12'));
  expect(page.byId('reason-12').required).toBe(true);
  expect(page.app.find('label').some((l) => l.htmlFor === 'reason-12')).toBe(true);
  page.byId('return-12').click();
  expect(pressed(page, 12)).toEqual([]);
  expect(card(page, 12).className).toBe('card');
  expect(reasonBox()?.hidden).toBe(true);
  expect(page.byId('go')).toMatchObject({ textContent: 'บันทึกผลการตรวจ (0)', disabled: true });
});

test('a return without a reason is refused in the page, with no server call, until the reason is typed', async () => {
  const page = await opened();
  page.byId('approve-12').click();
  page.byId('return-14').click();
  page.byId('reason-14').enter('   ');
  page.byId('go').click();
  await page.settle();
  expect(page.calls.map((c) => c.name)).toEqual(['getReviewContext']);
  expect(page.byId('msg')).toMatchObject({ textContent: M.reasonMissing([14]).th, className: '' });
  expect(page.byId('reason-14').getAttribute('aria-invalid')).toBe('true');
  expect(page.focused()).toBe(page.byId('reason-14'));
  expect(page.byId('go').disabled).toBe(false);
  page.byId('reason-14').enter('ลิงก์เปิดไม่ได้');
  expect(page.byId('reason-14').getAttribute('aria-invalid')).toBeNull();
  // every return has its reason now: the refusal is gone
  expect(page.byId('msg').textContent).toBe('');
  page.byId('go').click();
  expect(page.calls.map((c) => c.name)).toEqual(['getReviewContext', 'submitReview']);
});

test('save: every decision with its fingerprint in one submitReview call; the button held; the answer; the list again', async () => {
  const query: ReviewQuery = { district: 'เมืองพะเยา', period: '2569-Q1', filter: 'pending' };
  const page = await opened(context(ROWS, { chosen: query }));
  page.byId('approve-12').click();
  page.byId('return-13').click();
  page.byId('reason-13').enter('  ลิงก์เปิดไม่ได้ กรุณาแก้ไข ');
  page.byId('approve-15').click();
  page.byId('go').click();
  expect(page.byId('go').disabled).toBe(true);
  expect(page.byId('msg').textContent).toBe(M.saving.th);
  expect(page.byId('district').disabled).toBe(true);
  // nothing changes while the save runs
  page.byId('approve-14').click();
  page.byId('approve-all').click();
  expect(pressed(page, 14)).toEqual([]);
  const submits = page.calls.filter((c) => c.name === 'submitReview');
  expect(submits.map((c) => c.args)).toEqual([
    [
      {
        decisions: [
          { row: 12, verdict: 'approve', note: '', fingerprint: 'fp-12' },
          { row: 13, verdict: 'return', note: 'ลิงก์เปิดไม่ได้ กรุณาแก้ไข', fingerprint: 'fp-13' },
          { row: 15, verdict: 'approve', note: '', fingerprint: 'fp-15' },
        ],
      },
    ],
  ]);
  const answer: ReviewAnswer = {
    ok: true,
    message: 'บันทึกผลการตรวจแล้ว: ผ่าน 1 แถว ส่งกลับแก้ไข 1 แถว',
    recorded: [12, 13],
    refused: [{ row: 15, message: 'แถวนี้ถูกแก้ไขหลังจากแสดงรายการ กรุณาตรวจอีกครั้ง' }],
  };
  page.pending[0].answer(answer);
  await page.settle();
  expect(page.byId('msg')).toMatchObject({ className: 'ok' });
  // the refused rows' reasons under the message, in red
  expect(
    page
      .byId('msg')
      .all()
      .map((e) => [e.className, e.textContent]),
  ).toEqual([
    ['ok', `${answer.message}แถวที่ 15: แถวนี้ถูกแก้ไขหลังจากแสดงรายการ กรุณาตรวจอีกครั้ง`],
    ['refused', 'แถวที่ 15: แถวนี้ถูกแก้ไขหลังจากแสดงรายการ กรุณาตรวจอีกครั้ง'],
  ]);
  // the same query again, the list dimmed until it comes
  expect(page.calls.map((c) => [c.name, c.args])).toEqual([
    ['getReviewContext', [{ district: '', period: '', filter: 'pending' }]],
    ['submitReview', submits[0].args],
    ['getReviewContext', [query]],
  ]);
  expect(page.byId('rows').getAttribute('aria-busy')).toBe('true');
  const changed = row(15, 'อบต.แม่ใส', { fingerprint: 'fp-15b' });
  page.pending[0].answer(context([ROWS[2], changed], { chosen: query }));
  await page.settle();
  expect(page.app.find('article').map((a) => a.getAttribute('data-row'))).toEqual(['14', '15']);
  expect(pressed(page, 15)).toEqual([]);
  expect(page.byId('go')).toMatchObject({ textContent: 'บันทึกผลการตรวจ (0)', disabled: true });
  expect(page.byId('district').disabled).toBe(false);
  // the answer stays in view after the list came back
  expect(page.byId('msg').className).toBe('ok');
});

test('a failed save shows its message and keeps every decision for the next try', async () => {
  const page = await opened();
  page.byId('approve-12').click();
  page.byId('go').click();
  page.pending[0].fail('NetworkError: Connection failure due to HTTP 0');
  await page.settle();
  expect(page.byId('msg')).toMatchObject({
    textContent: 'NetworkError: Connection failure due to HTTP 0',
    className: '',
  });
  expect(pressed(page, 12)).toEqual(['approve']);
  expect(page.byId('go')).toMatchObject({ textContent: 'บันทึกผลการตรวจ (1)', disabled: false });
  expect(page.byId('approve-all').disabled).toBe(false);
  expect(page.calls.map((c) => c.name)).toEqual(['getReviewContext', 'submitReview']);
});

test('an answer that recorded nothing (the lock busy) keeps the decisions', async () => {
  const page = await opened();
  page.byId('approve-12').click();
  page.byId('go').click();
  page.pending[0].answer({ ok: false, message: 'ระบบไม่ว่าง', recorded: [], refused: [] });
  await page.settle();
  expect(page.byId('msg')).toMatchObject({ textContent: 'ระบบไม่ว่าง', className: '' });
  page.pending[0].answer(context());
  await page.settle();
  expect(pressed(page, 12)).toEqual(['approve']);
  expect(page.byId('go').textContent).toBe('บันทึกผลการตรวจ (1)');
});

test('ผ่านทั้งหมดที่แสดง approves the rows without errors and says the rows with errors are left one by one', async () => {
  const returned = row(16, 'ทต.บ้านตุ่น', { status: 'returned', note: 'ขาดลิงก์' });
  const page = await opened(context([...ROWS, returned]));
  page.byId('return-15').click();
  page.byId('approve-all').click();
  expect([12, 13, 14, 15, 16].map((n) => pressed(page, n))).toEqual([['approve'], [], ['approve'], ['return'], []]);
  expect(page.byId('msg').textContent).toBe(M.approvedShown(2, 1).th);
  expect(page.byId('msg').textContent).toContain('ทีละแถว');
  expect(page.byId('go').textContent).toBe('บันทึกผลการตรวจ (3)');
  expect(
    card(page, 16)
      .find('p')
      .map((p) => p.textContent),
  ).toContain('หมายเหตุผู้ตรวจ: ขาดลิงก์');
});

test('a row of a certified period says so on its card, and neither its buttons nor ผ่านทั้งหมดที่แสดง decide it', async () => {
  const closed = row(17, 'ทต.จุน', { closed: 'ไตรมาสที่ 1 ปีงบประมาณ 2569 จังหวัดรับรองผลแล้ว' });
  const page = await opened(context([row(12, 'ทต.แม่กา'), closed]));
  expect(
    card(page, 17)
      .find('p')
      .map((p) => p.textContent),
  ).toContain('ไตรมาสที่ 1 ปีงบประมาณ 2569 จังหวัดรับรองผลแล้ว');
  expect(page.byId('approve-17').disabled).toBe(true);
  page.byId('approve-17').click();
  page.byId('return-17').click();
  expect(pressed(page, 17)).toEqual([]);
  page.byId('approve-all').click();
  expect([12, 17].map((n) => pressed(page, n))).toEqual([['approve'], []]);
  expect(page.byId('go').textContent).toBe('บันทึกผลการตรวจ (1)');
  // an open row's card has no such line
  const closedLines = (n: number) =>
    card(page, n)
      .find('p')
      .filter((p) => p.className === 'closed');
  expect(closedLines(17)).toHaveLength(1);
  expect(closedLines(12)).toEqual([]);
});

test('another district asks again; decisions wait outside the list and are saved with the rest', async () => {
  const page = await opened();
  page.byId('approve-12').click();
  page.byId('district').enter('จุน');
  expect(page.calls.at(-1)?.args).toEqual([{ district: 'จุน', period: '2569', filter: 'pending' }]);
  expect(page.byId('counts').textContent).toBe(M.loading.th);
  const jun = row(40, 'ทต.จุน', { district: 'จุน' });
  page.pending[0].answer(context([jun], { chosen: { district: 'จุน', period: '2569', filter: 'pending' } }));
  await page.settle();
  expect(page.byId('outside')).toMatchObject({ hidden: false, textContent: M.offList(1).th });
  page.byId('approve-40').click();
  page.byId('go').click();
  const saved = page.calls.find((c) => c.name === 'submitReview')?.args[0] as { decisions: { row: number }[] };
  expect(saved.decisions.map((d) => d.row)).toEqual([12, 40]);
});

test('a later list failing keeps the list shown and says why; an older answer never replaces a newer one', async () => {
  const page = await opened();
  page.byId('filter').enter('all');
  page.byId('filter').enter('pending');
  const [older, newer] = page.pending;
  newer.answer(context([ROWS[0]]));
  await page.settle();
  older.answer(context(ROWS));
  await page.settle();
  expect(page.app.find('article').map((a) => a.getAttribute('data-row'))).toEqual(['12']);
  page.byId('period').enter('2569-Q1');
  page.pending[0].fail('Exception: หมดเวลา');
  await page.settle();
  expect(page.byId('msg').textContent).toBe('Exception: หมดเวลา');
  expect(page.app.find('article').length).toBe(1);
  // the lists say again what is shown
  expect(page.byId('period').value).toBe('2569');
  expect(page.byId('counts').textContent).toBe('รอตรวจ 1 · ผ่าน 30 · ส่งกลับแก้ไข 2');
});

test('an empty list says so and offers nothing to approve', async () => {
  const page = await opened(context([]));
  expect(page.byId('rows').textContent).toBe(M.empty.th);
  expect(page.byId('approve-all').hidden).toBe(true);
});
