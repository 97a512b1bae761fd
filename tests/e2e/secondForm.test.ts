// The built sidebar (dist/Sidebar.html) in Chromium with a made-up second form: its server calls are answered in node by
// the add-on's own entryContext and submitEntryWith given that declaration, so the page shows that form's fields and
// the row lands in its sheet, with no code written for the form.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { withStandIn } from '../../scripts/preview/standIn';
import { entryContext, submitEntryWith } from '../../src/addon/actions/entry';
import { VISITS_FORM, VISITS_SHEET, visitsTwin } from '../support/secondForm';
import { DIST, type Harness, pageProblems, ROOT, startHarness, watchedPage } from './support';

const ORIGIN = 'http://second-form.test';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/** The page at ORIGIN, its google.script.run calls answered by the add-on's functions on `twin` with the made-up form. */
async function openWithSecondForm(twin: ReturnType<typeof visitsTwin>): Promise<Page> {
  const page = await watchedPage(h.context);
  const html = withStandIn(readFileSync(join(DIST, 'Sidebar.html'), 'utf8'));
  const answer = (route: Route, value: unknown) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, json: JSON.stringify(value) }) });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/sidebar') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    if (path === '/run/getEntryContext') return answer(route, entryContext(twin.services, undefined, VISITS_FORM));
    if (path === '/run/submitEntry') {
      const [payload] = JSON.parse(route.request().postData() ?? '[]') as unknown[];
      return answer(route, submitEntryWith(twin.services, undefined, payload, VISITS_FORM));
    }
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${ORIGIN}/sidebar`);
  await page.waitForSelector('form');
  return page;
}

test('a made-up form’s fields, hint and check in the page, and its row in its sheet', async () => {
  const twin = visitsTwin();
  const page = await openWithSecondForm(twin);
  // its own fields, and none of the DLA form's
  await expect(page.locator('label[for="f-office"]').textContent()).resolves.toBe('หน่วยงาน');
  await expect(page.locator('label[for="f-visits"]').textContent()).resolves.toBe('จำนวนครั้งที่เยี่ยม (ครั้ง)');
  await expect(page.locator('#f-visits-hint').textContent()).resolves.toBe('ขั้นต่ำ 4 ครั้งต่อเดือน');
  await expect(page.locator('#f-visitDay').getAttribute('type')).resolves.toBe('date');
  for (const gone of ['#f-district', '#f-links', '#f-salesCount', '#f-note'])
    await expect(page.locator(gone).count()).resolves.toBe(0);
  // no district field: every อปท. of the province is listed
  await expect(page.locator('#f-office option').allTextContents()).resolves.toEqual(
    expect.arrayContaining(['ทต.จุน', 'ทต.แม่กา']),
  );

  await page.selectOption('#f-office', 'ทต.จุน');
  await page.fill('#f-visits', 'สิบ');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.locator('#f-visits-msg').textContent()).resolves.toContain('ตัวเลข');
  await page.fill('#f-visits', '๑๒ ครั้ง');
  await expect(page.locator('#f-visits-read').textContent()).resolves.toBe('อ่านได้เป็น 12 ครั้ง');
  await page.screenshot({ path: join(ROOT, 'out', 'sidebar-second-form-300px.png'), fullPage: true });
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await page.waitForSelector('.result:not([hidden]) h2');
  await expect(page.locator('.result h2').textContent()).resolves.toContain('แถวที่ 4');
  await expect(page.locator('.recorded').textContent()).resolves.toContain('12 ครั้ง');

  const row = twin.workbook.sheet(VISITS_SHEET).peek().values[3];
  expect(row.slice(1, 3)).toEqual(['ทต.จุน', 12]);
  expect(row[0]).toBeInstanceOf(Date);
  expect(pageProblems(page)).toEqual([]);
  await page.close();
});
