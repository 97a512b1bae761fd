// The choropleth maps with their boundary data bound in: what the report calls; importing this module brings the geometry.

import { drawDistrictMap } from './drawDistricts';
import { drawProvinceMap } from './drawProvinces';
import { DISTRICT_TOPOLOGY, PROVINCE_TOPOLOGY } from './geometry';
import type { DistrictMapInput, MapInput } from './mapTypes';

/** The SVG choropleth of the 77 provinces (Bangkok not applicable), values keyed by 2-digit province code. */
export function provinceMapSvg(input: MapInput): string {
  return drawProvinceMap(input, PROVINCE_TOPOLOGY);
}

/** The SVG choropleth of one province's districts, values keyed by 4-digit district code. */
export function districtMapSvg(input: DistrictMapInput): string {
  return drawDistrictMap(input, DISTRICT_TOPOLOGY);
}
