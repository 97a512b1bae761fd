// The ตรวจรับข้อมูล sidebar in a real browser (Debian's Chromium) against the local preview and the built Code.js: the
// menu opens it, a reviewer approves one row and returns another with a reason, one save writes both to the sheet, and
// the list comes back without them. The picture, for people to look at, is out/review-sidebar-300.png.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  type Harness,
  openedByMenu,
  pageProblems,
  REPORT_SHEET,
  ROOT,
  startHarness,
  state,
  watchedPage,
} from './support';

const USER = 'reviewer@phayao.go.th';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** The sidebar as the menu item opens it, at 300 px, its list shown. */
async function openReview(): Promise<Page> {
  const sidebar = await openedByMenu(h, 'openReviewSidebar', USER, 'sidebar');
  const page = await watchedPage(h.context);
  await page.goto(`${h.preview.url}${sidebar}`);
  await page.waitForSelector('article.card', { timeout: 60000 });
  return page;
}

/** The report sheet's review status and note of a 1-based row, by the headers the server wrote. */
async function reviewCells(row: number): Promise<[unknown, unknown]> {
  const { values } = (await state(h)).sheets[REPORT_SHEET];
  const header = values.find((r) => r.includes('ผลการตรวจสอบ')) ?? [];
  return [values[row - 1][header.indexOf('ผลการตรวจสอบ')], values[row - 1][header.indexOf('หมายเหตุผู้ตรวจ')]];
}

const rowsShown = (page: Page) =>
  page.locator('article.card').evaluateAll((cards) => cards.map((c) => Number(c.getAttribute('data-row'))));

test('approve one row, return another with a reason, save once: both written, the list asked again, no scroll sideways', async () => {
  const page = await openReview();
  await expect(page.locator('#counts').textContent()).resolves.toMatch(/^รอตรวจ \d+ · ผ่าน \d+ · ส่งกลับแก้ไข \d+$/);
  const [first, second] = await rowsShown(page);
  expect(second).toBeGreaterThan(0);

  await page.click(`#approve-${first}`);
  await page.click(`#return-${second}`);
  // a return without a reason is refused in the page
  await page.click('#go');
  await expect(page.locator('#msg').textContent()).resolves.toContain('ระบุเหตุผลที่ส่งกลับ');
  await page.fill(`#reason-${second}`, 'ลิงก์เปิดไม่ได้ กรุณาแก้ไขแล้วส่งใหม่');
  await expect(page.locator('#go').textContent()).resolves.toBe('บันทึกผลการตรวจ (2)');
  await expect(page.locator('#msg').textContent()).resolves.toBe('');

  // the picture: two decisions taken, at the sidebar's width
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ROOT, 'out', 'review-sidebar-300.png') });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);

  await page.click('#go');
  await page.waitForSelector('#msg.ok', { timeout: 60000 });
  await expect(page.locator('#msg').textContent()).resolves.toContain('บันทึกผลการตรวจแล้ว: ผ่าน 1 แถว ส่งกลับแก้ไข 1 แถว');
  expect(await reviewCells(first)).toEqual(['ผ่าน', '']);
  expect(await reviewCells(second)).toEqual(['ส่งกลับแก้ไข', 'ลิงก์เปิดไม่ได้ กรุณาแก้ไขแล้วส่งใหม่']);

  // the pending list again, without the two rows, nothing left to save
  await page.waitForFunction(() => document.querySelector('#rows')?.getAttribute('aria-busy') === 'false');
  const after = await rowsShown(page);
  expect(after).not.toContain(first);
  expect(after).not.toContain(second);
  await expect(page.locator('#go').textContent()).resolves.toBe('บันทึกผลการตรวจ (0)');
  const calls = (await state(h)).executions.map((e) => e.fn).filter((fn) => /Review/.test(fn));
  expect(calls).toEqual(['openReviewSidebar', 'getReviewContext', 'submitReview', 'getReviewContext']);
  expect(pageProblems(page)).toEqual([]);
});
