// A returned row comes back to its officer, in a real browser (Debian's Chromium) against the local preview and the
// built Code.js: a reviewer returns a row through submitReview, the officer's entry sidebar at 300 px lists it under
// รายการที่ถูกส่งกลับแก้ไข for that อปท., opens it, changes a figure and records it: the same sheet row, back to รอตรวจ,
// and no row more. The picture, for people to look at, is out/entry-returned-300.png.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryContextReady, ReturnedEntries } from '../../src/addon/entry/types';
import type { ReviewAnswer, ReviewContextReady } from '../../src/addon/review/types';
import {
  COL,
  type Harness,
  openSidebar,
  pageProblems,
  REPORT_SHEET,
  ROOT,
  runOnPreview,
  startHarness,
  state,
} from './support';

const OFFICER = 'officer@phayao.go.th';
const REVIEWER = 'reviewer@phayao.go.th';
const REASON = 'รายรับไม่ตรงกับหลักฐานการขาย กรุณาตรวจยอดแล้วส่งใหม่';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** A server function through the preview's /run, as google.script.run calls it for the page of `user`. */
async function run<T>(fn: string, args: unknown[], user: string): Promise<T> {
  const answer = await runOnPreview(h, fn, args, user);
  if (!answer.ok || answer.json === undefined) throw new Error(`${fn}: ${answer.error}`);
  return JSON.parse(answer.json) as T;
}

const sheetRows = async () => (await state(h)).sheets[REPORT_SHEET].values;

test('the officer opens the returned row, corrects it and records it: the same row, รอตรวจ again, the list empty', async () => {
  // the reviewer returns a row of an อปท. the sidebar lists
  const entry = await run<EntryContextReady>('getEntryContext', [], OFFICER);
  const listed = await run<ReviewContextReady>(
    'getReviewContext',
    [{ district: '', period: '', filter: 'all' }],
    REVIEWER,
  );
  const known = new Set(entry.districts.flatMap((d) => d.laos.map((l) => `${d.name}|${l.label}`)));
  // a row the officer can record again as it is: no error the check would block on
  const target = listed.rows.find(
    (r) =>
      r.status !== 'returned' && known.has(`${r.district}|${r.lao}`) && r.problems.every((p) => p.severity !== 'error'),
  );
  if (!target) throw new Error('the sample has no row of a registered อปท. to return');
  const decisions = [{ row: target.row, verdict: 'return', note: REASON, fingerprint: target.fingerprint }];
  const saved = await run<ReviewAnswer>('submitReview', [{ decisions }], REVIEWER);
  expect(saved).toMatchObject({ ok: true });
  const lao = entry.districts.flatMap((d) => d.laos).find((l) => l.label === target.lao);
  const owed = await run<ReturnedEntries>('getReturnedEntries', [{ code: lao?.code, name: target.lao }], OFFICER);
  expect(owed.ok && owed.rows.map((r) => r.row)).toContain(target.row);
  const before = await sheetRows();

  const page = await openSidebar(h, OFFICER);
  await page.selectOption('#f-district', target.district);
  await page.selectOption('#f-lao', target.lao);
  await page.waitForSelector('#returned-heading', { timeout: 60000 });
  await expect(page.locator('#returned-heading').textContent()).resolves.toMatch(/^รายการที่ถูกส่งกลับแก้ไข \(\d+\)$/);
  const line = page.locator('#returned li', { has: page.locator(`button[data-row="${target.row}"]`) });
  await expect(line.locator('p').textContent()).resolves.toContain(REASON);
  await line.locator('button').click();
  await expect(page.locator('#correcting-text').textContent()).resolves.toBe(
    `กำลังแก้ไขแถวที่ ${target.row} ที่ถูกส่งกลับ: ${REASON}`,
  );
  const product = String(before[target.row - 1][COL.product] ?? '');
  await expect(page.locator('#f-product').inputValue()).resolves.toBe(product);
  await page.fill('#f-revenue', '๒,๓๔๕ บาท');

  // the picture: the panel and the banner above the form filled, at the sidebar's width, nothing sideways
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ROOT, 'out', 'entry-returned-300.png') });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

  const confirm = page.locator('#confirm-warnings');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  if (await confirm.isVisible()) {
    await confirm.check();
    await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  }
  await page.waitForFunction(
    () => /แถวที่ \d+/.test(document.querySelector('.result h2')?.textContent ?? ''),
    undefined,
    { timeout: 60000, polling: 100 },
  );
  const heading = (await page.locator('.result h2').textContent()) ?? '';
  expect(Number(/แถวที่ (\d+)/.exec(heading)?.[1])).toBe(target.row);
  await expect(page.locator('#correcting').isHidden()).resolves.toBe(true);

  const after = await sheetRows();
  expect(after.length).toBe(before.length);
  const header = after.find((r) => r.includes('ผลการตรวจสอบ')) ?? [];
  const row = after[target.row - 1];
  expect([row[COL.lao], row[COL.product], row[COL.revenue], row[header.indexOf('ผลการตรวจสอบ')]]).toEqual([
    target.lao,
    product,
    2345,
    'รอตรวจ',
  ]);
  // the list asked again: the row is gone from it
  await page.waitForFunction((n) => !document.querySelector(`#returned button[data-row="${n}"]`), target.row, {
    timeout: 60000,
  });
  const calls = (await state(h)).executions.map((e) => e.fn).filter((fn) => /Returned|submitEntry/.test(fn));
  expect(calls.slice(-3)).toEqual(['getReturnedEntries', 'submitEntry', 'getReturnedEntries']);
  expect(pageProblems(page)).toEqual([]);
});
