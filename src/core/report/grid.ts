// Lays a report table out as the 2-D arrays one batched spreadsheet write takes: values, number formats and font weights;
// several tables (the results and the targets) can be stacked into one such write.
// Text a person typed is neutralised so the spreadsheet never runs it as a formula.

import { UNKNOWN_MARK } from './htmlText';
import type { CellFormat, ReportTable } from './types';

export type GridValue = string | number;

export interface Grid {
  readonly values: GridValue[][];
  readonly numberFormats: string[][];
  readonly fontWeights: string[][];
  /** 0-based index of the header row */
  readonly headerRow: number;
  readonly width: number;
}

export const NUMBER_FORMATS: Readonly<Record<CellFormat, string>> = {
  text: '@',
  integer: '#,##0',
  money: '#,##0.00',
  percent: '0.0',
};

const FORMULA_START = /^[=+\-@]/;
// what a spreadsheet would turn into a number, a date or a boolean when written as text: "1,50", "0812345678", "1/10/2568"
const CONVERTIBLE = /^(?:[\d\s.,%$฿()/:-]+|true|false)$/i;

/**
 * Text as setValues must receive it to stay exactly as typed: a string starting with =, +, - or @ would become a formula,
 * and number- or date-like text would be converted; a leading ' keeps it text.
 */
export function asSheetText(text: string): string {
  return FORMULA_START.test(text) || CONVERTIBLE.test(text) ? `'${text}` : text;
}

export function reportGrid(table: ReportTable): Grid {
  const width = Math.max(table.columns.length, 1);
  const values: GridValue[][] = [];
  const formats: string[][] = [];
  const weights: string[][] = [];
  const line = (cells: GridValue[], bold: boolean, fmt?: (c: number) => string) => {
    const row = Array.from({ length: width }, (_, c) => cells[c] ?? '');
    values.push(row);
    formats.push(row.map((_, c) => (fmt ? fmt(c) : '@')));
    weights.push(row.map(() => (bold ? 'bold' : 'normal')));
  };
  line([asSheetText(table.title)], true);
  for (const s of table.subtitle) line([asSheetText(s)], false);
  line([], false);
  const headerRow = values.length;
  line(
    table.columns.map((c) => asSheetText(c.header)),
    true,
  );
  for (const row of table.rows) {
    if (row.style === 'heading') {
      line([asSheetText(String(row.cells[0] ?? ''))], true);
      continue;
    }
    const cells = table.columns.map((col, c) => {
      const v = row.cells[c];
      if (v === null || v === undefined) return col.format === 'text' ? '' : UNKNOWN_MARK;
      return typeof v === 'number' ? v : asSheetText(v);
    });
    line(cells, row.style !== 'normal', (c) => NUMBER_FORMATS[table.columns[c].format]);
  }
  if (table.footnotes.length > 0) line([], false);
  for (const note of table.footnotes) line([asSheetText(`* ${note}`)], false);
  return { values, numberFormats: formats, fontWeights: weights, headerRow, width };
}

/**
 * Several tables' grids one under the other with a blank row between, as one write: the results with their targets below.
 * The header row stays the first grid's (its charts and frozen rows refer to it).
 */
export function stackGrids(grids: readonly Grid[]): Grid {
  const width = Math.max(1, ...grids.map((g) => g.width));
  const widen = <T>(rows: readonly T[][], fill: T): T[][] =>
    rows.map((row) => [...row, ...Array<T>(width - row.length).fill(fill)]);
  const values: GridValue[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: string[][] = [];
  grids.forEach((g, i) => {
    if (i > 0) {
      values.push(Array<GridValue>(width).fill(''));
      numberFormats.push(Array<string>(width).fill('@'));
      fontWeights.push(Array<string>(width).fill('normal'));
    }
    values.push(...widen(g.values, ''));
    numberFormats.push(...widen(g.numberFormats, '@'));
    fontWeights.push(...widen(g.fontWeights, 'normal'));
  });
  return { values, numberFormats, fontWeights, headerRow: grids[0]?.headerRow ?? 0, width };
}
