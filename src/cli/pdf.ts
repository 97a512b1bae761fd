// The report files a command writes (--out xlsx, --html, --pdf), rendered in memory before any is written: the HTML with
// Sarabun embedded, and the PDF printed from that same HTML; no browser is a person-facing error (exit 2, nothing written).

import { pdfMessages } from '../core/messages/pdf';
import { renderHtml } from '../core/report/html';
import type { ReportDocument } from '../core/report/types';
import { BrowserUnavailable, checkBrowser, chromiumPath, printPdf } from '../node/pdf';
import { sarabunFontCss } from '../node/sarabunFont';
import type { FileToWrite } from '../node/writeFileAtomic';
import { renderXlsx } from '../node/xlsxReport';
import { CliError } from './cliError';

/** A CliError marking a missing browser, so `khongdee sample` can go on without its PDF. */
export class NoBrowserError extends CliError {
  constructor(
    readonly browserPath: string,
    detail: string,
  ) {
    super(pdfMessages.noBrowser(browserPath, detail));
  }
}

/** With --pdf, refuses the run before any input is read when the browser is not there at all. */
export function checkPdfBrowser(pdf: string | undefined): void {
  if (pdf === undefined) return;
  try {
    checkBrowser(chromiumPath());
  } catch (e) {
    if (e instanceof BrowserUnavailable) throw new NoBrowserError(e.path, e.detail);
    throw e;
  }
}

/** The report's HTML page: the one file people open, with its type inside it. */
export function reportHtml(doc: ReportDocument): string {
  return renderHtml(doc, { fontCss: sarabunFontCss() });
}

/** The same HTML printed to PDF bytes, its footer carrying the report's source line. */
export async function reportPdf(doc: ReportDocument, html: string = reportHtml(doc)): Promise<Buffer> {
  try {
    return await printPdf(html, {
      footer: doc.attribution
        .split('\n')
        .filter((l) => l.trim() !== '')
        .join(' · '),
      pageOf: pdfMessages.pageOf,
      footerFontCss: sarabunFontCss([400]),
    });
  } catch (e) {
    if (e instanceof BrowserUnavailable) throw new NoBrowserError(e.path, e.detail);
    throw new CliError(pdfMessages.printFailed((e as Error).message.split('\n')[0]));
  }
}

export interface ReportPaths {
  readonly out?: string;
  readonly html?: string;
  readonly pdf?: string;
}

/** Every file asked for, rendered in memory in the order xlsx, HTML, PDF; nothing is written here. */
export async function reportFiles(doc: ReportDocument, paths: ReportPaths): Promise<FileToWrite[]> {
  const files: FileToWrite[] = [];
  if (paths.out) files.push({ path: paths.out, data: await renderXlsx(doc) });
  const html = paths.html || paths.pdf ? reportHtml(doc) : '';
  if (paths.html) files.push({ path: paths.html, data: html });
  if (paths.pdf) files.push({ path: paths.pdf, data: await reportPdf(doc, html) });
  return files;
}
