// The boundary data of the maps (77 provinces, 928 districts, DOPA codes; CC BY-IGO), imported here alone so that only
// the bundles that draw maps carry it (esbuild inlines the JSON).

import districtsJson from '../../../../data/geo/th-districts.topo.json';
import provincesJson from '../../../../data/geo/th-provinces.topo.json';
import type { DistrictTopology, ProvinceTopology } from './mapTypes';

export const PROVINCE_TOPOLOGY = provincesJson as unknown as ProvinceTopology;
export const DISTRICT_TOPOLOGY = districtsJson as unknown as DistrictTopology;
