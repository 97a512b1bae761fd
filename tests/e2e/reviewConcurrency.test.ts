// Two reviewers in two Chromium pages save at the same moment while an officer corrects a returned row: the document
// lock serialises the three executions, nothing is lost, and บันทึกการเปลี่ยนแปลง shows each act once.

import type { Page } from 'playwright-core';
import type { ReviewContextReady } from '../../src/addon/review/types';
import { AUDIT_LOG_SHEET } from '../../src/core/messages/reviewServer';
import { type Harness, REPORT_SHEET, runOnPreview, startHarness, state } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

async function run<T>(fn: string, user: string, args: unknown[]): Promise<T> {
  const answer = await runOnPreview(h, fn, args, user);
  if (!answer.ok) throw new Error(answer.error);
  return (fn.startsWith('open') || answer.json === undefined ? answer : JSON.parse(answer.json)) as T;
}

async function reviewPage(user: string): Promise<Page> {
  const opened = await run<{ sidebar: string }>('openReviewSidebar', user, []);
  const page = await h.context.newPage();
  await page.goto(`${h.preview.url}${opened.sidebar}`);
  await page.waitForSelector('article.card', { timeout: 60000 });
  return page;
}

const reviewCells = (values: unknown[][], row: number) => {
  const header = values.find((r) => r.includes('ผลการตรวจสอบ')) ?? [];
  return [values[row - 1][header.indexOf('ผลการตรวจสอบ')], values[row - 1][header.indexOf('หมายเหตุผู้ตรวจ')]];
};

test('two reviewers and an officer at once: every decision and the correction written, each logged once', async () => {
  const listed = await run<ReviewContextReady>('getReviewContext', 'a@phayao.go.th', [
    { district: '', period: '', filter: 'pending' },
  ]);
  // rows without errors: the correction of r0 must pass the entry's own checks (its warnings are confirmed)
  const [r0, r1, r2] = listed.rows.filter((r) => r.problems.every((p) => p.severity !== 'error'));
  // the row the officer will correct was returned first
  await run('submitReview', 'a@phayao.go.th', [
    { decisions: [{ row: r0.row, verdict: 'return', note: 'ยอดไม่ตรง', fingerprint: r0.fingerprint }] },
  ]);
  const returned = await run<{ ok: true; rows: { row: number; fingerprint: string; values: object }[] }>(
    'getReturnedEntries',
    'officer@phayao.go.th',
    [{ code: '', name: r0.lao }],
  );
  const opened = returned.rows.find((r) => r.row === r0.row);
  expect(opened).toBeDefined();

  const [a, b] = await Promise.all([reviewPage('a@phayao.go.th'), reviewPage('b@phayao.go.th')]);
  await a.click(`#approve-${r1.row}`);
  await b.click(`#return-${r2.row}`);
  await b.fill(`#reason-${r2.row}`, 'ลิงก์เปิดไม่ได้');
  const correction = {
    id: 'concurrent-correction-1',
    attempt: 1,
    values: { ...opened?.values, district: r0.district, lao: r0.lao, revenue: '1234' },
    confirmWarnings: true,
    replaces: { row: opened?.row, fingerprint: opened?.fingerprint },
  };
  const [, , corrected] = await Promise.all([
    a.click('#go'),
    b.click('#go'),
    run<{ status: string; row: number }>('submitEntry', 'officer@phayao.go.th', [correction]),
  ]);
  await Promise.all([
    a.waitForSelector('#msg.ok', { timeout: 60000 }),
    b.waitForSelector('#msg.ok', { timeout: 60000 }),
  ]);
  expect(corrected).toMatchObject({ status: 'recorded', row: r0.row });

  const after = await state(h);
  const values = after.sheets[REPORT_SHEET].values;
  expect(reviewCells(values, r1.row)).toEqual(['ผ่าน', '']);
  expect(reviewCells(values, r2.row)).toEqual(['ส่งกลับแก้ไข', 'ลิงก์เปิดไม่ได้']);
  expect(reviewCells(values, r0.row)[0]).toBe('รอตรวจ');
  const log = after.sheets[AUDIT_LOG_SHEET].values.filter((r) => r.some((c) => c !== ''));
  const acts = log.slice(1).map((r) => [r[1], r[2], r[4]]);
  expect(acts[0]).toEqual(['a@phayao.go.th', 'ส่งกลับแก้ไข', r0.row]);
  expect(acts.slice(1).sort()).toEqual(
    [
      ['a@phayao.go.th', 'ตรวจผ่าน', r1.row],
      ['b@phayao.go.th', 'ส่งกลับแก้ไข', r2.row],
      ['officer@phayao.go.th', 'แก้ไขข้อมูล', r0.row],
    ].sort(),
  );
  // the three executions took the lock one after another
  const locked = after.executions.filter((e) => ['submitReview', 'submitEntry'].includes(e.fn) && e.lock?.released);
  expect(locked.length).toBeGreaterThanOrEqual(4);
});
