// The choropleth a roll-up's report carries: the provinces of a national roll-up or the districts of a province's,
// coloured by the reporting rate (by default), the % of the money target, or the on-time rate, with figures in each tooltip.
// The figures come from rollupMapInput (no geometry, so the add-on's Code.js can use it); this module binds the geometry.

import type { FormSpec } from '../../form/types';
import type { RollupResult } from '../../rollup/types';
import { districtMapSvg, provinceMapSvg } from './mapSvg';
import { type MapOptions, rollupMapInput } from './rollupMapInput';

export { MAP_METRICS, type MapMetric, type MapOptions } from './rollupMapInput';

/** The map of the report's scope, or null when there is nothing to draw (a province without district codes). */
export function rollupMapSvg(
  result: RollupResult,
  form: FormSpec,
  subtitle: string,
  options: MapOptions = {},
): string | null {
  const map = rollupMapInput(result, form, subtitle, options);
  if (!map) return null;
  return map.kind === 'province'
    ? provinceMapSvg(map.input)
    : districtMapSvg({ ...map.input, provinceCode: map.provinceCode });
}
