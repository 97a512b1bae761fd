// Thai and English text about printing a report to PDF (--pdf): no browser to print with, a print that failed, and the
// page footer.

import type { Text } from './text';

const q = (s: string) => `“${s}”`;

export const pdfMessages = {
  /** the browser is not at the path (CHROMIUM_PATH or /usr/bin/chromium) or could not be started */
  noBrowser: (path: string, detail: string): Text => ({
    th: `สร้างไฟล์ PDF ไม่ได้ เพราะไม่พบหรือเปิดโปรแกรม Chromium ที่ ${q(path)} ไม่ได้ (${detail}) จึงไม่ได้บันทึกไฟล์ใด ติดตั้ง Chromium (เช่น apt-get install chromium) หรือระบุที่อยู่ของโปรแกรมใน CHROMIUM_PATH หรือสั่งใหม่โดยไม่ใช้ --pdf แล้วพิมพ์ไฟล์ --html จากเบราว์เซอร์`,
    en: `Could not make the PDF: no Chromium could be found or started at ${q(path)} (${detail}), so nothing was written. Install Chromium (e.g. apt-get install chromium) or set CHROMIUM_PATH to it, or run again without --pdf and print the --html file from a browser.`,
  }),
  printFailed: (detail: string): Text => ({
    th: `พิมพ์รายงานเป็น PDF ไม่สำเร็จ (${detail}) จึงไม่ได้บันทึกไฟล์ใด ลองอีกครั้ง หรือสั่งใหม่โดยไม่ใช้ --pdf แล้วพิมพ์ไฟล์ --html จากเบราว์เซอร์`,
    en: `Printing the report to PDF failed (${detail}), so nothing was written. Try again, or run without --pdf and print the --html file from a browser.`,
  }),
  /** `khongdee sample` without a browser: the other reports are still written */
  sampleWithoutPdf: (path: string): Text => ({
    th: `ไม่ได้สร้างไฟล์ PDF ของตัวอย่าง เพราะไม่พบหรือเปิดโปรแกรม Chromium ที่ ${q(path)} ไม่ได้ (ติดตั้ง Chromium หรือระบุใน CHROMIUM_PATH) ไฟล์ Excel และ HTML บันทึกตามปกติ`,
    en: `The sample's PDF was not made: no Chromium could be found or started at ${q(path)} (install it or set CHROMIUM_PATH); the Excel and HTML files are written as usual.`,
  }),
  /** the page number in the footer, around the browser's own page counters */
  pageOf: (page: string, pages: string): string => `หน้า ${page} / ${pages}`,
};
