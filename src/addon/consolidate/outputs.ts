// Writes a consolidation's tables (สรุปรายจังหวัด with its charts' data beside it, สถานะรายจังหวัด, ลิงก์ซ้ำข้ามจังหวัด) as the core
// lays them out, one setValues each; the two charts are made once with the sheet and read the refreshed cells.

import { consolidateMessages } from '../../core/messages/consolidate';
import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import { reportMessages } from '../../core/messages/report';
import type { Text } from '../../core/messages/text';
import { asSheetText, type Grid, type GridValue, NUMBER_FORMATS, reportGrid, stackGrids } from '../../core/report/grid';
import type { BarChart, ReportDocument } from '../../core/report/types';
import { type GeneratedKind, generatedSheet } from '../adapter/generatedSheets';
import type { PropertiesApi, Services, SheetApi, SpreadsheetApi } from '../adapter/services';
import { writeGrid } from '../adapter/writeGrid';

// the consolidation's own kinds of generated sheet (generatedSheets uses a kind only as a key and a metadata value)
export const OUTPUT_KINDS: Readonly<Record<'summary' | 'status' | 'links', GeneratedKind>> = {
  summary: 'nationalSummary',
  status: 'nationalStatus',
  links: 'nationalCrossLinks',
};

interface ChartBlock {
  readonly chart: BarChart;
  /** 1-based position of the first category */
  readonly row: number;
  readonly column: number;
}

/** The summary grid with each chart's categories and values beside it, two columns per chart after one blank column. */
export function withChartData(grid: Grid, charts: readonly BarChart[]): { grid: Grid; blocks: ChartBlock[] } {
  const top = grid.headerRow;
  const height = Math.max(grid.values.length, top + 1 + Math.max(0, ...charts.map((c) => c.categories.length)));
  const width = grid.width + 3 * charts.length;
  const values: GridValue[][] = [];
  const formats: string[][] = [];
  const weights: string[][] = [];
  for (let r = 0; r < height; r++) {
    const inTable = r < grid.values.length;
    values.push([
      ...(inTable ? grid.values[r] : Array<GridValue>(grid.width).fill('')),
      ...Array<GridValue>(width - grid.width).fill(''),
    ]);
    formats.push([
      ...(inTable ? grid.numberFormats[r] : Array<string>(grid.width).fill('@')),
      ...Array<string>(width - grid.width).fill('@'),
    ]);
    weights.push([
      ...(inTable ? grid.fontWeights[r] : Array<string>(grid.width).fill('normal')),
      ...Array<string>(width - grid.width).fill('normal'),
    ]);
  }
  const blocks: ChartBlock[] = charts.map((chart, i) => {
    const c = grid.width + 1 + 3 * i;
    values[top][c] = asSheetText(i === 0 ? `${M.chartDataHeading}: ${chart.title}` : chart.title);
    values[top][c + 1] = asSheetText(`(${chart.unit})`);
    weights[top][c] = weights[top][c + 1] = 'bold';
    chart.categories.forEach((name, k) => {
      values[top + 1 + k][c] = asSheetText(name);
      values[top + 1 + k][c + 1] = chart.values[k];
      formats[top + 1 + k][c + 1] = NUMBER_FORMATS[chart.format];
    });
    return { chart, row: top + 2, column: c + 1 };
  });
  return { grid: { values, numberFormats: formats, fontWeights: weights, headerRow: grid.headerRow, width }, blocks };
}

function addCharts(services: Services, sheet: SheetApi, blocks: readonly ChartBlock[], anchorColumn: number): void {
  blocks.forEach(({ chart, row, column }, i) => {
    const n = chart.categories.length;
    if (n === 0) return;
    const built = sheet
      .newChart()
      .setChartType(services.barChart)
      // one block, names then values: the chart takes the first column as its labels (one call fewer than two ranges)
      .addRange(sheet.getRange(row, column, n, 2))
      .setPosition(2 + 26 * i, anchorColumn, 0, 0)
      .setOption('title', chart.title)
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(built);
  });
}

/**
 * Writes the three sheets; returns what people should know about them (a sheet made again, another name used). The tables are
 * consolidationReport's results and targets (stacked in one sheet), status and links, found by kind; with a single province its
 * summary is by district, still written to สรุปรายจังหวัด, the sheet this action owns.
 */
export function writeNationalTables(
  services: Services,
  ss: SpreadsheetApi,
  props: PropertiesApi,
  doc: ReportDocument,
): Text[] {
  const summaryTables = doc.tables.filter((t) => t.kind === 'results' || t.kind === 'targets');
  const statusTable = doc.tables.find((t) => t.kind === 'status');
  const linksTable = doc.tables.find((t) => t.kind === 'crossLinks');
  if (summaryTables.length === 0 || !statusTable || !linksTable)
    throw new Error('consolidation report without its tables');
  const notices: Text[] = [];
  // the results with the comparison with the targets below them, the charts' data beside
  const summary = withChartData(stackGrids(summaryTables.map(reportGrid)), doc.charts);
  const summaryOut = generatedSheet(ss, props, OUTPUT_KINDS.summary, reportMessages.sheet.byProvince);
  writeGrid(summaryOut.sheet, 'nationalSummary', summary.grid, summaryOut.created, props, {
    numberFormats: true,
    fontWeights: true,
  });
  if (summaryOut.created) addCharts(services, summaryOut.sheet, summary.blocks, summary.grid.width + 2);
  if (summaryOut.notice) notices.push(summaryOut.notice);

  for (const [kind, name, table] of [
    ['nationalStatus', consolidateMessages.sheet.status, statusTable],
    ['nationalCrossLinks', consolidateMessages.sheet.links, linksTable],
  ] as const) {
    const out = generatedSheet(ss, props, OUTPUT_KINDS[kind === 'nationalStatus' ? 'status' : 'links'], name);
    writeGrid(out.sheet, kind, reportGrid(table), out.created, props, { numberFormats: true, fontWeights: true });
    if (out.notice) notices.push(out.notice);
  }
  return notices;
}
