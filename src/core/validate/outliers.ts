// The modified z-score (Iglewicz and Hoaglin) over a group of values: which values stand far above the group's median.
//
// z = |x − median| / scale, where scale estimates the standard deviation robustly:
//   scale = MAD / 0.6745 (so z = 0.6745 × |x − median| / MAD), MAD being the median absolute deviation from the median;
//   when MAD is 0 (more than half the values equal the median), scale = 1.253314 × MeanAD, MeanAD being the mean
//   absolute deviation from the median, as IBM documents its modified z score:
//   https://ibm.com/docs/el/cognos-analytics/11.1.0?topic=terms-modified-z-score (the deviations are taken about the
//   median, as in https://docs.rs/chronix-analytics/0.7.0/src/chronix_analytics/anomaly/modified_zscore.rs.html);
//   when that is 0 too (every value the same), nothing in the group is flagged.
// Only values above the median are flagged: an extra digit typed into a figure inflates a total many times over, while a
// low month (a quiet month, a zero) is not an input mistake and moves a total by at most its own size.

/** Iglewicz and Hoaglin's threshold; DHIS2 uses 3.0. */
export const DEFAULT_OUTLIER_THRESHOLD = 3.5;
/** a group with fewer values has no outliers */
export const MIN_GROUP_SIZE = 6;
/** MAD / 0.6745 estimates the standard deviation of normal data */
const MAD_FACTOR = 0.6745;
/** 1.253314 × MeanAD (√(π/2)) estimates it too */
const MEAN_AD_FACTOR = 1.253314;

/** What a group's values are measured against. */
export interface GroupStats {
  readonly median: number;
  /** the spread z is counted in: MAD / 0.6745, or 1.253314 × MeanAD when MAD is 0; always > 0 */
  readonly scale: number;
  /** how many values the group has */
  readonly size: number;
}

/** The median of values sorted in ascending order. */
function sortedMedian(sorted: Float64Array): number {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of any values (they are not changed). */
export function median(values: ArrayLike<number>): number {
  return sortedMedian(Float64Array.from(values).sort());
}

/** The median and the spread of a group; null when it has fewer than MIN_GROUP_SIZE values or no spread at all. */
export function groupStats(values: ArrayLike<number>): GroupStats | null {
  const n = values.length;
  if (n < MIN_GROUP_SIZE) return null;
  const centre = median(values);
  const deviations = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    deviations[i] = Math.abs(values[i] - centre);
    total += deviations[i];
  }
  const mad = sortedMedian(deviations.sort());
  const scale = mad > 0 ? mad / MAD_FACTOR : (MEAN_AD_FACTOR * total) / n;
  return scale > 0 ? { median: centre, scale, size: n } : null;
}

/** The modified z-score of x in a group. */
export function modifiedZ(x: number, stats: GroupStats): number {
  return Math.abs(x - stats.median) / stats.scale;
}

/** Whether x stands out above the group: over its median, with z over the threshold. */
export function isHighOutlier(x: number, stats: GroupStats, threshold: number): boolean {
  return x > stats.median && modifiedZ(x, stats) > threshold;
}

/** The places of the values that stand out above their group, in order; none when the group has no statistics. */
export function highOutliers(values: ArrayLike<number>, threshold: number): number[] {
  const stats = groupStats(values);
  const found: number[] = [];
  if (stats === null) return found;
  for (let i = 0; i < values.length; i++) if (isHighOutlier(values[i], stats, threshold)) found.push(i);
  return found;
}
