// A run cut off by the time budget and continued by its trigger gives, table for table, what one uninterrupted run gives, also
// when a province's second file is read later or a batch of links was lost; the checkpoint stays inside the property limits.

import { generateRows } from '../../bench/generate';
import { PAGE_BYTES } from '../../src/addon/consolidate/runLog';
import { type RunOutcome, runNational } from '../../src/addon/consolidate/runner';
import { CONTINUATION_FUNCTION, FILES_RUN } from '../../src/central/config';
import type { Lao, LaoType } from '../../src/core/registry/types';
import { storeBytes, type Twin } from '../../src/twin';
import { DLA_PROVINCES, LAOS } from '../consolidate/fixture';
import { addProvinceFile, addRegistry, clockedTwin, registerRows, url } from './fixture';
import { scenario } from './scenario';
import { outputs } from './tables';

jest.setTimeout(120_000);

/** Starts a run and fires its continuation trigger until it finishes; the outcomes of every execution. */
function runToEnd(twin: Twin, onPause?: (n: number) => void): RunOutcome[] {
  const outcomes = [runNational(twin.services, FILES_RUN, 'start')];
  while (outcomes[outcomes.length - 1].kind === 'paused') {
    expect(twin.scriptApp.triggers.map((t) => [t.handler, t.afterMs])).toEqual([[CONTINUATION_FUNCTION, 60_000]]);
    onPause?.(outcomes.length);
    outcomes.push(runNational(twin.services, FILES_RUN, 'trigger'));
    if (outcomes.length > 40) throw new Error('the run does not end');
  }
  return outcomes;
}

const TYPES: Record<string, LaoType> = {
  'อบจ.': 'pao',
  เทศบาลนคร: 'city',
  เทศบาลเมือง: 'town',
  เทศบาลตำบล: 'subdistrictMunicipality',
  'อบต.': 'sao',
  ท้องถิ่นรูปแบบพิเศษ: 'special',
};
const laosOf = (code: string): Lao[] =>
  LAOS.filter((l) => l.provinceCode === code).map((l) => ({
    code: l.code,
    type: TYPES[l.type],
    name: l.name,
    districtCode: l.districtCode,
    districtName: l.district,
    provinceCode: code,
    provinceName: l.province,
  }));

const ONE_SHOT = scenario({ scriptApp: true });
const ONE_SHOT_OUTCOME = runNational(ONE_SHOT.twin.services, FILES_RUN, 'start');

test('the one-shot run for comparison finishes in one execution', () => {
  expect(ONE_SHOT_OUTCOME.kind).toBe('finished');
});

test('cut off near 4½ minutes, continued by its trigger: the same tables, cell for cell', () => {
  // 20 s a call: the inputs take 140 s, a file 60 s, so an execution reads two or three files before it stops
  const cut = scenario({ scriptApp: true, msPerCall: 20_000 });
  const outcomes = runToEnd(cut.twin);
  expect(outcomes.length).toBeGreaterThan(3);
  expect(outcomes.slice(0, -1).every((o) => o.kind === 'paused' && o.message.th.includes('จะทำต่อเอง'))).toBe(true);
  expect(outcomes[outcomes.length - 1].kind).toBe('finished');
  expect(outcomes[outcomes.length - 1].message).toEqual(ONE_SHOT_OUTCOME.message);
  expect(outputs(cut.twin)).toEqual(outputs(ONE_SHOT.twin));
  // the last execution removed its trigger, its checkpoint and its run data (the links kept between executions)
  expect(cut.twin.scriptApp.triggers).toEqual([]);
  const data = cut.twin.workbook.sheet('ข้อมูลระหว่างรวมผล');
  expect(data.hidden).toBe(true);
  expect(
    data
      .values()
      .flat()
      .every((v) => v === ''),
  ).toBe(true);
  expect([...cut.twin.workbook.documentProperties.keys()].filter((k) => k.startsWith('khongdee.nr.'))).toEqual([]);
});

test('every execution reads until near 4½ minutes of its own clock, then saves and stops well inside the 6', () => {
  // 10 s a call: the inputs take 70 s, a file 30 s, saving and scheduling about 30 s
  const cut = scenario({ scriptApp: true, msPerCall: 10_000 });
  const spans: number[] = [];
  let start = cut.twin.services.now();
  runToEnd(cut.twin, () => {
    spans.push(cut.twin.services.now() - start);
    start = cut.twin.services.now();
  });
  expect(spans.length).toBeGreaterThanOrEqual(1);
  for (const span of spans) {
    // it stops when the slowest read so far (up to 60 s: a file read with its province's other file) might pass 4½ minutes
    expect(span).toBeGreaterThan(200_000);
    // saving (the batch of links, the checkpoint, the trigger) costs seven calls: at this pessimistic 10 s a call, still inside 6 minutes
    expect(span).toBeLessThan(360_000);
  }
});

test('links lost with an execution that died before writing its batch: those provinces are read again, the result is the same', () => {
  const cut = scenario({ scriptApp: true, msPerCall: 20_000 });
  const outcomes = runToEnd(cut.twin, (n) => {
    // as if execution n had been killed between its checkpoints and its batch of links: the run-data rows are gone
    if (n === 2) cut.twin.workbook.sheet('ข้อมูลระหว่างรวมผล').clearContents();
  });
  expect(outcomes[outcomes.length - 1].kind).toBe('finished');
  // the provinces whose links were lost were opened once more
  expect(cut.twin.counter.byMethod['SpreadsheetApp.openById']).toBeGreaterThan(
    ONE_SHOT.twin.counter.byMethod['SpreadsheetApp.openById'],
  );
  expect(outputs(cut.twin)).toEqual(outputs(ONE_SHOT.twin));
});

test('76 province files cut into several executions: the checkpoint stays far inside 9 kB a value and 500 kB in all', () => {
  const c = clockedTwin({ scriptApp: true, msPerCall: 3_000 });
  const { twin } = c;
  addRegistry(twin.workbook);
  const entries: [string, string][] = [];
  DLA_PROVINCES.forEach((p, i) => {
    const id = `1province${p.code}XXXXXXXXXXXXXXXXXXXX`;
    addProvinceFile(twin, id, p.nameTh, generateRows(40, laosOf(p.code), i + 3));
    entries.push([p.nameTh, i % 2 === 0 ? url(id) : id]);
  });
  twin.workbook.addSheet('ทะเบียนไฟล์จังหวัด', registerRows(entries));
  let largest = 0;
  let largestValue = 0;
  const outcomes = runToEnd(twin, () => {
    const store = twin.workbook.documentProperties;
    largest = Math.max(largest, storeBytes(store));
    for (const v of store.values()) largestValue = Math.max(largestValue, Buffer.byteLength(v, 'utf8'));
  });
  expect(outcomes.length).toBeGreaterThan(2);
  expect(outcomes[outcomes.length - 1].message.th).toMatch(/ส่งแล้ว 76 จังหวัด/);
  expect(largestValue).toBeLessThanOrEqual(PAGE_BYTES);
  expect(largest).toBeGreaterThan(50 * 1024);
  expect(largest).toBeLessThan(250 * 1024);
});

test('the register edited between two executions: the run starts again, says so, and ends with what a run on the new register gives', () => {
  const edit = (twin: Twin) => {
    const sheet = twin.workbook.sheet('ทะเบียนไฟล์จังหวัด');
    const row = sheet.values().findIndex((r) => r[2] === 'ตาก') + 1;
    sheet.getRange(row, 4).setValues([['']]);
  };
  const fresh = scenario({ scriptApp: true });
  edit(fresh.twin);
  expect(runNational(fresh.twin.services, FILES_RUN, 'start').kind).toBe('finished');

  const cut = scenario({ scriptApp: true, msPerCall: 20_000 });
  const outcomes = runToEnd(cut.twin, (n) => {
    if (n === 1) edit(cut.twin);
  });
  expect(outcomes[1].message.th).toContain('จึงเริ่มใหม่ตั้งแต่ต้น');
  expect(outcomes[outcomes.length - 1].kind).toBe('finished');
  expect(outputs(cut.twin)).toEqual(outputs(fresh.twin));
});
