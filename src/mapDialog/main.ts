// The แผนที่ผลการดำเนินงาน dialog in the browser: asks the server for the figures the last สรุปผลรายอำเภอ or รวมผลทั้งประเทศ
// saved and draws them with the boundaries this page carries (Code.js carries none), as the SVG the core builds (text escaped).
/// <reference lib="dom" />

import { closeDialog, runServer } from '../client/scriptRun';
import { mapDialogMessages as M } from '../core/messages/mapDialog';
import { drawDistrictMap } from '../core/report/map/drawDistricts';
import { drawProvinceMap } from '../core/report/map/drawProvinces';
import { DISTRICT_TOPOLOGY, PROVINCE_TOPOLOGY } from '../core/report/map/geometry';
import type { RollupMapInput } from '../core/report/map/rollupMapInput';

/** The map's SVG markup: the provinces, or the districts of the saved province. */
export function mapSvgOf(map: RollupMapInput): string {
  return map.kind === 'province'
    ? drawProvinceMap(map.input, PROVINCE_TOPOLOGY)
    : drawDistrictMap({ ...map.input, provinceCode: map.provinceCode }, DISTRICT_TOPOLOGY);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The SVG as nodes of this page: parsed by an inert document (nothing in it runs), then adopted. */
function svgNode(markup: string): Element {
  const parsed = new DOMParser().parseFromString(markup, 'text/html').querySelector('svg');
  if (!parsed) throw new Error('no SVG');
  return document.adoptNode(parsed);
}

function button(text: string, action: () => void): HTMLButtonElement {
  const b = el('button', text);
  b.type = 'button';
  b.addEventListener('click', action);
  return b;
}

/** Draws what the server answered into the page: the map with print and close, or the message to run a summary first. */
export function show(app: HTMLElement, map: RollupMapInput | null): void {
  app.replaceChildren();
  const actions = el('p');
  actions.className = 'actions';
  if (!map) {
    const note = el('p', M.noData.th);
    note.setAttribute('role', 'status');
    note.className = 'empty';
    actions.append(button(M.close.th, closeDialog));
    app.append(note, actions);
    return;
  }
  const figure = el('figure');
  figure.className = 'map';
  figure.append(svgNode(mapSvgOf(map)));
  actions.append(
    button(M.print.th, () => window.print()),
    button(M.close.th, closeDialog),
  );
  app.append(figure, actions);
}

async function start(): Promise<void> {
  const app = document.getElementById('app') as HTMLElement;
  try {
    show(app, await runServer('getMapData'));
  } catch (e) {
    const status = el('p', M.failed((e as Error).message).th);
    status.className = 'error';
    status.setAttribute('role', 'alert');
    app.replaceChildren(status);
  }
}

if (typeof document !== 'undefined' && document.getElementById('app')) void start();
