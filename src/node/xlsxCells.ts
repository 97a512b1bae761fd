// Converts one exceljs cell into the core's CellValue, giving what Apps Script's getValues() would give for the same cell,
// so the core sees the same values whether a sheet comes from Google Sheets or from an xlsx file.

import type * as ExcelJS from 'exceljs';
import { type CellDate, type CellValue, isCellDate } from '../core/cell';
import { excelJs } from './excelJs';

/** The value of a worksheet cell; '' for empty cells and for the covered (non top-left) cells of a merge. */
export function xlsxCellValue(cell: ExcelJS.Cell): CellValue {
  // exceljs repeats the merge master's value in every merged cell; Apps Script only has it in the top-left one.
  if (cell.isMerged && cell.master !== cell) return '';
  // cell.value copies a formula's result only when it is truthy (exceljs 4.4 drops 0, false and ''), so read it directly.
  if (cell.type === excelJs().ValueType.Formula) return formulaValue(cell.formula, cell.result);
  return convertValue(cell.value);
}

/** Any exceljs value (plain, formula, rich text, hyperlink, error) as a CellValue. */
export function convertValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (isDate(value)) return toCellDate(value);
  if (typeof value !== 'object') return '';
  return convertObject(value as Record<string, unknown>);
}

function convertObject(value: Record<string, unknown>): CellValue {
  if ('formula' in value || 'sharedFormula' in value) return formulaValue(value.formula, value.result);
  if ('richText' in value) return richText(value.richText);
  if ('hyperlink' in value) return hyperlinkValue(value.text, value.hyperlink);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * A formula's cached result is what the sheet showed when it was last saved (what getValues gives).
 * Excel does not write a hyperlink record for =HYPERLINK(), so its target is taken from the formula text.
 */
function formulaValue(formula: unknown, result: unknown): CellValue {
  const shown = convertValue(result);
  const target = typeof formula === 'string' ? hyperlinkFormulaTarget(formula) : undefined;
  return target === undefined ? shown : withTarget(shown, target);
}

function hyperlinkFormulaTarget(formula: string): string | undefined {
  const match = /^\s*=?\s*HYPERLINK\s*\(\s*"([^"]*)"/i.exec(formula);
  return match ? match[1] : undefined;
}

function richText(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((run) => (run && typeof run.text === 'string' ? run.text : '')).join('');
}

/** A link cell shows its text; the link itself matters for reporting, so an http(s) target the text does not already show is appended. */
function hyperlinkValue(text: unknown, target: unknown): CellValue {
  const shown = convertValue(text);
  return typeof target === 'string' ? withTarget(shown, target) : shown;
}

function withTarget(shown: CellValue, target: string): CellValue {
  const url = target.trim();
  if (!/^https?:\/\//i.test(url) || isCellDate(shown)) return shown;
  const text = shown === null ? '' : String(shown);
  if (text === '') return url;
  if (alreadyShown(text, url)) return shown;
  return `${text} ${url}`;
}

/** Excel stores link targets percent-encoded and sometimes with a trailing slash the text leaves out. */
function alreadyShown(text: string, url: string): boolean {
  return [url, decodeUriSafely(url)].some((form) => text.includes(form.replace(/\/+$/, '')));
}

function decodeUriSafely(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** exceljs gives date cells as UTC midnight of the calendar day shown, so the UTC parts are the cell's date. */
function toCellDate(date: Date): CellValue {
  if (Number.isNaN(date.getTime())) return '';
  const cellDate: CellDate = {
    kind: 'date',
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
  return cellDate;
}

/** Checked by tag, not instanceof, so Dates made in another realm (jest's vm, worker threads) still count. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
