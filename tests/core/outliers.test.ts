// The modified z-score on hand-computed groups (MAD > 0, MAD = 0 with the MeanAD fallback, no spread at all, too few
// values, low values), the threshold, and its properties: scale-free, a constant group flags nothing, one far value is found.

import fc from 'fast-check';
import {
  DEFAULT_OUTLIER_THRESHOLD,
  groupStats,
  highOutliers,
  MIN_GROUP_SIZE,
  median,
  modifiedZ,
} from '../../src/core/validate/outliers';

describe('hand-computed groups', () => {
  test('median of odd and even groups, the values left as they were', () => {
    const values = [3, 1, 2];
    expect(median(values)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('MAD > 0: 10…14 and 100 → median 12.5, MAD 1.5, z(100) = 0.6745 × 87.5 / 1.5 ≈ 39.3; only 100 stands out', () => {
    const values = [10, 11, 12, 13, 14, 100];
    const stats = groupStats(values);
    expect(stats?.median).toBe(12.5);
    // scale = MAD / 0.6745
    expect(stats?.scale).toBeCloseTo(1.5 / 0.6745, 12);
    expect(modifiedZ(100, stats!)).toBeCloseTo((0.6745 * 87.5) / 1.5, 10);
    expect(modifiedZ(14, stats!)).toBeCloseTo(0.6745, 10);
    expect(highOutliers(values, 3.5)).toEqual([5]);
  });

  test('MAD = 0, with the fallback: five 1,000s and 100,000 → MeanAD 16,500, z = 99,000 / (1.253314 × 16,500) ≈ 4.79', () => {
    const values = [1000, 1000, 100_000, 1000, 1000, 1000];
    const stats = groupStats(values);
    expect(stats?.median).toBe(1000);
    expect(stats?.scale).toBeCloseTo(1.253314 * 16_500, 6);
    expect(modifiedZ(100_000, stats!)).toBeCloseTo(99_000 / (1.253314 * 16_500), 10);
    expect(highOutliers(values, 3.5)).toEqual([2]);
  });

  test('MAD = 0 and MeanAD = 0 (every value the same): no statistics, nothing flagged', () => {
    expect(groupStats([7, 7, 7, 7, 7, 7])).toBeNull();
    expect(highOutliers([7, 7, 7, 7, 7, 7, 7, 7], 0.0001)).toEqual([]);
  });

  test('fewer than 6 values: nothing, however far one is', () => {
    expect(MIN_GROUP_SIZE).toBe(6);
    expect(groupStats([1, 1, 2, 1, 1_000_000])).toBeNull();
    expect(highOutliers([1, 2, 1, 2, 1_000_000], 3.5)).toEqual([]);
    // the sixth value makes a group
    expect(highOutliers([1, 2, 1, 2, 1, 1_000_000], 3.5)).toEqual([5]);
  });

  test('a value far below the group is not flagged (a quiet month is not a typing mistake)', () => {
    const values = [100, 100, 101, 102, 103, 0];
    const stats = groupStats(values)!;
    // median 100.5, MAD 1: z(0) ≈ 67.8
    expect(modifiedZ(0, stats)).toBeGreaterThan(60);
    expect(highOutliers(values, 3.5)).toEqual([]);
  });

  test('the threshold decides a borderline value: 5,5,5,5,6,7 → MeanAD 0.5, z(7) = 2 / 0.626657 ≈ 3.19', () => {
    const values = [5, 5, 5, 5, 6, 7];
    expect(modifiedZ(7, groupStats(values)!)).toBeCloseTo(2 / (1.253314 * 0.5), 10);
    expect(DEFAULT_OUTLIER_THRESHOLD).toBe(3.5);
    expect(highOutliers(values, 3.5)).toEqual([]);
    expect(highOutliers(values, 3.0)).toEqual([5]);
  });
});

describe('properties', () => {
  const group = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: MIN_GROUP_SIZE, maxLength: 40 });

  test('scaling every value by a power of two (exact in floating point) flags the same values', () => {
    fc.assert(
      fc.property(group, fc.integer({ min: -10, max: 20 }), (values, k) => {
        const c = 2 ** k;
        expect(
          highOutliers(
            values.map((v) => v * c),
            3.5,
          ),
        ).toEqual(highOutliers(values, 3.5));
      }),
    );
  });

  test('scaling by any positive constant flags the same values, unless a z-score sits on the threshold', () => {
    fc.assert(
      fc.property(group, fc.double({ min: 0.001, max: 1000, noNaN: true }), (values, c) => {
        const stats = groupStats(values);
        // a z within rounding of the threshold may go either way
        fc.pre(stats === null || values.every((v) => Math.abs(modifiedZ(v, stats) - 3.5) > 1e-9));
        expect(
          highOutliers(
            values.map((v) => v * c),
            3.5,
          ),
        ).toEqual(highOutliers(values, 3.5));
      }),
    );
  });

  test('a constant group flags nothing, at any threshold', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (value, n, threshold) => {
          expect(highOutliers(new Array(n).fill(value), threshold)).toEqual([]);
        },
      ),
    );
  });

  test('one value far above a large tight group is flagged, and it alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 8, max: 1000 })),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 10, max: 1000 }),
        fc.nat(),
        fc.nat(),
        (base, width, n, farTimes, seed, at) => {
          // evenly spread over [base, base + width], in a shuffled order
          const tight = Array.from({ length: n }, (_, i) => base + Math.round((width * i) / (n - 1)));
          for (let i = n - 1; i > 0; i--) {
            const j = (seed + i * 7919) % (i + 1);
            [tight[i], tight[j]] = [tight[j], tight[i]];
          }
          expect(highOutliers(tight, 3.5)).toEqual([]);
          const far = base + width + farTimes * (width + 1);
          const place = at % (n + 1);
          const values = [...tight.slice(0, place), far, ...tight.slice(place)];
          expect(highOutliers(values, 3.5)).toEqual([place]);
        },
      ),
    );
  });
});
