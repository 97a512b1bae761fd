// Writes a laid-out grid to a generated sheet with one setValues and, only when the layout changed, one call per format.
// The previous size and layout are remembered in document properties, so a smaller result blanks the old cells without
// a clear() and an unchanged layout costs no format calls.

import type { Grid, GridValue } from '../../core/report/grid';
import type { PropertiesApi, SheetApi } from './services';

const LAYOUT_KEY = 'khongdee.layout.';

export interface WriteOptions {
  readonly numberFormats: boolean;
  readonly fontWeights: boolean;
}

function pad<T>(rows: readonly T[][], height: number, width: number, fill: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < height; r++) {
    const src = rows[r];
    const row: T[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = src && c < src.length ? src[c] : fill;
    out.push(row);
  }
  return out;
}

/** A short fingerprint of where formats fall, so an unchanged layout is recognised. */
function layoutOf(grid: Grid, options: WriteOptions): string {
  let hash = 0;
  const feed = (rows: readonly string[][]) => {
    for (const row of rows)
      for (const cell of row)
        for (let i = 0; i < cell.length; i++) hash = (Math.imul(hash, 31) + cell.charCodeAt(i)) | 0;
  };
  if (options.numberFormats) feed(grid.numberFormats);
  if (options.fontWeights) feed(grid.fontWeights);
  return `${grid.values.length},${grid.width},${hash}`;
}

export function writeGrid(
  sheet: SheetApi,
  key: string,
  grid: Grid,
  created: boolean,
  props: PropertiesApi,
  options: WriteOptions,
): void {
  const previous = created ? null : props.getProperty(LAYOUT_KEY + key);
  const [prevRows, prevCols] = previous ? previous.split(',').map(Number) : [0, 0];
  const height = Math.max(grid.values.length, prevRows || 0, 1);
  const width = Math.max(grid.width, prevCols || 0, 1);
  const values = pad<GridValue>(grid.values, height, width, '');
  let range: ReturnType<SheetApi['getRange']>;
  try {
    range = sheet.getRange(1, 1, height, width);
    range.setValues(values);
  } catch (e) {
    // only when the result outgrows the sheet: add rows once, then write again
    const missing = height - sheet.getMaxRows();
    if (missing <= 0) throw e;
    sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    range = sheet.getRange(1, 1, height, width);
    range.setValues(values);
  }
  const layout = layoutOf(grid, options);
  // the number of rows may change while the formats stay where they were (more problems, the same bold header)
  const formatsMoved =
    previous === null || previous.split(',').slice(1).join(',') !== layout.split(',').slice(1).join(',');
  if (formatsMoved) {
    if (options.numberFormats) range.setNumberFormats(pad(grid.numberFormats, height, width, '@'));
    if (options.fontWeights) range.setFontWeights(pad(grid.fontWeights, height, width, 'normal'));
  }
  props.setProperty(LAYOUT_KEY + key, layout);
}
