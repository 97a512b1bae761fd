// Finds the content links claimed in more than one province: they count once nationally, so the provinces concerned must agree
// whose post it is. Read from each ProvinceResult's distinct links, so it works on checkpointed results too.

import type { Platform } from '../normalise/links';
import type { ProvinceResult } from '../rollup/provinceRollup';
import type { CrossProvinceLink } from './types';

/** Code-point order: DOPA codes and canonical links are ASCII, and Intl's collation is not relied on in Apps Script. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Links in two or more provinces: the most widely claimed first, then by first province and link, so the order is stable. */
export function crossProvinceLinks(results: readonly ProvinceResult[]): CrossProvinceLink[] {
  const ordered = [...results].sort((a, b) => byText(a.province.code, b.province.code));
  const claims = new Map<string, { platform: Platform; provinces: ProvinceResult['province'][] }>();
  for (const r of ordered) {
    for (let i = 0; i < r.links.canonical.length; i++) {
      const canonical = r.links.canonical[i];
      const platform = r.links.platform[i];
      const claim = claims.get(canonical);
      if (!claim) claims.set(canonical, { platform, provinces: [r.province] });
      // a province listed twice (two results of one province) is still one province
      else if (!claim.provinces.some((p) => p.code === r.province.code)) claim.provinces.push(r.province);
    }
  }
  const out: CrossProvinceLink[] = [];
  for (const [canonical, claim] of claims) {
    if (claim.provinces.length < 2) continue;
    out.push({
      canonical,
      platform: claim.platform,
      provinces: claim.provinces.map((p) => p.nameTh),
      provinceCodes: claim.provinces.map((p) => p.code),
    });
  }
  return out.sort(
    (a, b) =>
      b.provinceCodes.length - a.provinceCodes.length ||
      byText(a.provinceCodes[0], b.provinceCodes[0]) ||
      byText(a.canonical, b.canonical),
  );
}
