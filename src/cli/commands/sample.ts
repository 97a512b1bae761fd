// `khongdee sample` (what `npm start` runs): the main job on the Phayao sample report shipped in samples/.

import { join } from 'node:path';
import { DLA_ONLINE_MARKET } from '../../core/form/dlaOnlineMarket';
import { cliMessages } from '../../core/messages/cli';
import type { CliIo } from '../io';
import { loadReport } from '../loadReport';
import { packageRoot } from '../../node/packageRoot';
import { todayInBangkok } from '../../node/today';
import { printValidation } from './validate';

export function sampleReportPath(): string {
  return join(packageRoot(), 'samples', 'phayao-report.xlsx');
}

export async function sampleCommand(io: CliIo, samplePath = sampleReportPath()): Promise<number> {
  io.out(cliMessages.sampleHeading(samplePath).th);
  const report = await loadReport(samplePath, DLA_ONLINE_MARKET, { today: todayInBangkok() });
  printValidation(io, 'th', samplePath, report.sheet.name, report.validation);
  return 0;
}
