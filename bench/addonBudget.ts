// The add-on's menu actions on the in-memory twin at 10 / 10,000 / 100,000 rows: Spreadsheet calls, cells moved, and a
// projected Apps Script time. Cost constants (DESIGN.md §4, pessimistic ends of its ranges):
//   CALL_MS = 150   each Spreadsheet service call is a round trip of "tens to hundreds of ms on large sheets";
//   CELL_US = 10    moving cells inside one getValues/setValues costs "microseconds per cell";
//   COMPUTE_FACTOR = 3  Apps Script's V8 is slower than local Node; the JavaScript time measured here is tripled.

import { runCheckData } from '../src/addon/actions/checkData';
import { runDistrictSummary } from '../src/addon/actions/districtSummary';
import { writeRegistry } from '../src/addon/actions/registry';
import type { CellValue } from '../src/core/cell';
import { PHAYAO_DEMO_REGISTRY } from '../src/core/registry/phayaoDemo';
import { createServices, type SeedCell, type Twin } from '../src/twin';
import { generateRows } from './generate';

export const CALL_MS = 150;
export const CELL_US = 10;
export const COMPUTE_FACTOR = 3;
const TODAY = { year: 2026, month: 11, day: 21 };

function twinWith(rows: number): Twin {
  const twin = createServices({ userEmail: 'bench@phayao.go.th' });
  const seed: SeedCell[][] = [['จังหวัดพะเยา'], ...generateRows(rows, PHAYAO_DEMO_REGISTRY.laos)].map((r: CellValue[]) =>
    r.map((v) => (v !== null && typeof v === 'object' ? new Date(v.year, v.month - 1, v.day) : (v ?? ''))),
  );
  twin.workbook.addSheet('รายงานผล', seed);
  writeRegistry(twin.services, PHAYAO_DEMO_REGISTRY.laos);
  twin.workbook.setActiveSheet('รายงานผล');
  twin.counter.logging = false;
  return twin;
}

export function benchAddon(): void {
  console.log(`add-on actions on the twin (projection: ${CALL_MS} ms/call + ${CELL_US} µs/cell + ${COMPUTE_FACTOR}× local compute)`);
  const actions: [string, (t: Twin) => unknown][] = [
    ['ตรวจสอบข้อมูล', (t) => runCheckData(t.services, TODAY)],
    ['สรุปผลรายอำเภอ', (t) => runDistrictSummary(t.services, TODAY, null)],
  ];
  for (const [name, run] of actions) {
    for (const rows of [10, 10_000, 100_000]) {
      const twin = twinWith(rows);
      run(twin); // the first run makes the output sheets; the steady state is what people meet every day
      twin.workbook.setActiveSheet('รายงานผล');
      twin.counter.reset();
      const start = process.hrtime.bigint();
      run(twin);
      const computeMs = Number(process.hrtime.bigint() - start) / 1e6;
      const cells = twin.counter.cellsRead + twin.counter.cellsWritten;
      const projected = (twin.counter.calls * CALL_MS + (cells * CELL_US) / 1000 + computeMs * COMPUTE_FACTOR) / 1000;
      console.log(`  ${name} ${rows.toLocaleString('en-US').padStart(7)} rows: ${twin.counter.calls} calls, ${cells.toLocaleString('en-US')} cells, local ${computeMs.toFixed(0)} ms, projected ${projected.toFixed(1)} s`);
    }
  }
}
