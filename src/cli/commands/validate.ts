// `khongdee validate FILE`: checks one report file and prints the problems (text for people, or --json).

import { cliMessages } from '../../core/messages/cli';
import { cliNotices } from '../../core/messages/cliNotices';
import type { Lang } from '../../core/messages/text';
import type { SheetValidation } from '../../core/validate/types';
import { validationJson } from '../../core/validate/validationJson';
import { parseCommand, periodOption } from '../args';
import { CliError } from '../cliError';
import { formOption } from '../formOption';
import type { CliIo } from '../io';
import { langOption } from '../langOption';
import { checkReport, loadRegistry, openWorkbook, outlierOption } from '../reportInputs';
import { escapeControls, formatTable, shownValue, VALUE_MAX } from '../terminalTable';
import { todayOption } from '../todayOption';

export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args);
  const file = positionals[0];
  if (!file) throw new CliError(cliMessages.missingFile);
  // one file a run: a second name would otherwise be ignored without a word
  if (positionals.length > 1) throw new CliError(cliNotices.unexpectedArgument(positionals[1]));
  const today = todayOption(values.today);
  const lang = langOption(values.lang);
  const period = periodOption(values.period) ?? undefined;
  const outliers = outlierOption(values['outlier-threshold']);
  const book = await openWorkbook(file);
  const registry = await loadRegistry(values.registry, [book]);
  const form = formOption(values.form);
  const report = await checkReport(book, {
    form,
    today,
    registry,
    sheetName: values.sheet,
    requireProvince: false,
    period,
    outliers,
  });
  if (values.json) io.out(JSON.stringify(validationJson(file, report.sheet, form, report.validation), null, 2));
  else printValidation(io, lang, file, report.sheet, report.validation);
  // a header with nothing under it is not "no problems": most often the wrong file or sheet
  if (report.validation.summary.dataRows === 0) {
    io.err(cliNotices.noDataRows(file, report.sheet)[lang]);
    return 1;
  }
  return report.validation.summary.rowsWithErrors > 0 ? 1 : 0;
}

function parseCommandArgs(args: readonly string[]) {
  return parseCommand(args, {
    sheet: { type: 'string' },
    registry: { type: 'string' },
    form: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
    today: { type: 'string' },
    period: { type: 'string' },
    'outlier-threshold': { type: 'string' },
  } as const);
}

export function printValidation(io: CliIo, t: Lang, file: string, sheet: string, v: SheetValidation): void {
  const errors = v.problems.filter((p) => p.severity === 'error').length;
  io.out(escapeControls(cliMessages.fileLine(file, sheet, v.header.rows.map((r) => r + 1).join('–'))[t]));
  io.out(cliMessages.rowCounts(v.summary)[t]);
  io.out(
    cliMessages.problemCounts(errors, v.problems.length - errors, v.summary.rowsWithErrors, v.summary.rowsWithWarnings)[
      t
    ],
  );
  if (v.problems.length === 0) {
    if (v.summary.dataRows > 0) io.out(cliMessages.allGood[t]);
    return;
  }
  const rows = v.problems.map((p) => [
    String(p.row),
    p.header ?? '',
    p.value,
    cliMessages.severity[p.severity][t],
    messageShown(p.message[t], p.value),
  ]);
  io.out('');
  for (const line of formatTable([cliMessages.problemColumns[t], ...rows], 28, [0])) io.out(line);
}

/** A message quotes the cell's value; a long one is shown cut there too, so the advice after it stays on screen. */
function messageShown(message: string, value: string): string {
  return value.length > VALUE_MAX ? message.split(value).join(shownValue(value)) : message;
}
