// The central script's รวมผลทั้งประเทศ dialog in Debian's Chromium, its server stubbed: the period and certified-only choice
// go to consolidateNationFor, a saved run is answered by the dialog's own buttons, and the picture is out/nation-dialog.png.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { nationDialogHtml } from '../../src/central/nationDialog';
import { CHROMIUM, pageProblems, ROOT, watchedPage } from './support';

const TODAY = { year: 2026, month: 11, day: 21 };
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
});

/** google.script.run answering each call with the next canned answer; the calls' arguments are kept in window.calls. */
const STUB = `
  window.calls = [];
  window.answers = [];
  window.google = { script: { get run() {
    var ok = function () {}, fail = function () {};
    var runner = {
      withSuccessHandler: function (f) { ok = f; return runner; },
      withFailureHandler: function (f) { fail = f; return runner; },
      consolidateNationFor: function () {
        window.calls.push(Array.prototype.slice.call(arguments));
        var answer = window.answers.shift();
        setTimeout(function () { ok(answer); }, 0);
      },
    };
    return runner;
  } } };
`;

async function openDialog(): Promise<{ page: Page; problems: string[] }> {
  const page = await watchedPage(browser);
  await page.setViewportSize({ width: 560, height: 600 });
  // before the page's own script, as Apps Script's google.script.run is
  await page.setContent(nationDialogHtml(TODAY).replace('<script>', `<script>${STUB}</script><script>`));
  return { page, problems: pageProblems(page) };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls);
const answer = (page: Page, a: object) =>
  page.evaluate((x) => (window as unknown as { answers: object[] }).answers.push(x), a);

test('a saved run: the message and the two buttons; continue and restart are what the next calls ask', async () => {
  const { page, problems } = await openDialog();
  await expect(page.locator('#choose').isVisible()).resolves.toBe(false);
  await page.selectOption('#period', '2570-Q1');
  await page.check('#certified');
  await answer(page, { ok: true, kind: 'choose', message: 'มีการรวมผลที่ยังไม่เสร็จ (ช่วงเวลา ปีงบประมาณ 2570)', notices: [] });
  await page.click('#go');
  await page.waitForSelector('#choose:not([hidden])');
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'out', 'nation-dialog.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(560);

  await answer(page, { ok: true, kind: 'finished', message: 'รวมผล 76 จังหวัดแล้ว', notices: ['ไม่นับ สงขลา'] });
  await page.click('#continue');
  await page.waitForSelector('#notices li');
  await expect(page.locator('#choose').isVisible()).resolves.toBe(false);
  await expect(page.locator('#msg').textContent()).resolves.toBe('รวมผล 76 จังหวัดแล้ว');
  await expect(page.locator('#notices').textContent()).resolves.toBe('ไม่นับ สงขลา');

  // after an answer the next click starts again; a period typed by hand wins over the list
  await page.fill('#other', '2568-10');
  await page.uncheck('#certified');
  await answer(page, { ok: false, kind: 'refused', message: 'x', notices: [] });
  await page.click('#go');
  await page.waitForFunction(() => (window as unknown as { calls: unknown[] }).calls.length === 3);
  expect(await calls(page)).toEqual([
    ['2570-Q1', true, 'start'],
    ['2570-Q1', true, 'continue'],
    ['2568-10', false, 'start'],
  ]);
  expect(problems).toEqual([]);
});

test('every period is the last choice, with the key the server reads as none; start again asks for a restart', async () => {
  const { page, problems } = await openDialog();
  const options = await page
    .locator('#period option')
    .evaluateAll((o) => o.map((x) => [(x as HTMLOptionElement).value, x.textContent]));
  expect(options[0][0]).toBe('2570');
  expect(options.at(-1)).toEqual(['', 'ทุกช่วงเวลา (ไม่แยกช่วง)']);
  await page.selectOption('#period', '');
  await answer(page, { ok: true, kind: 'choose', message: 'saved', notices: [] });
  await page.click('#go');
  await page.waitForSelector('#choose:not([hidden])');
  await answer(page, { ok: true, kind: 'paused', message: 'paused', notices: [] });
  await page.click('#restart');
  await page.waitForFunction(() => (window as unknown as { calls: unknown[] }).calls.length === 2);
  expect(await calls(page)).toEqual([
    ['', false, 'start'],
    ['', false, 'restart'],
  ]);
  expect(problems).toEqual([]);
});
