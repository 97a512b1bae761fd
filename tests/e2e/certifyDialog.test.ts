// The รับรองผล dialog in a real browser (Debian's Chromium) against the local preview and the built Code.js: the menu opens
// it, the province certifies the fiscal year, and the answer is shown in the dialog. The picture is out/certify-dialog.png.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Harness, openedByMenu, pageProblems, ROOT, startHarness, state, watchedPage } from './support';

const USER = 'province@phayao.go.th';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

test('certify from the dialog: the state, the staff field, the answer, the record and the protections in the sheet', async () => {
  const dialog = await openedByMenu(h, 'openCertifyDialog', USER, 'dialog');
  const page = await watchedPage(h.context);
  await page.setViewportSize({ width: 420, height: 520 });
  await page.goto(`${h.preview.url}${dialog}`);
  await page.waitForSelector('#go');
  await expect(page.locator('#state').textContent()).resolves.toBe('ยังไม่มีการรับรอง');
  await page.fill('#staff', 'suda@phayao.go.th');
  await page.click('#go');
  await page.waitForSelector('#msg.ok', { timeout: 60000 });
  await expect(page.locator('#msg').textContent()).resolves.toContain('จังหวัดรับรองผล');
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'out', 'certify-dialog.png'), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  const after = await state(h);
  expect(Object.keys(after.sheets)).toContain('การรับรองผล');
  expect(pageProblems(page)).toEqual([]);
});
