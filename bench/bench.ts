// `npm run bench`: measures validation throughput, roll-up speed and peak memory on 1,000,000 generated rows.
// Not part of `npm test`: figures are printed for the closing note, never asserted against timers.

import { DLA_ONLINE_MARKET } from '../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../src/core/geo/provinces';
import { indexRegistry, provinceMatcher } from '../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../src/core/registry/phayaoDemo';
import { type RollupSheet, rollup } from '../src/core/rollup/rollup';
import { LinkNumbering } from '../src/core/validate/linkNumbering';
import { findOutliers, ownerMonths } from '../src/core/validate/outlierGroups';
import { validateSheet } from '../src/core/validate/validateSheet';
import { benchAddon } from './addonBudget';
import { benchCentral } from './centralBudget';
import { benchConsolidate } from './consolidate';
import { againstFloor, floorMs } from './floor';
import { generateRows } from './generate';
import { benchLinkNumbering } from './linkNumbering';
import { nationalRegistry } from './registry';

const ROWS = 1_000_000;
const TODAY = { year: 2026, month: 11, day: 21 };

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sample, 20);

function time<T>(label: string, work: () => T): { result: T; seconds: number } {
  const start = process.hrtime.bigint();
  const result = work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  sample();
  console.log(`${label}: ${seconds.toFixed(2)} s`);
  return { result, seconds };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/**
 * Times a fixed loop of integer arithmetic. A shared VM runs slower when its host is busy. Comparing this figure across
 * runs tells a slower host from slower code, because the loop is the same in every run.
 */
function hostCheck(): number {
  const start = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < 300_000_000; i++) sum += i % 7;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`host check: a fixed loop took ${ms.toFixed(0)} ms (compare across runs: slower means a busier host)`);
  // returned so the engine cannot drop the loop as unused
  return sum;
}

/** Validation alone (targets: ≥ 300,000 rows/s, < 1.5 GB). Its data is dropped before the next section starts. */
function benchValidation(): void {
  peakRss = 0;
  const rows = time('generate 1,000,000 rows', () => generateRows(ROWS, PHAYAO_DEMO_REGISTRY.laos)).result;
  const floor = floorMs(rows);
  const v = time('validate 1,000,000 rows (no registry)', () =>
    validateSheet(rows, DLA_ONLINE_MARKET, { today: TODAY }),
  );
  if (!v.result.ok) throw new Error('bench sheet has no header');
  console.log(
    `  validation throughput: ${Math.round(ROWS / v.seconds).toLocaleString('en-US')} rows/s; problems ${v.result.result.problems.length}`,
  );
  console.log(`  validation against the floor pass: ${againstFloor(v.seconds * 1000, floor)}`);
  console.log(`  peak memory (RSS) of this section, input rows included: ${mb(peakRss)}`);
  benchOutlierCost(rows);
}

/** how many times validation runs with the outlier pass and without it, alternately */
const ROUNDS = 5;

/**
 * The outlier pass's cost (issue #17: at most +15 %): validation with it (the default) and without it (outliers: null),
 * alternated on the same rows in this run, the fastest of each compared.
 */
function benchOutlierCost(rows: ReturnType<typeof generateRows>): void {
  const best = { on: Number.POSITIVE_INFINITY, off: Number.POSITIVE_INFINITY };
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['off', 'on'] as const) {
      global.gc?.();
      const start = process.hrtime.bigint();
      const checked = validateSheet(rows, DLA_ONLINE_MARKET, {
        today: TODAY,
        outliers: mode === 'on' ? undefined : null,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      best[mode] = Math.min(best[mode], ms);
      if (mode === 'on' && checked.ok) found = checked.result.problems.filter((p) => p.code === 'OUTLIER').length;
    }
  }
  const ratio = best.on / best.off;
  const checked = validateSheet(rows, DLA_ONLINE_MARKET, { today: TODAY, outliers: null });
  if (!checked.ok) throw new Error('bench sheet has no header');
  const table = checked.result.table;
  const slots = ['salesCount', 'revenue', 'beneficiaries'].map((k) => table.figureKeys.indexOf(k));
  let alone = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    findOutliers(ownerMonths(table, slots), slots.length, 3.5);
    alone = Math.min(alone, Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(`  outlier statistics alone (owner-months and both groups, no messages): ${alone.toFixed(0)} ms`);
  console.log(
    `  outlier pass: validation ${best.off.toFixed(0)} ms without it, ${best.on.toFixed(0)} ms with it (fastest of ${ROUNDS} each, alternated): ratio ${ratio.toFixed(3)} (+${((ratio - 1) * 100).toFixed(1)} %, budget +15 %); OUTLIER warnings ${found}`,
  );
}

/** Validate + match + roll-up against the national registry, 1,000,000 rows over 76 province sheets (targets: ≤ 5 s, ≥ 2,000,000 rows/s aggregation, < 1.5 GB). */
function benchNational(): void {
  peakRss = 0;
  const registry = nationalRegistry();
  const index = time(`index the national registry (${registry.laos.length} อปท.)`, () =>
    indexRegistry(registry, provinceByCode),
  ).result;
  const provinces = [...index.provinces.values()];
  const perProvince = Math.ceil(ROWS / provinces.length);
  const inputs = provinces.map((p, i) => ({
    p,
    rows: generateRows(Math.min(perProvince, ROWS - i * perProvince), p.laos, i + 7),
  }));
  const floor = inputs.reduce((sum, { rows: r }) => sum + floorMs(r), 0);
  const linkNumbers = new LinkNumbering();
  const end = time('validate + match + roll-up 1,000,000 rows (national)', () =>
    inputs.map(({ p, rows: r }): RollupSheet => {
      const checked = validateSheet(r, DLA_ONLINE_MARKET, {
        today: TODAY,
        identify: provinceMatcher(index, p),
        linkNumbers,
      });
      if (!checked.ok) throw new Error('no header');
      return { file: p.province.nameTh, sheet: 'bench', province: p.province, validation: checked.result };
    }),
  );
  const agg = time('  of which: aggregation alone', () =>
    rollup({ form: DLA_ONLINE_MARKET, sheets: end.result, registry: index, period: null, targets: null }),
  );
  console.log(
    `  end-to-end: ${(end.seconds + agg.seconds).toFixed(2)} s; aggregation throughput: ${Math.round(ROWS / agg.seconds).toLocaleString('en-US')} rows/s`,
  );
  console.log(`  end-to-end against the floor pass: ${againstFloor((end.seconds + agg.seconds) * 1000, floor)}`);
  printOutliers(end.result);
  console.log(
    `  national total: ${agg.result.root.entries.toLocaleString('en-US')} entries, ${agg.result.root.laosReported} อปท. reported of ${agg.result.root.laosTotal}`,
  );
  console.log(`  peak memory (RSS) of this section, input rows included: ${mb(peakRss)}`);
}

/** The OUTLIER warnings the national data gives (the default setting): how many, and the first few. */
function printOutliers(sheets: readonly RollupSheet[]): void {
  const found = sheets.flatMap((s) =>
    s.validation.problems.filter((p) => p.code === 'OUTLIER').map((p) => ({ province: s.file, p })),
  );
  const own = found.filter(({ p }) => p.message.en.includes('other months')).length;
  const peers = found.filter(({ p }) => p.message.en.includes("province's other")).length;
  console.log(
    `  OUTLIER warnings in the national data: ${found.length} (against own months ${own}, against peers ${peers}, both ${own + peers - found.length})`,
  );
  for (const { province, p } of found.slice(0, 5)) console.log(`    ${province} row ${p.row}: ${p.message.th}`);
}

/** `node build/bench.js [section…]`: every section by default; `core` runs validation and the national roll-up only. */
const SECTIONS = process.argv.slice(2);
const runs = (section: string) => SECTIONS.length === 0 || SECTIONS.includes(section);

function main(): void {
  console.log(`khongdee bench: ${ROWS.toLocaleString('en-US')} rows, node ${process.version}`);
  hostCheck();
  if (runs('core')) {
    benchValidation();
    global.gc?.();
    benchNational();
    global.gc?.();
  }
  clearInterval(timer);
  if (runs('links')) benchLinkNumbering();
  if (runs('budgets')) {
    console.log('');
    benchAddon();
    benchCentral();
  }
}

main();
// the consolidation section writes 76 files and runs the CLI in a child process, after the in-memory sections
if (runs('consolidate')) {
  benchConsolidate().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
