// The sidebar's field labels and units, read from the form declaration, so the sidebar, the checks and the reports
// always name a column the same way.

import { DLA_ONLINE_MARKET } from '../core/form/dlaOnlineMarket';
import type { Text } from '../core/messages/text';

const columns = new Map(DLA_ONLINE_MARKET.columns.map((c) => [c.key, c]));

/** "รายรับ (บาท)": the column's label with its unit, when it has one. */
export function fieldLabel(key: string): Text {
  const column = columns.get(key);
  if (!column) return { th: key, en: key };
  const { label, unit } = column;
  return unit ? { th: `${label.th} (${unit.th})`, en: `${label.en} (${unit.en})` } : label;
}

/** The unit written after a figure of the column ('' when it has none). */
export function fieldUnit(key: string): string {
  return columns.get(key)?.unit?.th ?? '';
}
