// What a caller gives the choropleth maps (metric, values, tooltip lines, classes) and the boundary data they draw from.

import type { GeometryCollection, Topology } from 'topojson-specification';

/** A figure per area code; null (or no entry) means the area has no data. */
export type AreaValues = ReadonlyMap<string, number | null> | Readonly<Record<string, number | null>>;

/** Extra tooltip lines per area code, shown under the area's name and its figure. */
export type AreaLines = ReadonlyMap<string, readonly string[]> | Readonly<Record<string, readonly string[]>>;

export interface MapInput {
  /** the map's heading, e.g. "อัตราการรายงานผล รายจังหวัด" */
  readonly title: string;
  /** a second heading line (scope, "ข้อมูล ณ วันที่ …"); none by default */
  readonly subtitle?: string;
  /** what the colours show, e.g. "อัตราการรายงาน", "ร้อยละของเป้าหมายรายได้", "ร้อยละที่รายงานตรงเวลา" */
  readonly metricLabel: string;
  /** the unit after each figure, e.g. "%"; '' for none */
  readonly unit: string;
  /** province code (2 digits) or district code (4 digits; name_th for Bangkok's เขต, which have no code) → figure */
  readonly values: AreaValues;
  /** more figures for each area's tooltip, by the same keys as `values` */
  readonly tooltipLines?: AreaLines;
  /** the 4 ascending lower bounds of classes 2-5; [20, 40, 60, 80] by default */
  readonly breaks?: readonly number[];
  /** prefix of the SVG's pattern ids, to keep them unique when one page holds several maps; 'map' by default */
  readonly idPrefix?: string;
}

export interface DistrictMapInput extends MapInput {
  /** the 2-digit DOPA code of the province whose districts are drawn */
  readonly provinceCode: string;
}

/** Properties of a province in th-provinces.topo.json (object `province`). */
export interface ProvinceProperties {
  readonly code: string;
  readonly name_th: string;
  readonly name_en: string;
}

/** Properties of a district in th-districts.topo.json (object `district`); code is null for Bangkok's เขต. */
export interface DistrictProperties {
  readonly code: string | null;
  readonly province_code: string;
  readonly province_th: string;
  readonly name_th: string;
  readonly name_en: string;
}

export type ProvinceTopology = Topology<{ province: GeometryCollection<ProvinceProperties> }>;
export type DistrictTopology = Topology<{ district: GeometryCollection<DistrictProperties> }>;
