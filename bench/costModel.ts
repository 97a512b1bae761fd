// The bench's projection of Apps Script time from the twin's counts: a cost per Spreadsheet call, per cell moved, and a factor on
// local compute. Measured on real Sheets once tests/fidelity/recorded.json (the fidelity probe's record) says so, else assumed
// (DESIGN.md §4, pessimistic ends of its ranges):
//   150 ms a call   each Spreadsheet service call is a round trip of "tens to hundreds of ms on large sheets";
//   10 µs a cell    moving cells inside one getValues/setValues costs "microseconds per cell";
//   3× compute      Apps Script's V8 is slower than local Node; the JavaScript time measured here is tripled (never measured).
// Measured, a call costs what the probe's openById took, and a cell the slowest of its 2,000 × 12 read, write and colouring
// divided by the cells (the whole call, call overhead included: pessimistic like the defaults).

import { BLOCK, type ProbeRecord } from '../src/probe/record';
import recorded from '../tests/fidelity/recorded.json';

export interface CostModel {
  readonly callMs: number;
  readonly cellUs: number;
  readonly computeFactor: number;
  /** where callMs and cellUs come from, for the bench to print */
  readonly basis: string;
}

const ASSUMED = { callMs: 150, cellUs: 10 };
const COMPUTE_FACTOR = 3;
const FILE = 'tests/fidelity/recorded.json';

export function costModel(record: Pick<ProbeRecord, 'measuredOnRealSheets' | 'recordedAtMs' | 'timingsMs'>): CostModel {
  if (!record.measuredOnRealSheets)
    return {
      ...ASSUMED,
      computeFactor: COMPUTE_FACTOR,
      basis: `assumed: ${FILE} holds no measurements from real Sheets`,
    };
  const { openById, getSheetValues, setValues, setBackgrounds } = record.timingsMs.value;
  if (openById === null || getSheetValues === null || setValues === null || setBackgrounds === null)
    throw new Error(`${FILE} says measuredOnRealSheets but lacks timings`);
  const when = record.recordedAtMs === null ? '' : ` on ${new Date(record.recordedAtMs).toISOString().slice(0, 10)}`;
  return {
    callMs: openById,
    cellUs: (Math.max(getSheetValues, setValues, setBackgrounds) * 1000) / (BLOCK.rows * BLOCK.columns),
    computeFactor: COMPUTE_FACTOR,
    basis: `measured on real Sheets${when} (${FILE})`,
  };
}

export const COST = costModel(recorded as ProbeRecord);
export const CALL_MS = COST.callMs;
export const CELL_US = COST.cellUs;
export { COMPUTE_FACTOR };
/** e.g. "150 ms/call + 10 µs/cell + 3× local compute (assumed: …)" */
export const PROJECTION = `${CALL_MS} ms/call + ${+CELL_US.toFixed(2)} µs/cell + ${COMPUTE_FACTOR}× local compute (${COST.basis})`;
