// What the browser tests share: the local preview on a free port, Debian's Chromium launched through playwright-core
// (never a downloaded browser), and the workbook's state as the preview reports it.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { ExecutionRecord } from '../../scripts/preview/executions';
import { type Preview, startPreview } from '../../scripts/preview/server';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = join(__dirname, '..', '..');
/** the build under test; another folder can be named for trying a build that is not in dist/ */
export const DIST = process.env.KHONGDEE_DIST ?? join(ROOT, 'dist');
const ENTRY_FUNCTIONS = ['openEntrySidebar', 'getEntryContext', 'submitEntry'];

export interface Harness {
  readonly preview: Preview;
  readonly browser: Browser;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
  const preview = await startPreview({ distDir: DIST });
  const missing = ENTRY_FUNCTIONS.filter((f) => !preview.executions.functionNames().includes(f));
  if (missing.length > 0) {
    await preview.close();
    throw new Error(
      `${join(DIST, 'Code.js')} has no top-level ${missing.join(', ')}: wire the entry exports in src/addon/main.ts and rebuild`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'khongdee-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 300, height: 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const browser = context.browser() as Browser;
  return {
    preview,
    browser,
    context,
    close: async () => {
      await context.close();
      await preview.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A new page that keeps its script errors and any alert (dismissed) for pageProblems, so a test can fail on them. */
export async function watchedPage(opener: { newPage(): Promise<Page> }): Promise<Page> {
  const page = await opener.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`a dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  (page as Page & { problems?: string[] }).problems = problems;
  return page;
}

/**
 * Runs a menu item's entry function on the preview as `user`, as the menu would, and gives the path of the dialog or
 * sidebar it opened.
 */
export async function openedByMenu(
  h: Harness,
  entry: string,
  user: string,
  kind: 'dialog' | 'sidebar',
): Promise<string> {
  const opened = await runOnPreview(h, entry, [], user);
  expect(opened).toMatchObject({ ok: true, [kind]: expect.stringMatching(new RegExp(`^/ui/${kind}/\\d+`)) });
  return String(opened[kind]);
}

/** What the preview's /run answers: the server function's result as JSON text, the dialog or sidebar it opened, or why not. */
export interface RunAnswer {
  readonly ok: boolean;
  readonly json?: string;
  readonly dialog?: string;
  readonly sidebar?: string;
  readonly error?: string;
}

/** Calls a server function through the preview's /run, as google.script.run calls it for the page of `user`. */
export async function runOnPreview(h: Harness, fn: string, args: unknown[], user: string): Promise<RunAnswer> {
  const response = await fetch(`${h.preview.url}/run/${fn}?user=${encodeURIComponent(user)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return (await response.json()) as RunAnswer;
}

/** A new 300 px page with the sidebar open, failing the test on any script error or alert. */
export async function openSidebar(h: Harness, user = 'officer@phayao.go.th'): Promise<Page> {
  const page = await watchedPage(h.context);
  await page.goto(`${h.preview.url}/sidebar?user=${encodeURIComponent(user)}`);
  await page.waitForSelector('form');
  return page;
}

export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

export interface SheetState {
  readonly values: unknown[][];
  readonly formulas: string[][];
}

export async function state(
  h: Harness,
): Promise<{ sheets: Record<string, SheetState>; executions: ExecutionRecord[] }> {
  const response = await fetch(`${h.preview.url}/state.json`);
  return (await response.json()) as { sheets: Record<string, SheetState>; executions: ExecutionRecord[] };
}

export async function faults(
  h: Harness,
  body: { holdLockForAttempts?: number; dropResponses?: Record<string, number> },
): Promise<void> {
  await fetch(`${h.preview.url}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export interface EntryInput {
  district: string;
  lao: string;
  product?: string;
  links?: string[];
  salesCount?: string;
  revenue?: string;
  beneficiaries?: string;
  note?: string;
}

/** Fills the form the way a person does: choose, type, add link boxes. */
export async function fillEntry(page: Page, entry: EntryInput): Promise<void> {
  await page.selectOption('#f-district', entry.district);
  await page.selectOption('#f-lao', entry.lao);
  if (entry.product !== undefined) await page.fill('#f-product', entry.product);
  const links = entry.links ?? [];
  for (let i = 0; i < links.length; i++) {
    if (i > 0) await page.getByRole('button', { name: '+ เพิ่มลิงก์' }).click();
    await page.locator('#f-links li').nth(i).locator('input').fill(links[i]);
  }
  if (entry.salesCount !== undefined) await page.fill('#f-salesCount', entry.salesCount);
  if (entry.revenue !== undefined) await page.fill('#f-revenue', entry.revenue);
  if (entry.beneficiaries !== undefined) await page.fill('#f-beneficiaries', entry.beneficiaries);
  if (entry.note !== undefined) await page.fill('#f-note', entry.note);
}

export const REPORT_SHEET = 'รายงานผล';
/** columns of the sample's report sheet (0-based), and of the submission columns the first submission adds after them */
export const COL = {
  date: 1,
  district: 2,
  lao: 3,
  product: 4,
  links: 5,
  salesCount: 6,
  revenue: 7,
  beneficiaries: 8,
  note: 9,
  id: 10,
  time: 11,
  user: 12,
} as const;
