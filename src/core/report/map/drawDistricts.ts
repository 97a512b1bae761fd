// Draws the choropleth of one province's districts from boundary data the caller passes in (so this module carries no
// geometry): one path per district named as the registry writes it, the province outline heavier, legend and attribution.

import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { mapText } from '../../messages/map';
import { escapeHtml } from '../html';
import { checkBreaks, DEFAULT_BREAKS, valueFill } from './colourScale';
import type { DistrictMapInput, DistrictProperties, DistrictTopology } from './mapTypes';
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

// Map on the left, legend in its own column on the right: a province can have any shape.
const FRAME: Frame = { width: 760, height: 600 };
const MAP_BOX: [[number, number], [number, number]] = [
  [10, 64],
  [520, 572],
];
const LEGEND_AT = { x: 540, y: 90 };

type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProperties>;

/** The districts of a province as a TopoJSON collection (throws for a code the boundary file lacks: a caller's bug). */
function provinceDistricts(topology: DistrictTopology, provinceCode: string): GeometryCollection<DistrictProperties> {
  const geometries = topology.objects.district.geometries.filter(
    (g) => (g.properties as DistrictProperties | undefined)?.province_code === provinceCode,
  );
  if (geometries.length === 0) throw new RangeError(`No districts for province code ${provinceCode}`);
  return { type: 'GeometryCollection', geometries };
}

/** A district's key in the caller's values: its 4-digit code, or its name where it has none (Bangkok's เขต). */
function districtKey(p: DistrictProperties): string {
  return p.code ?? p.name_th;
}

function districtPath(
  f: DistrictFeature,
  d: string,
  input: DistrictMapInput,
  idPrefix: string,
  breaks: readonly number[],
): string {
  const p = f.properties;
  const key = districtKey(p);
  const value = lookupValue(input.values, key);
  const fill = valueFill(value, breaks, idPrefix);
  const title = tooltip(p.name_th, figureLine(input, value), lookupLines(input.tooltipLines, key));
  const code = p.code === null ? '' : ` data-district-code="${p.code}"`;
  return `<path data-district="${escapeHtml(p.name_th)}"${code} fill="${fill}" d="${d}">${title}</path>`;
}

/** The district's name at its centroid, haloed so that it reads on any class colour and in grey. */
function districtLabel(f: DistrictFeature, [x, y]: [number, number]): string {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return '';
  return `<text x="${x.toFixed(1)}" y="${(y + 4).toFixed(1)}">${escapeHtml(f.properties.name_th)}</text>`;
}

/** The SVG choropleth of the districts of `input.provinceCode`, drawn from `topology` (th-districts.topo.json). */
export function drawDistrictMap(input: DistrictMapInput, topology: DistrictTopology): string {
  const breaks = input.breaks ?? DEFAULT_BREAKS;
  checkBreaks(breaks);
  const idPrefix = input.idPrefix ?? 'map';
  const collection = provinceDistricts(topology, input.provinceCode);
  const features = feature(topology, collection).features as DistrictFeature[];
  const projection = geoMercator().fitExtent(MAP_BOX, { type: 'FeatureCollection', features });
  const path = geoPath(projection).digits(1);
  const outline = mesh(topology, collection, (a, b) => a === b);
  const areas = features.map((f) => districtPath(f, path(f) ?? '', input, idPrefix, breaks));
  const labels = features.map((f) => districtLabel(f, path.centroid(f)));
  return [
    svgOpen(FRAME, input, idPrefix),
    `<g class="areas" stroke="${AREA_STROKE}" stroke-width="0.5" stroke-linejoin="round">${areas.join('')}</g>`,
    `<path class="province-boundary" fill="none" stroke="${HEAVY_STROKE}" stroke-width="1.6" stroke-linejoin="round" d="${path(outline) ?? ''}"/>`,
    `<g class="labels" font-size="12" text-anchor="middle" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke" pointer-events="none">${labels.join('')}</g>`,
    legend(input, { ...LEGEND_AT, idPrefix, breaks, notApplicable: false, heavyLine: mapText.provinceBoundary.th }),
    attribution(FRAME),
    '</svg>',
  ].join('');
}
