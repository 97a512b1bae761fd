// The ตั้งค่าแบบรายงาน action: remembers which programme's form the workbook reports on (the dialog's choice), makes the
// report sheet with that form's headers when there is none, or repairs the existing
// one without moving any entry: header formatting, frozen rows, number formats, number checks, district and อปท. dropdowns
// from the registry (through a hidden list sheet, since list validation fails above 500 items), warning-only protection.

import { builtInForm } from '../../core/form/builtInForms';
import { newSheetColumns } from '../../core/form/entryFields';
import type { ColumnRole, FormSpec } from '../../core/form/types';
import { collateThai } from '../../core/format/collate';
import { addonMessages } from '../../core/messages/addon';
import { setupMessages as M } from '../../core/messages/sheets';
import type { Text } from '../../core/messages/text';
import { laoDisplayName } from '../../core/registry/laoTypes';
import type { ProvinceRegistry } from '../../core/registry/match';
import { NUMBER_FORMATS } from '../../core/report/grid';
import { generatedSheet } from '../adapter/generatedSheets';
import type { PropertiesApi, RangeApi, Services, SheetApi, SpreadsheetApi } from '../adapter/services';
import { sheetDays } from '../adapter/sheetDays';
import { addSubmissionColumns, planSubmissionColumns, SUBMISSION_COLUMNS } from '../entry/submissionColumns';
import { REGISTRY_MADE_KEY, readRegistrySheet } from '../registrySheet';
import { REPORT_SHEET_KEY, readReportBlock } from '../reportSheet';
import { rememberWorkbookForm, workbookForm } from '../workbookForm';
import { blockProvince } from './registry';

export interface SetupOutcome {
  readonly ok: boolean;
  readonly message: Text;
}

const HEADER_BACKGROUND = '#d9ead3';

function protectWarningOnly(target: SheetApi | RangeApi, description: string): void {
  target.protect().setWarningOnly(true).setDescription(description);
}

/** A new report sheet: the form's title, the province line and the form's canonical headers; nothing else moves. */
function makeReportSheet(
  ss: SpreadsheetApi,
  form: FormSpec,
  province: string | null,
): { sheet: SheetApi; headerRow: number; width: number } {
  let name = M.reportSheetName;
  for (let i = 2; ss.getSheetByName(name); i++) name = `${M.reportSheetName} (${i})`;
  const sheet = ss.insertSheet(name);
  const headers = newSheetColumns(form).map((c) => c.header);
  const blank = headers.map(() => '');
  const rows = [[form.title.th, ...blank.slice(1)], [M.provinceLine(province), ...blank.slice(1)], blank, headers];
  sheet.getRange(1, 1, rows.length, headers.length).setValues(rows);
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold');
  return { sheet, headerRow: 4, width: headers.length };
}

/** The hidden list sheet the dropdowns point at: districts in DOPA order, อปท. in Thai order. */
function writeLists(
  ss: SpreadsheetApi,
  props: PropertiesApi,
  reg: ProvinceRegistry,
): { districts: RangeApi; laos: RangeApi } {
  const out = generatedSheet(ss, props, 'lists', M.listsSheetName);
  const districts = reg.districts.map((d) => d.name);
  const laos = reg.laos.map(laoDisplayName).sort(collateThai);
  const height = Math.max(districts.length, laos.length) + 1;
  const rows = [['อำเภอ', 'อปท.']];
  for (let i = 0; i < height - 1; i++) rows.push([districts[i] ?? '', laos[i] ?? '']);
  out.sheet.clear();
  out.sheet.getRange(1, 1, height, 2).setValues(rows);
  if (out.created) out.sheet.hideSheet();
  return { districts: out.sheet.getRange(2, 1, districts.length, 1), laos: out.sheet.getRange(2, 2, laos.length, 1) };
}

/** The 1-based column of the form's column of `role` in the sheet, if the sheet has it. */
function columnOfRole(form: FormSpec, columns: ReadonlyMap<string, number>, role: ColumnRole): number | undefined {
  const key = form.columns.find((c) => c.role === role)?.key;
  return key === undefined ? undefined : columns.get(key);
}

/** Number formats and checks on the figures' columns below the header, column by column (a handful of calls). */
function numberChecks(app: Services['spreadsheetApp'], sheet: SheetApi, form: FormSpec, at: Layout): number {
  const numberRule = app
    .newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(true)
    .setHelpText(M.numberHelp.th)
    .build();
  let numbers = 0;
  for (const spec of form.columns) {
    const col = at.columns.get(spec.key);
    if (!col || (spec.type !== 'count' && spec.type !== 'money')) continue;
    const range = sheet.getRange(at.firstData, col, at.dataRows, 1);
    range.setNumberFormat(NUMBER_FORMATS[spec.type === 'money' ? 'money' : 'integer']);
    range.setDataValidation(numberRule);
    numbers++;
  }
  return numbers;
}

/** Dropdowns of the district and อปท. columns from the registry, through the hidden list sheet: whether it made them. */
function dropdowns(
  app: Services['spreadsheetApp'],
  ss: SpreadsheetApi,
  props: PropertiesApi,
  sheet: SheetApi,
  form: FormSpec,
  at: Layout & { reg: ProvinceRegistry | undefined },
): boolean {
  const districtCol = columnOfRole(form, at.columns, 'district');
  const laoCol = columnOfRole(form, at.columns, 'lao');
  // a form whose rows belong to people has no อปท. to choose: the registry gives it no list
  if (!at.reg || (districtCol === undefined && laoCol === undefined)) return false;
  const lists = writeLists(ss, props, at.reg);
  const dropdown = (list: RangeApi) =>
    app.newDataValidation().requireValueInRange(list, true).setAllowInvalid(true).setHelpText(M.listHelp.th).build();
  if (districtCol)
    sheet.getRange(at.firstData, districtCol, at.dataRows, 1).setDataValidation(dropdown(lists.districts));
  if (laoCol) sheet.getRange(at.firstData, laoCol, at.dataRows, 1).setDataValidation(dropdown(lists.laos));
  return true;
}

interface Layout {
  readonly columns: ReadonlyMap<string, number>;
  readonly firstData: number;
  readonly dataRows: number;
}

interface Placed {
  readonly sheet: SheetApi;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly width: number;
  readonly columns: Map<string, number>;
  readonly created: boolean;
}

/** The report sheet of `form` as every action finds it (not the tab the person happens to be on), else a new one. */
function placeReport(
  ss: SpreadsheetApi,
  props: PropertiesApi,
  form: FormSpec,
  read: ReturnType<typeof readReportBlock>,
  province: string | null,
): Placed {
  if (read.ok) {
    const { rows, header: found } = read.block;
    const headerTop = found.rows[0] + 1;
    const headerBottom = found.rows[found.rows.length - 1] + 1;
    return {
      sheet: read.sheet,
      headerTop,
      headerBottom,
      width: Math.max(...rows.slice(headerTop - 1, headerBottom).map((r) => r.length)),
      columns: new Map([...found.columns.values()].map((c) => [c.key, c.index + 1])),
      created: false,
    };
  }
  const made = makeReportSheet(ss, form, province);
  props.setProperty(REPORT_SHEET_KEY, String(made.sheet.getSheetId()));
  return {
    sheet: made.sheet,
    headerTop: made.headerRow,
    headerBottom: made.headerRow,
    width: made.width,
    columns: new Map(form.columns.map((c, i) => [c.key, i + 1])),
    created: true,
  };
}

/**
 * Sets up the workbook for the built-in form `formId` (the dialog's choice), remembered for every action; without an id,
 * for the form the workbook already has (DLA's when it never chose one).
 */
export function runSetup(services: Services, formId?: string): SetupOutcome {
  const app = services.spreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const chosen = formId === undefined ? workbookForm(props) : builtInForm(formId);
  if (!chosen) return { ok: false, message: addonMessages.unknownForm(formId ?? '') };
  const form = chosen;
  if (formId !== undefined) rememberWorkbookForm(props, form);
  const days = sheetDays(ss, services.utilities);
  const read = readReportBlock(ss, props, form, days);
  const province = read.ok ? blockProvince(read.block.rows, read.block.header, form) : null;
  const placed = placeReport(ss, props, form, read, province?.nameTh ?? null);
  const { sheet, headerTop, headerBottom, width, created } = placed;

  // the sidebar's bookkeeping columns (submission id, time, submitter): added after the last header column, hidden
  const plan = planSubmissionColumns(read.ok ? read.block.rows : [], read.ok ? [...read.block.header.rows] : []);
  const submission = created ? { start: width, headers: SUBMISSION_COLUMNS.map((c) => c.header) } : plan.missing;
  if (submission) addSubmissionColumns(sheet, headerTop, submission);

  // the header: bold, wrapped, coloured, frozen, and protected with a warning only (the person may still edit it)
  const header = sheet.getRange(headerTop, 1, headerBottom - headerTop + 1, width);
  header.setFontWeight('bold').setWrap(true).setHorizontalAlignment('center').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(headerBottom);
  for (const p of sheet.getProtections(app.ProtectionType.RANGE))
    if (p.getDescription() === M.protectionHeader) p.remove();
  protectWarningOnly(header, M.protectionHeader);

  const at = {
    columns: placed.columns,
    firstData: headerBottom + 1,
    dataRows: Math.max(sheet.getMaxRows() - headerBottom, 1),
  };
  const numbers = numberChecks(app, sheet, form, at);
  const registry = readRegistrySheet(ss, props.getProperty(REGISTRY_MADE_KEY) !== null, days);
  const reg = registry.ok && registry.index && province ? registry.index.provinces.get(province.code) : undefined;
  const listed = dropdowns(app, ss, props, sheet, form, { ...at, reg });
  sheet.activate();
  const hasLists =
    columnOfRole(form, at.columns, 'district') !== undefined || columnOfRole(form, at.columns, 'lao') !== undefined;
  const repaired = hasLists ? M.repaired(numbers, listed) : addonMessages.repairedWithoutLists(numbers);
  return { ok: true, message: created ? M.created(sheet.getName()) : repaired };
}
