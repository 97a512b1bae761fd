// `npm run bench`, national consolidation in Apps Script: 76 provinces × 2,000 rows on the twin, as the central script's files and
// as the add-on's tabs, with the run's clock on the projected Apps Script time (so it pauses where Apps Script would).

import { TABS_RUN } from '../src/addon/consolidate/menuRun';
import { type NationalRunConfig, type RunOutcome, runNational } from '../src/addon/consolidate/runner';
import type { RunChoices } from '../src/addon/consolidate/runState';
import { FILES_RUN } from '../src/central/config';
import { provinceByCode } from '../src/core/geo/provinces';
import { indexRegistry } from '../src/core/registry/match';
import { createServices, type SeedCell, storeBytes, type Twin } from '../src/twin';
import { CALL_MS, CELL_US, COMPUTE_FACTOR, PROJECTION } from './costModel';
import { generateRows } from './generate';
import { nationalRegistry, registryRows as readRegistryRows } from './registry';

const PROVINCE_ROWS = 2_000;
const TARGET_S = 60;
const START = Date.UTC(2026, 10, 21, 2, 0, 0);

/** The projected Apps Script time of everything the twin has done since `t0`: the same model as the add-on's bench. */
function projectedClock(twin: Twin): { now: () => number; computeMs: () => number } {
  const t0 = process.hrtime.bigint();
  const computeMs = () => Number(process.hrtime.bigint() - t0) / 1e6;
  const now = () =>
    START +
    twin.counter.calls * CALL_MS +
    ((twin.counter.cellsRead + twin.counter.cellsWritten) * CELL_US) / 1000 +
    computeMs() * COMPUTE_FACTOR;
  return { now, computeMs };
}

function runToEnd(
  twin: Twin,
  config: NationalRunConfig,
  choices?: RunChoices,
): { outcomes: RunOutcome[]; maxProps: number } {
  let maxProps = 0;
  const outcomes = [runNational(twin.services, config, 'start', choices)];
  while (outcomes[outcomes.length - 1].kind === 'paused') {
    maxProps = Math.max(maxProps, storeBytes(twin.workbook.documentProperties));
    outcomes.push(runNational(twin.services, config, config.continuation ? 'trigger' : 'continue'));
  }
  return { outcomes, maxProps };
}

/** Calls that fetch a block of values: getValues of a range, or getSheetValues of a sheet or spreadsheet. */
const reads = (twin: Twin): number =>
  Object.entries(twin.counter.byMethod)
    .filter(([method]) => method.endsWith('.getValues') || method.endsWith('.getSheetValues'))
    .reduce((sum, [, n]) => sum + n, 0);

function report(
  label: string,
  twin: Twin,
  clock: { now: () => number; computeMs: () => number },
  run: { outcomes: RunOutcome[]; maxProps: number },
  provinces: number,
): void {
  const calls = twin.counter.calls;
  const cells = twin.counter.cellsRead + twin.counter.cellsWritten;
  const projected = (clock.now() - START) / 1000;
  const last = run.outcomes[run.outcomes.length - 1];
  const perProvince = (calls / provinces).toFixed(2);
  console.log(
    `  ${label}: ${last.kind}, ${run.outcomes.length} execution(s), ${calls} calls (${perProvince} per province, ` +
      `${reads(twin)} block reads), ${cells.toLocaleString('en-US')} cells, local ${clock.computeMs().toFixed(0)} ms, ` +
      `projected ${projected.toFixed(1)} s (target < ${TARGET_S} s)${run.maxProps ? `, checkpoint ≤ ${Math.round(run.maxProps / 1024)} kB of 500` : ''}`,
  );
}

export function benchCentral(): void {
  console.log('');
  console.log(
    `national consolidation in Apps Script (twin): 76 provinces × ${PROVINCE_ROWS.toLocaleString('en-US')} rows; projection ${PROJECTION}`,
  );
  const registryRows = readRegistryRows();
  const provinces = [...indexRegistry(nationalRegistry(registryRows), provinceByCode).provinces.values()];
  const reports = provinces.map((p, i) => ({
    name: p.province.nameTh,
    rows: generateRows(PROVINCE_ROWS, p.laos, i + 11),
  }));

  // 1. the central script: one spreadsheet per province, listed in ทะเบียนไฟล์จังหวัด
  const central = createServices({ userEmail: 'bench@dla.go.th', scriptApp: true });
  central.counter.logging = false;
  central.workbook.addSheet('ทะเบียน อปท.', registryRows);
  const register: SeedCell[][] = [['ที่', 'จังหวัด', 'ลิงก์หรือรหัสไฟล์ Google Sheets']];
  reports.forEach((r, i) => {
    const id = `1benchProvince${String(i).padStart(2, '0')}XXXXXXXXXXXXXXXX`;
    const book = central.addWorkbook({ id });
    book.addSheet(r.name, book.typedRows(r.rows));
    register.push([i + 1, r.name, `https://docs.google.com/spreadsheets/d/${id}/edit`]);
  });
  central.workbook.addSheet('ทะเบียนไฟล์จังหวัด', register);
  let clock = projectedClock(central);
  central.clock = clock.now;
  report('central script, first run', central, clock, runToEnd(central, FILES_RUN), reports.length);
  // the steady state: the output sheets and charts exist
  central.counter.reset();
  clock = projectedClock(central);
  central.clock = clock.now;
  report('central script, next run ', central, clock, runToEnd(central, FILES_RUN), reports.length);
  // a period, as DLA's progress meeting asks for one: each file's การรับรองผล is looked for too (none has it here)
  central.counter.reset();
  clock = projectedClock(central);
  central.clock = clock.now;
  const fiscal2569 = { period: '2569', certifiedOnly: false };
  report('central script, a period ', central, clock, runToEnd(central, FILES_RUN, fiscal2569), reports.length);

  // 2. the officer add-on: the same reports as 76 tabs of one workbook (no trigger: ทำต่อ continues)
  const officer = createServices({ userEmail: 'bench@dla.go.th' });
  officer.counter.logging = false;
  for (const r of reports) officer.workbook.addSheet(r.name, officer.workbook.typedRows(r.rows));
  officer.workbook.addSheet('ทะเบียน อปท.', registryRows);
  const officerClock = projectedClock(officer);
  officer.clock = officerClock.now;
  report('officer add-on, 76 tabs  ', officer, officerClock, runToEnd(officer, TABS_RUN), reports.length);
}
