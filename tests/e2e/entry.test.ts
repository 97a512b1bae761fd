// The entry sidebar in a real browser (Debian's Chromium) against the local preview: an officer's entry from choice to
// row, twenty officers at once, a lost answer retried, hostile text kept as text, and a 300 px screenshot for people.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  COL,
  faults,
  fillEntry,
  type Harness,
  openSidebar,
  pageProblems,
  REPORT_SHEET,
  ROOT,
  startHarness,
  state,
} from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

function rows(s: Awaited<ReturnType<typeof state>>): unknown[][] {
  return s.sheets[REPORT_SHEET].values;
}

function rowOf(s: Awaited<ReturnType<typeof state>>, id: string): number[] {
  return rows(s).flatMap((r, i) => (r[COL.id] === id ? [i + 1] : []));
}

async function submissionId(row: number): Promise<string> {
  return String(rows(await state(h))[row - 1][COL.id]);
}

/** Waits for the result panel and reads the row it names. */
async function recordedRow(page: Page): Promise<number> {
  await page.waitForFunction(
    () => /แถวที่ \d+/.test(document.querySelector('.result h2')?.textContent ?? ''),
    undefined,
    { timeout: 60000, polling: 100 },
  );
  const heading = await page.locator('.result h2').textContent();
  return Number(/แถวที่ (\d+)/.exec(heading ?? '')?.[1]);
}

/** Resolves with the first promise to resolve (Promise.any is newer than the es2020 lib the project compiles against). */
function first<T>(promises: readonly Promise<T>[]): Promise<T> {
  return new Promise((resolve, reject) => {
    let failed = 0;
    for (const p of promises) p.then(resolve, (e: unknown) => void (++failed === promises.length && reject(e)));
  });
}

test('choose a district and an อปท., type Thai digits, commas and two links, see a bad link’s message, record, find the row', async () => {
  const page = await openSidebar(h);
  const before = rows(await state(h)).length;
  await fillEntry(page, {
    district: 'เมืองพะเยา',
    lao: 'ทต.แม่กา',
    product: 'ข้าวกล้องหอมมะลิ',
    links: ['https://www.facebook.com/share/p/e2e-1/?mibextid=abc', 'ดูในเพจของเรา'],
    salesCount: '๑๒ ครั้ง',
    revenue: '๑,๕๐๐.๕๐ บาท',
    beneficiaries: '๑,๒๓๐',
  });
  // the district list holds only that district's อปท.
  const laos = await page.locator('#f-lao option').allTextContents();
  expect(laos).toContain('ทต.แม่กา');
  expect(laos).not.toContain('ทต.จุน');
  // each box is read as it is typed: the platform of the good one, the core's message for the bad one
  const boxes = page.locator('#f-links li');
  await expect(boxes.nth(0).locator('.platform').textContent()).resolves.toContain('Facebook');
  await expect(boxes.nth(1).locator('p.error').textContent()).resolves.toContain('ไม่ใช่ลิงก์ที่เปิดได้');
  await expect(page.locator('#f-revenue-read').textContent()).resolves.toBe('อ่านได้เป็น 1,500.50 บาท');
  await expect(page.locator('#f-beneficiaries-read').textContent()).resolves.toBe('อ่านได้เป็น 1,230 คน');
  await expect(page.locator('#f-date-read').textContent()).resolves.toMatch(/^วันที่ \d+ \S+ 25\d\d$/);

  // errors block: nothing is sent
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.locator('.status').textContent()).resolves.toContain('ข้อผิดพลาด 1 รายการ');
  await expect(
    page.locator('#f-links li').nth(1).locator('input').getAttribute('aria-invalid'),
  ).resolves.not.toBeNull();
  expect(rows(await state(h)).length).toBe(before);

  await boxes.nth(1).locator('input').fill('tiktok.com/@maeka/video/๗๒๑๐');
  await expect(boxes.nth(1).locator('.platform').textContent()).resolves.toContain('TikTok');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const row = await recordedRow(page);
  expect(row).toBe(before + 1);
  await expect(page.locator('.recorded').textContent()).resolves.toContain('1,500.50 บาท');

  const saved = rows(await state(h))[row - 1];
  expect(saved[COL.district]).toBe('เมืองพะเยา');
  expect(saved[COL.lao]).toBe('ทต.แม่กา');
  expect(saved[COL.product]).toBe('ข้าวกล้องหอมมะลิ');
  expect(saved[COL.links]).toBe(
    'https://www.facebook.com/share/p/e2e-1/?mibextid=abc\nhttps://tiktok.com/@maeka/video/7210',
  );
  expect([saved[COL.salesCount], saved[COL.revenue], saved[COL.beneficiaries]]).toEqual([12, 1500.5, 1230]);
  expect(saved[COL.date]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(saved[COL.user]).toBe('officer@phayao.go.th');
  expect(saved[COL.id]).toMatch(/^[A-Za-z0-9_-]{16}$/);

  // the next entry keeps district and อปท., and starts empty otherwise
  await page.getByRole('button', { name: 'บันทึกรายการถัดไป' }).click();
  await expect(page.locator('#f-district').inputValue()).resolves.toBe('เมืองพะเยา');
  await expect(page.locator('#f-lao').inputValue()).resolves.toBe('ทต.แม่กา');
  await expect(page.locator('#f-revenue').inputValue()).resolves.toBe('');
  expect(pageProblems(page)).toEqual([]);
  await page.close();
});

test('twenty officers record at the same moment, some while the lock is busy: twenty rows, none lost, none doubled', async () => {
  const districts = [
    ['เมืองพะเยา', 'ทม.พะเยา'],
    ['จุน', 'ทต.จุน'],
    ['เชียงคำ', 'ทต.เชียงคำ'],
    ['ดอกคำใต้', 'ทม.ดอกคำใต้'],
  ];
  const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => openSidebar(h, `officer${i + 1}@phayao.go.th`)));
  for (const [i, page] of pages.entries()) {
    const [district, lao] = districts[i % districts.length];
    await fillEntry(page, {
      district,
      lao,
      product: `สินค้า ${i + 1}`,
      links: [`https://www.facebook.com/share/p/crowd-${i + 1}/`],
      salesCount: String(i + 1),
      revenue: `${(i + 1) * 100}`,
      beneficiaries: '๕',
    });
  }
  const before = await state(h);
  const startRows = rows(before).length;
  const startExecutions = before.executions.length;
  // another execution holds the document lock for the first five tries: those pages must wait and try again
  await faults(h, { holdLockForAttempts: 5 });
  const sawBusy = first(
    pages.map((p) =>
      p.waitForFunction(
        () => document.querySelector('.status')?.textContent?.includes('ระบบไม่ว่าง กำลังลองใหม่'),
        undefined,
        { timeout: 60000, polling: 50 },
      ),
    ),
  );
  await Promise.all(pages.map((p) => p.getByRole('button', { name: 'บันทึก', exact: true }).click()));
  await sawBusy;
  const recorded = await Promise.all(pages.map(recordedRow));

  const after = await state(h);
  expect(rows(after).length).toBe(startRows + 20);
  expect(new Set(recorded).size).toBe(20);
  const newRows = rows(after).slice(startRows);
  expect(new Set(newRows.map((r) => r[COL.id])).size).toBe(20);
  expect(newRows.map((r) => r[COL.product]).sort()).toEqual(
    Array.from({ length: 20 }, (_, i) => `สินค้า ${i + 1}`).sort(),
  );
  for (const [i, row] of recorded.entries()) expect(rows(after)[row - 1][COL.product]).toBe(`สินค้า ${i + 1}`);

  // every submission went through the lock: busy tries answered "busy", each write took 6 calls inside it (the row,
  // then its line in the audit trail, then one flush)
  const submits = after.executions.slice(startExecutions).filter((e) => e.fn === 'submitEntry');
  expect(submits.filter((e) => e.lock?.tries.includes(false)).length).toBe(5);
  const written = submits.filter((e) => e.lock?.tries.includes(true));
  expect(written).toHaveLength(20);
  for (const e of written) {
    expect(e.lock?.callsInside).toEqual([
      'Sheet.getLastRow',
      'Sheet.getRange',
      'Range.setValues',
      'Sheet.getRange',
      'Range.setValues',
      'SpreadsheetApp.flush',
    ]);
    expect(e.lock?.released).toBe(true);
  }
  for (const page of pages) {
    expect(pageProblems(page)).toEqual([]);
    await page.close();
  }
});

test('a lost answer is retried with the same id and written once', async () => {
  const page = await openSidebar(h);
  await fillEntry(page, {
    district: 'ปง',
    lao: 'ทต.ปง',
    links: ['https://www.facebook.com/share/p/lost-answer/'],
    salesCount: '1',
    revenue: '250',
    beneficiaries: '2',
  });
  const startRows = rows(await state(h)).length;
  await faults(h, { dropResponses: { submitEntry: 1 } });
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const row = await recordedRow(page);
  await expect(page.locator('.result h2').textContent()).resolves.toContain('ไม่บันทึกซ้ำ');
  const after = await state(h);
  expect(rows(after).length).toBe(startRows + 1);
  const id = await submissionId(row);
  expect(rowOf(after, id)).toEqual([row]);
  const tries = after.executions.filter((e) => e.fn === 'submitEntry').slice(-2);
  expect(tries.map((e) => e.dropped)).toEqual([true, false]);
  await page.close();
});

test('a note with HTML and a formula is shown as text and stored as text', async () => {
  const page = await openSidebar(h);
  const note = '<img src=x onerror=alert(1)> =HYPERLINK("http://evil")';
  const product = '=HYPERLINK("http://evil")';
  await fillEntry(page, {
    district: 'ภูซาง',
    lao: 'อบต.ภูซาง',
    product,
    links: ['https://www.tiktok.com/@phusang/video/1'],
    salesCount: '2',
    revenue: '300',
    beneficiaries: '4',
    note,
  });
  // formula-looking text is a warning: it needs the tick
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(page.locator('#f-product-msg').textContent()).resolves.toContain('สูตร');
  expect(rows(await state(h)).some((r) => r[COL.note] === note)).toBe(false);
  await page.check('#confirm-warnings');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  const row = await recordedRow(page);
  await expect(page.locator('.recorded').textContent()).resolves.toContain(note);
  expect(await page.locator('img').count()).toBe(0);
  await expect(page.locator('.recorded').textContent()).resolves.toContain(product);
  const after = await state(h);
  expect([rows(after)[row - 1][COL.product], rows(after)[row - 1][COL.note]]).toEqual([product, note]);
  expect([
    after.sheets[REPORT_SHEET].formulas[row - 1][COL.product],
    after.sheets[REPORT_SHEET].formulas[row - 1][COL.note],
  ]).toEqual(['', '']);
  expect(pageProblems(page)).toEqual([]);
  await page.close();
});

test('a Date in a google.script.run payload fails, as in Apps Script', async () => {
  const page = await openSidebar(h);
  const thrown = await page.evaluate(() => {
    try {
      (
        window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } }
      ).google.script.run.submitEntry({ id: 'abcdefgh', date: new Date() });
      return '';
    } catch (e) {
      return String(e);
    }
  });
  expect(thrown).toContain('illegal value');
  await page.close();
});

test('a screenshot of the sidebar at 300 px, for people to look at', async () => {
  const page = await openSidebar(h);
  await fillEntry(page, {
    district: 'เมืองพะเยา',
    lao: 'อบต.แม่ใส',
    product: 'ผ้าทอไทลื้อ',
    links: ['https://www.facebook.com/share/p/472433/', 'shopee.co.th/product/1/2'],
    salesCount: '๓',
    revenue: '๒,๙๒๐ บาท',
    beneficiaries: '๕๗ คน',
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'out', 'sidebar-300px.png'), fullPage: true });
  // from the keyboard this time (a full-page screenshot leaves Chromium's pointer coordinates stale, too)
  await page.getByRole('button', { name: 'บันทึก', exact: true }).press('Enter');
  await recordedRow(page);
  await page.screenshot({ path: join(ROOT, 'out', 'sidebar-300px-recorded.png'), fullPage: true });
  await page.close();
});
