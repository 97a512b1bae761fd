// Prints a report's HTML to an A4 landscape PDF in memory with playwright-core and the system's Chromium (never a
// downloaded browser): CHROMIUM_PATH, else Debian's /usr/bin/chromium. The caller writes the bytes with its other outputs.

import { existsSync } from 'node:fs';
import { escapeHtml } from '../core/report/html';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The browser to print with: CHROMIUM_PATH when set, else Debian's Chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROMIUM_PATH?.trim();
  return given ? given : DEFAULT_CHROMIUM;
}

/** No browser to print with: the path is missing, playwright-core is not installed, or the browser would not start. */
export class BrowserUnavailable extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

/** Throws BrowserUnavailable when there is no file at the browser's path: a cheap check made before any input is read. */
export function checkBrowser(path: string): void {
  if (!existsSync(path)) throw new BrowserUnavailable(path, 'not found / ไม่พบไฟล์');
}

export interface PdfOptions {
  /** the source line printed at the foot of every page, beside the page number */
  readonly footer: string;
  /** "หน้า {page} / {pages}" around the browser's page counters */
  readonly pageOf: (page: string, pages: string) => string;
  /** @font-face rules for the footer, which sees none of the page's (the CLI passes Sarabun regular) */
  readonly footerFontCss?: string;
  readonly executablePath?: string;
}

/**
 * The browser's environment: this process's, less a preloaded clock library (libfaketime, which the CI's second run puts
 * under every process): under it Chromium's start and first page take tens of seconds and printing fails. The page
 * printed does not depend on the clock.
 */
export function browserEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name.startsWith('FAKETIME')) continue;
    if (name === 'LD_PRELOAD' || name === 'DYLD_INSERT_LIBRARIES') {
      const kept = value.split(/[:\s]+/).filter((lib) => lib !== '' && !/faketime/i.test(lib));
      if (kept.length > 0) out[name] = kept.join(':');
      continue;
    }
    out[name] = value;
  }
  return out;
}

const PRINT_MARGIN = { top: '12mm', right: '12mm', bottom: '16mm', left: '12mm' } as const;
const LAUNCH_TIMEOUT_MS = 60_000;

/** The footer Chromium draws in the bottom margin, with its own styles and fonts: it sees none of the page's. */
export function footerTemplate(source: string, pageOf: PdfOptions['pageOf'], fontCss = ''): string {
  const counter = pageOf('<span class="pageNumber"></span>', '<span class="totalPages"></span>');
  return [
    fontCss ? `<style>${fontCss}</style>` : '',
    '<div style="font-size: 8pt; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between; gap: 8mm;',
    " color: #444; font-family: 'Sarabun', 'TH Sarabun New', 'TH SarabunPSK', 'Noto Sans Thai', Tahoma, sans-serif;\">",
    `<span>${escapeHtml(source)}</span><span style="white-space: nowrap;">${counter}</span></div>`,
  ].join('');
}

/**
 * Prints the page to PDF bytes: A4 landscape, backgrounds (the table shading), margins and a footer with the source and
 * "หน้า n / N" on every page. The page is self-contained; any request it would make is refused.
 */
export async function printPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const path = options.executablePath ?? chromiumPath();
  checkBrowser(path);
  let chromium: typeof import('playwright-core').chromium;
  try {
    // loaded when a PDF is asked for: the rest of the command line never pays for it
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new BrowserUnavailable(path, `playwright-core: ${(e as Error).message}`);
  }
  let browser: import('playwright-core').Browser;
  try {
    browser = await chromium.launch({
      executablePath: path,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      env: browserEnv(),
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
  } catch (e) {
    throw new BrowserUnavailable(path, firstLine((e as Error).message));
  }
  try {
    const page = await browser.newPage({ locale: 'th-TH' });
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // the embedded Sarabun is decoded before printing, or the first page could fall back to a system font
    await page.evaluate('document.fonts.ready.then(() => true)');
    return await page.pdf({
      format: 'A4',
      landscape: true,
      printBackground: true,
      margin: PRINT_MARGIN,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(options.footer, options.pageOf, options.footerFontCss),
    });
  } finally {
    await browser.close().catch(() => undefined);
  }
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? text).trim();
}
