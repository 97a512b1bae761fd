// The fields of the entry sidebar, read from a form declaration: the columns an officer types or chooses, in the order
// the page shows them, with their labels, units and hints. Columns the server fills (the sequence, the province) are none.

import { groupThousands } from '../format/number';
import { formMessages } from '../messages/form';
import type { Text } from '../messages/text';
import {
  BOOKKEEPING_ROLES,
  type ColumnRole,
  type ColumnSpec,
  type FormSpec,
  OWNER_ROLES,
  type ValueType,
} from './types';

/** Every value type but the sequence number (the sheet numbers it) and the review's and sidebar's bookkeeping. */
export type EntryValueType = Exclude<ValueType, 'sequence' | 'review' | 'dateTime'>;

export interface EntryField {
  readonly key: string;
  /** the column's label with its unit, as the page shows it: "รายรับ (บาท)" */
  readonly label: Text;
  readonly type: EntryValueType;
  readonly role?: ColumnRole;
  readonly required: boolean;
  readonly unit?: Text;
  /** a box of several lines */
  readonly multiline: boolean;
  /** the column's own hint, from the declaration, else the minimum a row rule sets it */
  readonly hint?: Text;
  /** a date field whose values are months: a month and a B.E. year are chosen, not a day (set only when true) */
  readonly month?: true;
}

/** The pickers say whose entry it is, so they come first; the district narrows the อปท. list, so it leads. */
const PICKER_ROLES: readonly ColumnRole[] = ['district', ...OWNER_ROLES];

/** The column that says whose row it is (an อปท., or a person named as written), whatever its role. */
export function ownerColumn(form: FormSpec): ColumnSpec | undefined {
  return form.columns.find((c) => isOwnerRole(c.role));
}

export function isOwnerRole(role: ColumnRole | undefined): boolean {
  return role !== undefined && OWNER_ROLES.includes(role);
}

/**
 * Whether an officer gives the column's value: the sequence number and the province are the server's to fill, the
 * review columns the reviewer's, the submission time the sidebar's.
 */
export function isEntered(column: ColumnSpec): boolean {
  return (
    column.type !== 'sequence' &&
    column.role !== 'province' &&
    !(column.role !== undefined && BOOKKEEPING_ROLES.includes(column.role))
  );
}

/**
 * The columns a new report sheet is made with, in form order: all but the submission time, which is one of the
 * sidebar's hidden bookkeeping columns, added after them.
 */
export function newSheetColumns(form: FormSpec): ColumnSpec[] {
  return form.columns.filter((c) => c.role !== 'submittedAt');
}

export function isPicker(field: { readonly role?: ColumnRole }): boolean {
  return field.role !== undefined && PICKER_ROLES.includes(field.role);
}

/** "รายรับ (บาท)": the column's label with its unit, when it has one. */
export function labelWithUnit(column: ColumnSpec): Text {
  const { label, unit } = column;
  return unit ? { th: `${label.th} (${unit.th})`, en: `${label.en} (${unit.en})` } : label;
}

/** The hint a field shows: the one the column declares, or the minimum its atLeast rule sets. */
function hintOf(form: FormSpec, column: ColumnSpec): Text | undefined {
  if (column.entry?.hint) return column.entry.hint;
  for (const rule of form.rowRules)
    if (rule.kind === 'atLeast' && rule.column === column.key)
      return formMessages.minimumHint(groupThousands(rule.min), column.unit, rule.per);
  return undefined;
}

function fieldOf(form: FormSpec, column: ColumnSpec): EntryField {
  const hint = hintOf(form, column);
  return {
    key: column.key,
    label: labelWithUnit(column),
    type: column.type as EntryValueType,
    ...(column.role ? { role: column.role } : {}),
    required: column.required,
    ...(column.unit ? { unit: column.unit } : {}),
    multiline: column.entry?.multiline === true,
    ...(hint ? { hint } : {}),
    ...(column.type === 'date' && column.entry?.month === true ? { month: true as const } : {}),
  };
}

/**
 * The fields in page order: the district and owner (อปท. or person) pickers first, then the other entered columns as declared. `present`
 * holds the column keys the report sheet has: a field the sheet lacks is left out, except the pickers.
 */
export function entryFields(form: FormSpec, present?: ReadonlySet<string>): EntryField[] {
  const entered = form.columns.filter(isEntered);
  const pickers = PICKER_ROLES.flatMap((role) => entered.filter((c) => c.role === role));
  const rest = entered.filter((c) => !isPicker(c) && (present === undefined || present.has(c.key)));
  return [...pickers, ...rest].map((c) => fieldOf(form, c));
}
