// A roll-up (and combining province results) never changes its input: the same picture after, a deep-frozen input
// rolls up, and the result shares no mutable object with it.

import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { rollupProvince } from '../../src/core/rollup/provinceRollup';
import { combineProvinces, type RollupInput, rollup } from '../../src/core/rollup/rollup';
import type { Group } from '../../src/core/rollup/types';
import {
  FORM,
  NAN,
  NATIONAL_INDEX,
  PHAYAO,
  provinceSheet,
  row,
  SONGKHLA,
  TARGET_HEADER,
  targets,
} from './rollupSupport';

// ---- the input is never changed -------------------------------------------------------------------

/** A plain, comparable picture of a value, Maps and Sets included. */
function picture(value: unknown, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (value instanceof Map) return { map: [...value.entries()].map(([k, v]) => [picture(k, seen), picture(v, seen)]) };
  if (value instanceof Set) return { set: [...value].map((v) => picture(v, seen)) };
  if (Array.isArray(value)) return value.map((v) => picture(v, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, picture(v, seen)]));
}

function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value as object)) return value;
  // typed arrays cannot be frozen (the link numbering's table); the object holding them is
  if (ArrayBuffer.isView(value)) return value;
  seen.add(value as object);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
  }
  for (const v of Object.values(value as object)) deepFreeze(v, seen);
  return Object.freeze(value);
}

describe('a roll-up never changes its input', () => {
  function buildInput(): RollupInput {
    const t = targets(
      [
        TARGET_HEADER,
        [1, 'พะเยา', 'เมืองพะเยา', 3, 20, 2000, 30, 5000, 40],
        [2, 'น่าน', '', 2, 5, 1000, 10, 1000, 10],
        [3, 'นนทบุรี', '', 1, 1, 1, 1, 1, 1],
      ],
      NATIONAL_INDEX,
    );
    return {
      form: FORM,
      registry: NATIONAL_INDEX,
      period: { kind: 'fiscalYear', fiscalYear: 2569 },
      targets: t,
      expectedProvinces: [SONGKHLA],
      sheets: [
        provinceSheet(
          PHAYAO,
          NATIONAL_INDEX,
          row({ lao: 'ทต.แม่กา' }),
          row({ lao: 'อบต.แม่ใส', revenue: 'abc' }),
          row({ date: '', lao: 'ทต.บ้านต๋อม' }),
          row({ district: 'จุน', lao: 'ทต.แม่กา', links: 'https://youtu.be/q' }),
        ),
        provinceSheet(NAN, NATIONAL_INDEX, row({ district: 'เมืองน่าน', lao: 'ทต.ดู่ใต้', links: 'https://youtu.be/q' })),
      ],
    };
  }

  test('sheets, validation, targets, registry and form are the same after a roll-up, and a second roll-up gives the same result', () => {
    const input = buildInput();
    const before = picture(input);
    const first = rollup(input);
    expect(picture(input)).toEqual(before);
    const second = rollup(input);
    expect(picture(second)).toEqual(picture(first));
    expect(picture(input)).toEqual(before);
  });

  test('a deep-frozen input rolls up without a write (frozen objects throw on write in strict mode)', () => {
    const input = buildInput();
    const expected = picture(rollup(buildInput()));
    deepFreeze(input.sheets);
    deepFreeze(input.targets);
    deepFreeze(input.expectedProvinces);
    deepFreeze(input.period);
    const result = rollup(input);
    expect(picture(result)).toEqual(expected);
  });

  test('the result shares no mutable object with the input: changing the result leaves the targets as they were', () => {
    const input = buildInput();
    const before = picture(input.targets);
    const result = rollup(input);
    const walk = (g: Group) => {
      g.targets.laosReported = -1;
      g.sums.revenue = -1;
      g.children.forEach(walk);
    };
    walk(result.root);
    expect(picture(input.targets)).toEqual(before);
  });
});

describe('combining province results', () => {
  test('leaves the results as they were, so combining them again gives the same table', () => {
    const phayao = provinceByCode('56')!;
    const nan = provinceByCode('55')!;
    const results = [
      rollupProvince(DLA_ONLINE_MARKET, phayao, [], null, null),
      rollupProvince(DLA_ONLINE_MARKET, nan, [], null, null),
    ];
    const before = JSON.stringify(results);
    const targets = { rows: [{ provinceCode: '56', district: null, values: { revenue: 100_00 } }], extras: [] };
    const once = combineProvinces({ form: DLA_ONLINE_MARKET, results, registry: null, period: null, targets });
    const twice = combineProvinces({ form: DLA_ONLINE_MARKET, results, registry: null, period: null, targets });
    expect(JSON.stringify(results)).toBe(before);
    expect(twice.root).toEqual(once.root);
    expect(twice.root.targets.revenue).toBe(100_00);
  });
});
