// The map dialog's data: the last สรุปผลรายอำเภอ's districts or รวมผลทั้งประเทศ's provinces, saved as plain JSON in document
// properties (figures only: the dialog's page carries the boundaries and draws), and which of the two was saved last.

import type { RollupMapInput } from '../../core/report/map/rollupMapInput';
import type { PropertiesApi } from '../adapter/services';

export type MapSource = 'district' | 'national';

const KEY_PREFIX = 'khongdee.map.';
const LATEST_KEY = 'khongdee.map.latest';
// Apps Script allows 9 KB a value (https://developers.google.com/apps-script/guides/services/quotas): 77 provinces with
// their tooltips run to ~15 KB, so the JSON is cut in pages of 2,500 chars (at most 3 UTF-8 bytes each for Thai)
const PAGE_CHARS = 2500;

/** Saves the map with its pages and the mark that it is the newer one, in one call; nothing when there is no map. */
export function saveMapData(props: PropertiesApi, source: MapSource, map: RollupMapInput | null): void {
  if (!map) return;
  const json = JSON.stringify(map);
  const write: Record<string, string> = { [LATEST_KEY]: source };
  let pages = 0;
  for (let at = 0; at < json.length; pages++) {
    let end = Math.min(at + PAGE_CHARS, json.length);
    // never split a surrogate pair between two values
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end--;
    write[`${KEY_PREFIX}${source}.${pages}`] = json.slice(at, end);
    at = end;
  }
  write[`${KEY_PREFIX}${source}`] = String(pages);
  props.setProperties(write);
}

function loaded(all: Readonly<Record<string, string>>, source: MapSource): RollupMapInput | null {
  const pages = Number(all[`${KEY_PREFIX}${source}`] ?? 0);
  const parts: string[] = [];
  for (let i = 0; i < pages; i++) {
    const part = all[`${KEY_PREFIX}${source}.${i}`];
    if (part === undefined) return null;
    parts.push(part);
  }
  try {
    return pages > 0 ? (JSON.parse(parts.join('')) as RollupMapInput) : null;
  } catch {
    return null;
  }
}

/** The map saved last (national or district), else the other one, else null: one Properties call. */
export function loadMapData(props: PropertiesApi): RollupMapInput | null {
  const all = props.getProperties();
  const first: MapSource = all[LATEST_KEY] === 'district' ? 'district' : 'national';
  return loaded(all, first) ?? loaded(all, first === 'district' ? 'national' : 'district');
}
