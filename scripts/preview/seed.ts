// Fills an in-memory twin with the sheets of an xlsx file (the Phayao sample by default), as a person would have typed
// them: date cells become Dates at local midnight, as getValues gives them in the sheet's time zone.

import { join } from 'node:path';
import { isCellDate, type CellValue } from '../../src/core/cell';
import { packageRoot } from '../../src/node/packageRoot';
import { readWorkbook } from '../../src/node/readTable';
import { createServices, distHtmlFiles, type SeedCell, type Twin } from '../../src/twin';

export const SAMPLE_WORKBOOK = join(packageRoot(), 'samples', 'phayao-report.xlsx');

function seedCell(v: CellValue): SeedCell {
  if (isCellDate(v)) return new Date(v.year, v.month - 1, v.day);
  return v ?? '';
}

export async function twinFromWorkbook(file: string, options: { userEmail: string; distDir: string }): Promise<Twin> {
  const book = await readWorkbook(file);
  const twin = createServices({ userEmail: options.userEmail, htmlFiles: distHtmlFiles(options.distDir), workbook: { name: 'ของดีบ้านเรา (preview)' } });
  for (const sheet of book.sheets) twin.workbook.addSheet(sheet.name, sheet.rows.map((r) => r.map(seedCell)));
  return twin;
}
