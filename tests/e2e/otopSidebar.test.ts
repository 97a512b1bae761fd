// The built sidebar (dist/Sidebar.html) in Chromium on a workbook set up for the OTOP form: its server calls are answered
// in node by the add-on's own entryContext and submitEntryWith with no form given, so the workbook's form property alone
// makes the page show the marketer's name with the names already in the sheet, a B.E. month picker and the nine counts
// with their minimums; a month sent lands in the sheet as the check reads it. The picture is out/otop-sidebar.png.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { withStandIn } from '../../scripts/preview/standIn';
import { runCheckData } from '../../src/addon/actions/checkData';
import { entryContext, submitEntryWith } from '../../src/addon/actions/entry';
import { returnedEntries } from '../../src/addon/actions/returnedEntries';
import { MARKETERS, MINIMUMS, OTOP_SHEET, OTOP_TODAY, otopTwin } from '../addon/otopWorkbook';
import { DIST, type Harness, pageProblems, ROOT, startHarness, watchedPage } from './support';

const ORIGIN = 'http://otop-form.test';
const COUNT_KEYS = ['products', 'content', 'clips', 'lives', 'showcases', 'coaching', 'otopToday', 'plans', 'reports'];
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** The page at ORIGIN, its google.script.run calls answered by the add-on's functions on `twin`, today fixed. */
async function openOnWorkbook(twin: ReturnType<typeof otopTwin>): Promise<Page> {
  const page = await watchedPage(h.context);
  const html = withStandIn(readFileSync(join(DIST, 'Sidebar.html'), 'utf8'));
  const answer = (route: Route, value: unknown) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, json: JSON.stringify(value) }) });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/sidebar') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (path === '/run/getEntryContext') return answer(route, entryContext(twin.services, OTOP_TODAY));
    if (path === '/run/submitEntry') {
      const [payload] = JSON.parse(route.request().postData() ?? '[]') as unknown[];
      return answer(route, submitEntryWith(twin.services, OTOP_TODAY, payload));
    }
    if (path === '/run/getReturnedEntries') {
      const [owner] = JSON.parse(route.request().postData() ?? '[]') as unknown[];
      return answer(route, returnedEntries(twin.services, owner, OTOP_TODAY));
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/sidebar`);
  await page.waitForSelector('form');
  return page;
}

test('the OTOP sidebar: marketers to pick, a B.E. month picker, nine counts with minimums; its row is read back clean', async () => {
  const twin = otopTwin();
  const page = await openOnWorkbook(twin);

  // the marketer: a box offering the names already in the sheet, and no อปท. or district field, nor the registry notice
  await expect(page.locator('label[for="f-marketer"]').textContent()).resolves.toBe('ชื่อ-สกุล นักการตลาด');
  const listId = await page.locator('#f-marketer').getAttribute('list');
  expect(listId).toBe('f-marketer-names');
  await expect(
    page.locator(`datalist#${listId} option`).evaluateAll((os) => os.map((o) => o.getAttribute('value'))),
  ).resolves.toEqual([...MARKETERS].sort((a, b) => a.localeCompare(b, 'th')));
  await expect(page.locator('#f-marketer-hint').textContent()).resolves.toContain('2 ชื่อ');
  for (const gone of ['#f-lao', '#f-district', '.notice']) await expect(page.locator(gone).count()).resolves.toBe(0);

  // the month: a month select and a B.E. year select, starting at this month, no day input
  await expect(page.locator('#f-month').evaluate((e) => e.tagName)).resolves.toBe('SELECT');
  await expect(page.locator('#f-month option').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['ตุลาคม', 'ธันวาคม']),
  );
  await expect(page.locator('#f-month-year option').allTextContents()).resolves.toEqual(['2563']);
  await expect(page.locator('#f-month').inputValue()).resolves.toBe('12');
  await expect(page.locator('input[type="date"]').count()).resolves.toBe(0);

  // the nine counts, each with its minimum under its label
  for (let i = 0; i < COUNT_KEYS.length; i++) {
    const hint = await page.locator(`#f-${COUNT_KEYS[i]}-hint`).textContent();
    expect(hint).toMatch(new RegExp(`^ขั้นต่ำ ${MINIMUMS[i]} .+ต่อเดือน$`));
  }

  // sent without a name: the name field says so, whatever the owner's role
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.locator('#f-marketer-msg').textContent()).resolves.toContain('ชื่อ-สกุล นักการตลาด');
  await expect(page.locator('#f-marketer').getAttribute('aria-invalid')).resolves.toBe('true');

  await page.fill('#f-marketer', MARKETERS[1]);
  await page.selectOption('#f-month', '11');
  await expect(page.locator('#f-month-read').textContent()).resolves.toBe('อ่านได้เป็น พ.ย. 2563');
  for (let i = 0; i < COUNT_KEYS.length; i++) await page.fill(`#f-${COUNT_KEYS[i]}`, String(MINIMUMS[i]));
  await page.locator('#f-links li').nth(0).locator('input').fill('https://www.facebook.com/otop.nonthaburi/posts/88');
  await page.locator('#f-marketer').focus();
  await page.screenshot({ path: join(ROOT, 'out', 'otop-sidebar.png'), fullPage: true });

  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await page.waitForSelector('.result:not([hidden]) h2');
  await expect(page.locator('.result h2').textContent()).resolves.toContain('แถวที่ 6');
  await expect(page.locator('.recorded').textContent()).resolves.toContain('พฤศจิกายน 2563');

  const row = twin.workbook.sheet(OTOP_SHEET).peek().values[5];
  expect(row.slice(2, 4)).toEqual([MARKETERS[1], 'พ.ย. 2563']);
  // the check reads the sidebar's row as that marketer's month: nothing to fix (a repeat of a month would be an error)
  expect(runCheckData(twin.services, OTOP_TODAY)).toMatchObject({ ok: true, errors: 0, warnings: 0 });
  expect(pageProblems(page)).toEqual([]);
  await page.close();
});
