// The form's columns as one sheet's header places them: where each is, what it holds, and its slot in a row's figures or texts.

import type { HeaderColumn, SheetHeader } from '../form/headers';
import { BOOKKEEPING_ROLES, type ColumnSpec, type FormSpec } from '../form/types';

export interface Located {
  readonly spec: ColumnSpec;
  readonly at: HeaderColumn;
  readonly index: number;
  readonly key: string;
  readonly type: ColumnSpec['type'];
  readonly role: string | null;
  readonly fillDown: boolean;
  /** the reviewer's or the sidebar's column (review, note, submission time): filling it alone reports nothing */
  readonly bookkeeping: boolean;
  /** where the row's figure or text goes: its place among the sheet's count and money columns, or its other text columns */
  readonly slot: number;
}

export interface SheetColumns {
  readonly located: readonly Located[];
  /** keys of the count and money columns the sheet has, in form order */
  readonly numberKeys: readonly string[];
  /** keys of the other text columns the sheet has */
  readonly textKeys: readonly string[];
  readonly byKey: ReadonlyMap<string, Located>;
  readonly byRole: ReadonlyMap<string, Located>;
}

export function locateColumns(form: FormSpec, header: SheetHeader): SheetColumns {
  const located: Located[] = [];
  const numberKeys: string[] = [];
  const textKeys: string[] = [];
  for (const spec of form.columns) {
    const at = header.columns.get(spec.key);
    if (!at) continue;
    const list =
      spec.type === 'count' || spec.type === 'money'
        ? numberKeys
        : spec.type === 'text' && !spec.role
          ? textKeys
          : null;
    // one literal for every column, so the row loop reads fields of a single shape (column specs differ in theirs)
    located.push({
      spec,
      at,
      index: at.index,
      key: spec.key,
      type: spec.type,
      role: spec.role ?? null,
      fillDown: spec.fillDown === true,
      bookkeeping: spec.role !== undefined && BOOKKEEPING_ROLES.includes(spec.role),
      slot: list ? list.push(spec.key) - 1 : -1,
    });
  }
  const byKey = new Map(located.map((l) => [l.spec.key, l] as const));
  const byRole = new Map(located.filter((l) => l.spec.role).map((l) => [l.spec.role as string, l] as const));
  return { located, numberKeys, textKeys, byKey, byRole };
}
