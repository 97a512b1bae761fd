// Draws the choropleth of the 77 provinces from boundary data the caller passes in (so this module carries no geometry):
// one path per province, Bangkok hatched as not applicable, inspection-zone boundaries heavier, legend and attribution.

import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { BANGKOK_CODE, provinceByCode } from '../../geo/provinces';
import { mapText } from '../../messages/map';
import { checkBreaks, DEFAULT_BREAKS, notApplicableFill, valueFill } from './colourScale';
import type { MapInput, ProvinceProperties, ProvinceTopology } from './mapTypes';
import {
  AREA_STROKE,
  attribution,
  type Frame,
  figureLine,
  HEAVY_STROKE,
  legend,
  lookupLines,
  lookupValue,
  svgOpen,
  tooltip,
} from './svgParts';

// Thailand is about twice as tall as wide in Mercator; the legend sits in the Gulf, east of the southern peninsula.
const FRAME: Frame = { width: 600, height: 1000 };
const MAP_BOX: [[number, number], [number, number]] = [
  [10, 60],
  [590, 975],
];
const LEGEND_AT = { x: 400, y: 730 };

type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties>;

function provinceFeatures(topology: ProvinceTopology): ProvinceFeature[] {
  const collection = feature(topology, topology.objects.province);
  return collection.features as ProvinceFeature[];
}

/** The province code of a TopoJSON geometry (the mesh filter sees untyped geometries). */
function codeOf(geometry: { properties?: unknown }): string {
  return String((geometry.properties as ProvinceProperties | undefined)?.code);
}

/** The inspection zone of a province code (-1 for a code the registry lacks, so its boundary is drawn heavy). */
function zoneOf(code: string): number {
  return provinceByCode(code)?.zone ?? -1;
}

function provincePath(
  f: ProvinceFeature,
  d: string,
  input: MapInput,
  idPrefix: string,
  breaks: readonly number[],
): string {
  const code = f.properties.code;
  const name = provinceByCode(code)?.nameTh ?? f.properties.name_th;
  const extra = lookupLines(input.tooltipLines, code);
  let fill: string;
  let title: string;
  if (code === BANGKOK_CODE) {
    fill = notApplicableFill(idPrefix);
    title = tooltip(name, `${mapText.notApplicable.th}: ${mapText.bangkokNote.th}`, extra);
  } else {
    const value = lookupValue(input.values, code);
    fill = valueFill(value, breaks, idPrefix);
    title = tooltip(name, figureLine(input, value), extra);
  }
  return `<path data-province-code="${code}" fill="${fill}" d="${d}">${title}</path>`;
}

/** The SVG choropleth of all 77 provinces, drawn from `topology` (th-provinces.topo.json). */
export function drawProvinceMap(input: MapInput, topology: ProvinceTopology): string {
  const breaks = input.breaks ?? DEFAULT_BREAKS;
  checkBreaks(breaks);
  const idPrefix = input.idPrefix ?? 'map';
  const features = provinceFeatures(topology);
  const projection = geoMercator().fitExtent(MAP_BOX, { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(1);
  const zoneLines = mesh(
    topology,
    topology.objects.province,
    (a, b) => a === b || zoneOf(codeOf(a)) !== zoneOf(codeOf(b)),
  );
  const areas = features.map((f) => provincePath(f, path(f) ?? '', input, idPrefix, breaks));
  return [
    svgOpen(FRAME, input, idPrefix),
    `<g class="areas" stroke="${AREA_STROKE}" stroke-width="0.4" stroke-linejoin="round">${areas.join('')}</g>`,
    `<path class="zone-boundaries" fill="none" stroke="${HEAVY_STROKE}" stroke-width="1.6" stroke-linejoin="round" d="${path(zoneLines) ?? ''}"/>`,
    legend(input, { ...LEGEND_AT, idPrefix, breaks, notApplicable: true, heavyLine: mapText.zoneBoundary.th }),
    attribution(FRAME),
    '</svg>',
  ].join('');
}
