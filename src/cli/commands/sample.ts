// `khongdee sample` (what `npm start` runs): the main job on the Phayao sample shipped in samples/ —
// check the report, roll it up by district with the built-in registry and the sample targets, and write the xlsx, HTML and
// PDF reports (the PDF where a Chromium is there to print it; without one, it says so and writes the rest).

import { join } from 'node:path';
import { DLA_ONLINE_MARKET } from '../../core/form/dlaOnlineMarket';
import { cliMessages } from '../../core/messages/cli';
import { pdfMessages } from '../../core/messages/pdf';
import { packageRoot } from '../../node/packageRoot';
import { todayInBangkok } from '../../node/today';
import type { CliIo } from '../io';
import { NoBrowserError } from '../pdf';
import { checkReport, loadRegistry, openWorkbook } from '../reportInputs';
import { runRollup } from './rollup';
import { printValidation } from './validate';

export function samplePaths(root = packageRoot()) {
  return {
    report: join(root, 'samples', 'phayao-report.xlsx'),
    targets: join(root, 'samples', 'phayao-targets.csv'),
    xlsx: join(root, 'out', 'phayao-rollup.xlsx'),
    html: join(root, 'out', 'phayao-rollup.html'),
    pdf: join(root, 'out', 'phayao-rollup.pdf'),
  };
}

export async function sampleCommand(io: CliIo, paths = samplePaths()): Promise<number> {
  const today = todayInBangkok();
  io.out(cliMessages.sampleHeading(paths.report).th);
  const book = await openWorkbook(paths.report);
  const report = await checkReport(book, {
    form: DLA_ONLINE_MARKET,
    today,
    registry: await loadRegistry(undefined, [book]),
    requireProvince: false,
  });
  printValidation(io, 'th', paths.report, report.sheet, report.validation);
  io.out('');
  const request = {
    files: [paths.report],
    targets: paths.targets,
    out: paths.xlsx,
    html: paths.html,
    today,
    lang: 'th' as const,
  };
  try {
    return await runRollup({ ...request, pdf: paths.pdf }, io);
  } catch (e) {
    // nothing was written: the run is made again without the PDF
    if (!(e instanceof NoBrowserError)) throw e;
    io.err(pdfMessages.sampleWithoutPdf(e.browserPath).th);
    return runRollup(request, io);
  }
}
