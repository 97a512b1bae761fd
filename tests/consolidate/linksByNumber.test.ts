// Provinces combined by the run's link numbers give what provinces read back from checkpoints (links by text) give:
// the same national counts and the same links shared between provinces, also when only some provinces have numbers.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { checkSource } from '../../src/core/consolidate/checkSource';
import {
  type CountedConsolidation,
  consolidate,
  countConsolidation,
  expectedProvinces,
  groupSources,
} from '../../src/core/consolidate/consolidate';
import { crossProvinceLinks } from '../../src/core/consolidate/crossLinks';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { registryFromTable } from '../../src/core/registry/fromRows';
import { indexRegistry } from '../../src/core/registry/match';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';
import { REGISTRY_CSV } from '../support/rollupData';
import { DLA_PROVINCES, newLink, reportSpecs, sheetRows, TODAY } from './fixture';

const FORM = DLA_ONLINE_MARKET;
const built = registryFromTable(parse(readFileSync(REGISTRY_CSV, 'utf8').replace(/^\uFEFF/, '')) as string[][]);
if (!built.ok) throw new Error('registry');
const REGISTRY = indexRegistry(built.registry, provinceByCode);
const CODES = DLA_PROVINCES.slice(0, 6).map((p) => p.code);
const A = newLink();
const B = newLink();
const C = newLink();
// A in every province, B in three, C in two; the fixture adds a link claimed twice within one province
const SHARED: Record<string, ReturnType<typeof newLink>[]> = Object.fromEntries(
  CODES.map((code, i) => [code, [A, ...(i < 3 ? [B] : []), ...(i === 1 || i === 4 ? [C] : [])]]),
);

function counted(): CountedConsolidation[] {
  const linkNumbers = new LinkNumbering();
  const checks = CODES.map((code) => {
    const rows = sheetRows(reportSpecs(code, 'csv', SHARED[code]), {}, 'csv');
    return checkSource(`${provinceByCode(code)?.nameTh}.csv`, [{ name: 'รายงาน', rows }], {
      form: FORM,
      today: TODAY,
      registry: REGISTRY,
      linkNumbers,
    });
  });
  return groupSources(checks).provinces.map((p) => countConsolidation(FORM, p.province, p.sources, REGISTRY, null));
}

function run(parts: CountedConsolidation[], numbered: boolean[]) {
  return consolidate({
    form: FORM,
    provinces: parts.map((c, i) => (numbered[i] ? c.part : JSON.parse(JSON.stringify(c.part)))),
    numbered: parts.map((c, i) => (numbered[i] ? c.numbered : null)),
    unplaced: [],
    registry: REGISTRY,
    period: null,
    targets: null,
    expectedProvinces: expectedProvinces(REGISTRY),
  });
}

const PARTS = counted();
const BY_TEXT = run(
  PARTS,
  PARTS.map(() => false),
);

test('the shared links are found, and every province has its links by number', () => {
  expect(PARTS.every((c) => c.numbered !== null)).toBe(true);
  expect(BY_TEXT.crossLinks.map((l) => l.provinceCodes.length)).toEqual([6, 3, 2]);
});

test('by the run’s numbers, the consolidation is the one made from texts', () => {
  expect(
    run(
      PARTS,
      PARTS.map(() => true),
    ),
  ).toEqual(BY_TEXT);
});

test('some provinces with numbers and some without: numbered afresh, the same consolidation', () => {
  expect(
    run(
      PARTS,
      PARTS.map((_, i) => i % 2 === 0),
    ),
  ).toEqual(BY_TEXT);
});

test('crossProvinceLinks from the results alone gives the same links', () => {
  expect(crossProvinceLinks(PARTS.map((c) => c.part.result))).toEqual(BY_TEXT.crossLinks);
});
