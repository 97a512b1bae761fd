// Bench section: the fast link numbering against its plain Map reference, alone and inside the 1M-row validation.
// Run after the other in-memory sections; the two are timed alternately in one run and medians are printed.

import { DLA_ONLINE_MARKET } from '../src/core/form/dlaOnlineMarket';
import { scanLinks } from '../src/core/normalise/links';
import { PHAYAO_DEMO_REGISTRY } from '../src/core/registry/phayaoDemo';
import { LinkBatch, LinkNumbering } from '../src/core/validate/linkNumbering';
import { ReferenceLinkNumbering } from '../src/core/validate/linkNumberingReference';
import { validateSheet } from '../src/core/validate/validateSheet';
import { floorMs } from './floor';
import { BENCH_HEADER, generateRows } from './generate';

const ROWS = 1_000_000;
const ROUNDS = 5;
const TODAY = { year: 2026, month: 11, day: 21 };

interface Keys {
  source: string[];
  from: number[];
  to: number[];
}

/** The canonical keys of the generated sheet's link column, as the check hands them to a batch. */
function linkKeys(rows: readonly unknown[][]): Keys {
  const column = BENCH_HEADER.findIndex((h) => h.startsWith('ลิงก์'));
  const keys: Keys = { source: [], from: [], to: [] };
  const sink = {
    link(_raw: string, _url: string, _platform: unknown, source: string, from: number, to: number): void {
      keys.source.push(source);
      keys.from.push(from);
      keys.to.push(to);
    },
    problem(): void {},
  };
  for (let r = 2; r < rows.length; r++) scanLinks(String(rows[r][column]), sink);
  return keys;
}

function batchOf(keys: Keys): LinkBatch {
  const batch = new LinkBatch(keys.source.length);
  for (let j = 0; j < keys.source.length; j++) batch.add(keys.source[j], keys.from[j], keys.to[j]);
  return batch;
}

function ms(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const show = (label: string, xs: number[], floor: number) =>
  console.log(
    `  ${label}: median ${median(xs).toFixed(0)} ms (${(median(xs) / floor).toFixed(3)} × floor) of ${xs.map((x) => x.toFixed(0)).join(', ')}`,
  );

/** The floor pass over the same rows is timed in every round, so each median is also given as a ratio to its median. */
export function benchLinkNumbering(): void {
  console.log('');
  console.log('link numbering: fast (open addressing) against the Map reference, alternately');
  const rows = generateRows(ROWS, PHAYAO_DEMO_REGISTRY.laos);
  const keys = linkKeys(rows);
  const n = keys.source.length;
  const into = new Int32Array(n);
  const times = {
    floor: [] as number[],
    batch: [] as number[],
    fast: [] as number[],
    reference: [] as number[],
    validateFast: [] as number[],
    validateReference: [] as number[],
  };
  let distinct = 0;
  for (let round = 0; round < ROUNDS; round++) {
    times.floor.push(floorMs(rows));
    // the batch (keys kept as parts and hashed) is what the check builds for either numbering
    let batch = batchOf(keys);
    times.batch.push(ms(() => (batch = batchOf(keys))));
    const fast = new LinkNumbering();
    times.fast.push(ms(() => fast.numberAll(batch, into, 0)));
    global.gc?.();
    const reference = new ReferenceLinkNumbering();
    const other = batchOf(keys);
    times.reference.push(ms(() => reference.numberAll(other, into, 0)));
    distinct = reference.size;
    global.gc?.();
    // the whole check with each numbering; the reference stands in through the three members the check uses
    times.validateFast.push(
      ms(() => validateSheet(rows, DLA_ONLINE_MARKET, { today: TODAY, linkNumbers: new LinkNumbering() })),
    );
    global.gc?.();
    const standIn = new ReferenceLinkNumbering() as unknown as LinkNumbering;
    times.validateReference.push(
      ms(() => validateSheet(rows, DLA_ONLINE_MARKET, { today: TODAY, linkNumbers: standIn })),
    );
    global.gc?.();
  }
  const floor = median(times.floor);
  console.log(
    `  ${n.toLocaleString('en-US')} links, ${distinct.toLocaleString('en-US')} distinct, in one batch; floor pass median ${floor.toFixed(0)} ms`,
  );
  show('build the batch (both)', times.batch, floor);
  show('fast numberAll', times.fast, floor);
  show('reference numberAll', times.reference, floor);
  show('validate 1M rows, fast numbering', times.validateFast, floor);
  show('validate 1M rows, reference numbering', times.validateReference, floor);
  const saved = median(times.validateReference) - median(times.validateFast);
  console.log(
    `  the fast numbering saves ${saved.toFixed(0)} ms of the validation (${((100 * saved) / median(times.validateReference)).toFixed(1)} % of it with the reference)`,
  );
}
