// The สรุปผลรายอำเภอ action: roll the report sheet up by district for a period and write สรุปรายอำเภอ and ยังไม่รายงาน
// in the official layout, with two bar charts made once (they read the cells, which are refreshed in place).

import { cellText } from '../../core/cell';
import type { FormSpec } from '../../core/form/types';
import { reportMessages } from '../../core/messages/report';
import { sheetMessages } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import { currentFiscalYear, type Period, parsePeriod } from '../../core/period/period';
import { reportGrid, stackGrids } from '../../core/report/grid';
import { rollupMapInput } from '../../core/report/map/rollupMapInput';
import { rollupReport } from '../../core/report/rollupReport';
import { rollup } from '../../core/rollup/rollup';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { generatedSheet } from '../adapter/generatedSheets';
import type { Services, SheetApi } from '../adapter/services';
import { sheetDays, todayIn } from '../adapter/sheetDays';
import { writeGrid } from '../adapter/writeGrid';
import { checkReportSheet } from '../reportSheet';
import { readTargetsSheet } from '../targetsSheet';
import { workbookTimelyDays } from '../timelyDays';
import { workbookForm } from '../workbookForm';
import { saveMapData } from './mapData';

export interface SummaryOutcome {
  readonly ok: boolean;
  readonly message: Text;
  readonly notices: readonly Text[];
}

/** The form's money column (revenue) and participation by district, over the district rows of the summary sheet. */
function addCharts(
  services: Services,
  sheet: SheetApi,
  form: FormSpec,
  firstRow: number,
  districts: number,
  columns: readonly string[],
): void {
  const nameColumn = 2;
  const money = form.columns.find((c) => c.type === 'money');
  const revenueColumn = money
    ? columns.indexOf(reportMessages.columns.metric(money.label.th, money.unit?.th ?? '')) + 1
    : 0;
  const participationColumn = columns.indexOf(reportMessages.columns.participation) + 1;
  const charts: [number, string, number][] = [
    [revenueColumn, 'รายรับรายอำเภอ (บาท)', 2],
    [participationColumn, 'อัตราการรายงานผลของ อปท. รายอำเภอ', 20],
  ];
  for (const [column, title, anchorRow] of charts) {
    if (column <= 0) continue;
    const chart = sheet
      .newChart()
      .setChartType(services.barChart)
      .addRange(sheet.getRange(firstRow, nameColumn, districts, 1))
      .addRange(sheet.getRange(firstRow, column, districts, 1))
      .setPosition(anchorRow, columns.length + 2, 0, 0)
      .setOption('title', title)
      .setOption('legend', { position: 'none' })
      .build();
    sheet.insertChart(chart);
  }
}

/** `today`: today in the spreadsheet's time zone when undefined (tests fix it); the period is its fiscal year unless given. */
export function runDistrictSummary(
  services: Services,
  today: CalendarDay | undefined,
  periodKey: string | null,
): SummaryOutcome {
  let chosen: Period | null = null;
  if (periodKey) {
    const parsed = parsePeriod(periodKey);
    if (!parsed.ok) return { ok: false, message: parsed.message, notices: [] };
    chosen = parsed.period;
  }
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const days = sheetDays(ss, services.utilities);
  const day = today ?? todayIn(days, services);
  const period = chosen ?? currentFiscalYear(day);
  const form = workbookForm(props);
  const read = checkReportSheet(ss, form, day, props, days);
  if (!read.ok) return { ok: false, message: read.message, notices: [] };
  const { province, registry, validation } = read.checked;
  if (!province) return { ok: false, message: sheetMessages.noProvince, notices: [] };
  const targets = readTargetsSheet(ss, registry, days, form);
  if (!targets.ok) return { ok: false, message: targets.message, notices: [] };

  const result = rollup({
    form,
    sheets: [{ file: '', sheet: '', province, validation }],
    registry,
    period,
    targets: targets.targets,
    timelyDays: workbookTimelyDays(props),
  });
  const doc = rollupReport(result, form, { asOf: day, problems: [] });
  // the map dialog's figures (the page draws them): one Properties call
  saveMapData(props, 'district', rollupMapInput(result, form, (doc.subtitle ?? []).join(' · ')));
  // the results (at most 12 columns) with the comparison with the targets below them; then who has not reported
  const summaryTables = doc.tables.filter((t) => t.kind === 'results' || t.kind === 'targets');
  const summary = summaryTables[0];
  const nonReporters = doc.tables.find((t) => t.kind === 'notReported') ?? doc.tables[1];

  const notices: Text[] = [];
  const summaryOut = generatedSheet(ss, props, 'districtSummary', reportMessages.sheet.byDistrict);
  const summaryGrid = stackGrids(summaryTables.map(reportGrid));
  writeGrid(summaryOut.sheet, 'districtSummary', summaryGrid, summaryOut.created, props, {
    numberFormats: true,
    fontWeights: true,
  });
  if (summaryOut.created)
    addCharts(
      services,
      summaryOut.sheet,
      form,
      summaryGrid.headerRow + 2,
      result.root.children.length,
      summary.columns.map((c) => c.header),
    );
  if (summaryOut.notice) notices.push(summaryOut.notice);

  // the non-reporters list changes length every run: plain text without bold rows keeps it to one write
  const plain = {
    ...nonReporters,
    rows: nonReporters.rows.map((r) =>
      r.style === 'heading' ? { cells: [`▸ ${cellText(r.cells[0] ?? '')}`], style: 'normal' as const } : r,
    ),
  };
  const listOut = generatedSheet(ss, props, 'nonReporters', reportMessages.sheet.nonReporters);
  const listGrid = reportGrid(plain);
  writeGrid(
    listOut.sheet,
    'nonReporters',
    { ...listGrid, fontWeights: listGrid.fontWeights.slice(0, listGrid.headerRow + 1) },
    listOut.created,
    props,
    { numberFormats: false, fontWeights: true },
  );
  if (listOut.notice) notices.push(listOut.notice);

  const message = sheetMessages.summaryToast(
    result.root.children.length,
    result.withRegistry ? result.nonReporters.length : null,
  );
  ss.toast(message.th, sheetMessages.summaryTitle.th, 10);
  return { ok: true, message, notices };
}
