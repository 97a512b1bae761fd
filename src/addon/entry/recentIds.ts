// The latest submission ids and their rows, in one document property read and updated only under the document lock:
// a retry whose answer was lost finds its id here. "id:row,…", oldest first; 200 short ids stay far below the 9 kB limit.

import type { PropertiesApi } from '../adapter/services';

export const RECENT_IDS_KEY = 'khongdee.entry.recentIds';
export const RECENT_IDS_KEPT = 200;

export function readRecentIds(props: PropertiesApi): Map<string, number> {
  const stored = props.getProperty(RECENT_IDS_KEY);
  const recent = new Map<string, number>();
  if (!stored) return recent;
  for (const item of stored.split(',')) {
    const at = item.lastIndexOf(':');
    if (at > 0) recent.set(item.slice(0, at), Number(item.slice(at + 1)) || 0);
  }
  return recent;
}

export function rememberId(props: PropertiesApi, recent: Map<string, number>, id: string, row: number): void {
  recent.delete(id);
  recent.set(id, row);
  const kept = [...recent].slice(-RECENT_IDS_KEPT);
  props.setProperty(RECENT_IDS_KEY, kept.map(([k, r]) => `${k}:${r}`).join(','));
}
