// Decides which province a report sheet belongs to: its province column, a title line, the sheet name, the caller's choice,
// or, failing those, the province where its อปท. names are found in the registry.

import { type CellValue, cellText } from '../cell';
import type { SheetHeader } from '../form/headers';
import type { FormSpec } from '../form/types';
import { findProvince, provinceByCode, provinceInText } from '../geo/provinces';
import type { Province } from '../geo/types';
import { rollupMessages } from '../messages/rollup';
import type { Text } from '../messages/text';
import { normaliseText } from '../normalise/text';
import { splitLaoName } from '../registry/laoTypes';
import type { RegistryIndex } from '../registry/match';

export type ProvinceFinding =
  | { readonly ok: true; readonly province: Province }
  | { readonly ok: false; readonly message: Text };

export interface SheetProvinceOptions {
  readonly file: string;
  readonly sheetName: string;
  readonly fallback?: Province;
  readonly registry?: RegistryIndex | null;
}

function columnIndex(form: FormSpec, header: SheetHeader, role: string): number | undefined {
  const spec = form.columns.find((c) => c.role === role);
  return spec ? header.columns.get(spec.key)?.index : undefined;
}

export function provinceOfSheet(
  rows: readonly CellValue[][],
  form: FormSpec,
  header: SheetHeader,
  options: SheetProvinceOptions,
): ProvinceFinding {
  const named = new Map<string, Province>();
  const provinceColumn = columnIndex(form, header, 'province');
  if (provinceColumn !== undefined) {
    for (let r = header.dataStart; r < rows.length; r++) {
      const text = cellText(rows[r][provinceColumn] ?? '');
      const p = text.trim() ? findProvince(text) : undefined;
      if (p) named.set(p.code, p);
    }
  }
  // title lines: every row above the data that is not part of the header
  for (let r = 0; r < header.dataStart; r++) {
    if (header.rows.includes(r)) continue;
    for (const cell of rows[r]) {
      const p = typeof cell === 'string' ? provinceInText(cell) : undefined;
      if (p) named.set(p.code, p);
    }
  }
  if (named.size > 1)
    return {
      ok: false,
      message: rollupMessages.provinceConflict(options.file, [...named.values()].map((p) => p.nameTh).join(', ')),
    };
  const found =
    [...named.values()][0] ??
    findProvince(options.sheetName) ??
    provinceInText(options.sheetName) ??
    options.fallback ??
    byRegistry(rows, form, header, options.registry);
  return found ? { ok: true, province: found } : { ok: false, message: rollupMessages.provinceUnknown(options.file) };
}

/** The province where most of the sheet's อปท. names exist, when it holds a clear majority of the names found. */
function byRegistry(
  rows: readonly CellValue[][],
  form: FormSpec,
  header: SheetHeader,
  registry: RegistryIndex | null | undefined,
): Province | undefined {
  const laoColumn = columnIndex(form, header, 'lao');
  if (!registry || laoColumn === undefined) return undefined;
  const votes = new Map<string, number>();
  let names = 0;
  for (let r = header.dataStart; r < rows.length; r++) {
    const text = cellText(rows[r][laoColumn] ?? '');
    if (!text.trim()) continue;
    const laos = registry.laosByName.get(normaliseText(splitLaoName(text).name).replace(/\s+/g, ''));
    if (!laos) continue;
    names++;
    for (const code of new Set(laos.map((l) => l.provinceCode))) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] * 2 <= names || ranked[0][1] === ranked[1]?.[1]) return undefined;
  return provinceByCode(ranked[0][0]);
}
