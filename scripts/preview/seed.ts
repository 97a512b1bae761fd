// Fills an in-memory twin with the sheets of an xlsx file (the Phayao sample by default), as a person would have typed
// them: an xlsx date means a calendar day, which becomes the date cell that day makes in the twin spreadsheet's zone.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU_TITLE } from '../../src/addon/menu';
import { packageRoot } from '../../src/node/packageRoot';
import { readWorkbook } from '../../src/node/readTable';
import { createServices, distHtmlFiles, type Twin } from '../../src/twin';

export const SAMPLE_WORKBOOK = join(packageRoot(), 'samples', 'phayao-report.xlsx');

export async function twinFromWorkbook(file: string, options: { userEmail: string; distDir: string }): Promise<Twin> {
  const book = await readWorkbook(file);
  // the built manifest's scopes: a call the add-on may not make fails in the preview as it would in Google Sheets
  const { oauthScopes } = JSON.parse(readFileSync(join(options.distDir, 'appsscript.json'), 'utf8')) as {
    oauthScopes: string[];
  };
  const twin = createServices({
    userEmail: options.userEmail,
    oauthScopes,
    addonName: MENU_TITLE.th,
    htmlFiles: distHtmlFiles(options.distDir),
    workbook: { name: 'ของดีบ้านเรา (preview)' },
    // a person using the preview lives on the real clock
    now: () => Date.now(),
  });
  for (const sheet of book.sheets) twin.workbook.addSheet(sheet.name, twin.workbook.typedRows(sheet.rows));
  return twin;
}
