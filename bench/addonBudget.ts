// The add-on's menu actions on the in-memory twin at 10 / 10,000 / 100,000 rows: Spreadsheet calls, cells moved, and a
// projected Apps Script time (cost model: costModel.ts, measured or assumed).

import { runCheckData } from '../src/addon/actions/checkData';
import { runDistrictSummary } from '../src/addon/actions/districtSummary';
import { writeRegistry } from '../src/addon/actions/registry';
import { PHAYAO_DEMO_REGISTRY } from '../src/core/registry/phayaoDemo';
import { createServices, type Twin } from '../src/twin';
import { CALL_MS, CELL_US, COMPUTE_FACTOR, PROJECTION } from './costModel';
import { generateRows } from './generate';

const TODAY = { year: 2026, month: 11, day: 21 };

function twinWith(rows: number): Twin {
  const twin = createServices({ userEmail: 'bench@phayao.go.th' });
  twin.workbook.addSheet(
    'รายงานผล',
    twin.workbook.typedRows([['จังหวัดพะเยา'], ...generateRows(rows, PHAYAO_DEMO_REGISTRY.laos)]),
  );
  writeRegistry(twin.services, PHAYAO_DEMO_REGISTRY.laos);
  twin.workbook.setActiveSheet('รายงานผล');
  twin.counter.logging = false;
  return twin;
}

export function benchAddon(): void {
  console.log(`add-on actions on the twin (projection: ${PROJECTION})`);
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
      console.log(
        `  ${name} ${rows.toLocaleString('en-US').padStart(7)} rows: ${twin.counter.calls} calls, ${cells.toLocaleString('en-US')} cells, local ${computeMs.toFixed(0)} ms, projected ${projected.toFixed(1)} s`,
      );
    }
  }
}
