// Finds the content links claimed in more than one province: they count once nationally, so the provinces concerned must agree
// whose post it is. Provinces are compared by link number; only the links shared are turned back into texts.

import type { Platform } from '../normalise/links';
import { type NumberedProvinces, numberProvinceLinks } from '../rollup/provinceLinks';
import type { ProvinceResult } from '../rollup/provinceRollup';
import type { CrossProvinceLink } from './types';

/** Code-point order: DOPA codes and canonical links are ASCII, and Intl's collation is not relied on in Apps Script. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Claim {
  readonly platform: Platform;
  readonly provinces: ProvinceResult['province'][];
}

/** By link number, the links claimed in two or more provinces: the provinces in DOPA code order, the platform of the first. */
function sharedClaims(results: readonly ProvinceResult[], { numbering, ids }: NumberedProvinces): Map<number, Claim> {
  const order = [...results.keys()].sort((a, b) => byText(results[a].province.code, results[b].province.code));
  // by link number: the last province that claimed it (results of one province sort next to each other), and where first
  const lastClaim = new Int32Array(numbering.size).fill(-1);
  const firstResult = new Int32Array(numbering.size);
  const firstLink = new Int32Array(numbering.size);
  const shared = new Map<number, Claim>();
  let ordinal = -1;
  for (const [k, r] of order.entries()) {
    const { province } = results[r];
    // a province listed twice (two results of one province) is still one province
    if (k === 0 || province.code !== results[order[k - 1]].province.code) ordinal++;
    for (let l = 0; l < ids[r].length; l++) {
      const id = ids[r][l];
      const last = lastClaim[id];
      if (last === ordinal) continue;
      lastClaim[id] = ordinal;
      if (last === -1) {
        firstResult[id] = r;
        firstLink[id] = l;
        continue;
      }
      const claim = shared.get(id);
      if (claim) claim.provinces.push(province);
      else {
        const first = results[firstResult[id]];
        shared.set(id, { platform: first.links.platform[firstLink[id]], provinces: [first.province, province] });
      }
    }
  }
  return shared;
}

/**
 * Links in two or more provinces: the most widely claimed first, then by first province and link, so the order is stable.
 * `links`: the results' links by number, when the caller has them (see numberProvinceLinks).
 */
export function crossProvinceLinks(
  results: readonly ProvinceResult[],
  links: NumberedProvinces = numberProvinceLinks(results),
): CrossProvinceLink[] {
  const out: CrossProvinceLink[] = [];
  for (const [id, claim] of sharedClaims(results, links)) {
    out.push({
      canonical: links.numbering.canonical(id),
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
