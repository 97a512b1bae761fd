// The bench's projection constants: the assumed ones until tests/fidelity/recorded.json holds timings measured on real Sheets,
// then those timings (a call: openById; a cell: the slowest 2,000 × 12 block call per cell).

import { COST, costModel } from '../../bench/costModel';
import type { ProbeRecord } from '../../src/probe/record';
import recorded from './recorded.json';

const timings = (value: ProbeRecord['timingsMs']['value']): ProbeRecord['timingsMs'] => ({ value, source: 'measured' });
const MEASURED = { openById: 420, getSheetValues: 180, setValues: 960, setBackgrounds: 600, triggerDelay: 71_000 };

test('not measured on real Sheets: 150 ms a call, 10 µs a cell, and the bench says they are assumed', () => {
  const model = costModel({ measuredOnRealSheets: false, recordedAtMs: null, timingsMs: timings({ ...MEASURED }) });
  expect(model).toEqual({
    callMs: 150,
    cellUs: 10,
    computeFactor: 3,
    basis: 'assumed: tests/fidelity/recorded.json holds no measurements from real Sheets',
  });
});

test('measured: openById is a call’s cost, the slowest block call over its 24,000 cells a cell’s, and the bench says when', () => {
  const model = costModel({
    measuredOnRealSheets: true,
    recordedAtMs: Date.UTC(2027, 0, 5, 3),
    timingsMs: timings(MEASURED),
  });
  expect(model).toEqual({
    callMs: 420,
    cellUs: 40,
    computeFactor: 3,
    basis: 'measured on real Sheets on 2027-01-05 (tests/fidelity/recorded.json)',
  });
});

test('a file that says measured but lacks a timing is refused rather than projected from', () => {
  expect(() =>
    costModel({ measuredOnRealSheets: true, recordedAtMs: null, timingsMs: timings({ ...MEASURED, setValues: null }) }),
  ).toThrow(/lacks timings/);
});

test('the bench uses what recorded.json holds today', () => {
  expect(COST).toEqual(costModel(recorded as ProbeRecord));
  expect(COST.basis).toMatch(recorded.measuredOnRealSheets ? /^measured/ : /^assumed/);
});
