// Checks a form declaration's internal references once, when it is defined, so a mistyped key or rule fails at start-up.
// Its shape is checked by TypeScript for built-in forms, and by the zod schema (formSchema.ts) for forms read from a file.

import { isProblemCode, PROBLEM_SEVERITY } from '../validate/codes';
import { type ColumnSpec, type FormSpec, OWNER_ROLES, type RowRule } from './types';

/** The value type each review role's column must have. */
const REVIEW_ROLE_TYPES: Readonly<Record<string, ColumnSpec['type']>> = {
  review: 'review',
  reviewNote: 'text',
  submittedAt: 'dateTime',
};

/** Validates the declaration's internal references: unique keys and roles, one owner column, known rule keys and codes. */
export function defineForm(spec: FormSpec): FormSpec {
  const keys = new Set<string>();
  const roles = new Set<string>();
  for (const c of spec.columns) {
    if (keys.has(c.key)) throw new Error(`form ${spec.id}: duplicate column key ${c.key}`);
    keys.add(c.key);
    if (c.role) {
      if (roles.has(c.role)) throw new Error(`form ${spec.id}: role ${c.role} declared twice`);
      roles.add(c.role);
    }
  }
  const owners = OWNER_ROLES.filter((role) => roles.has(role));
  if (owners.length !== 1)
    throw new Error(`form ${spec.id}: exactly one column must have the role ${OWNER_ROLES.join(' or ')}`);
  const figures = spec.rowRules.flatMap(figuresOf);
  const referenced = [...spec.headerRequires.all, ...spec.headerRequires.anyOf, ...figures];
  for (const rule of spec.rowRules)
    if (!isProblemCode(rule.code)) throw new Error(`form ${spec.id}: unknown problem code ${rule.code}`);
  checkOncePerMonth(spec);
  for (const c of spec.columns) checkReviewColumn(spec.id, c);
  for (const key of referenced) if (!keys.has(key)) throw new Error(`form ${spec.id}: unknown column key ${key}`);
  // rules compare figures: a rule on a text or date column could never hold
  const numeric = new Set(spec.columns.filter((c) => c.type === 'count' || c.type === 'money').map((c) => c.key));
  for (const key of figures)
    if (!numeric.has(key))
      throw new Error(`form ${spec.id}: a row rule names ${key}, which is not a count or money column`);
  for (const rule of spec.rowRules)
    if (rule.kind === 'atLeast' && !(rule.min > 0))
      throw new Error(`form ${spec.id}: the minimum of ${rule.column} must be above zero`);
  return spec;
}

/** A month reported twice makes its row an error row (left out of the totals): its code must be a known error. */
function checkOncePerMonth(spec: FormSpec): void {
  const code = spec.oncePerMonth?.code;
  if (code === undefined) return;
  if (!isProblemCode(code)) throw new Error(`form ${spec.id}: unknown problem code ${code} for oncePerMonth`);
  if (PROBLEM_SEVERITY[code] !== 'error')
    throw new Error(`form ${spec.id}: the oncePerMonth code ${code} must be an error, not a ${PROBLEM_SEVERITY[code]}`);
  // months are read from the date column: without one no two rows could be compared
  if (!spec.columns.some((c) => c.role === 'date'))
    throw new Error(`form ${spec.id}: oncePerMonth needs a column with the role date`);
}

/** The column keys of the figures a rule reads. */
function figuresOf(rule: RowRule): readonly string[] {
  switch (rule.kind) {
    case 'positiveRequiresPositive':
      return [rule.when, rule.then];
    case 'positiveRequiresLink':
      return rule.when;
    case 'ratioAbove':
      return [rule.numerator, rule.denominator];
    case 'atLeast':
      return [rule.column];
  }
}

/** A review column lists its accepted texts, none under two statuses; review roles have their own value types. */
function checkReviewColumn(id: string, c: ColumnSpec): void {
  const wanted = c.role === undefined ? undefined : REVIEW_ROLE_TYPES[c.role];
  if (wanted !== undefined && c.type !== wanted)
    throw new Error(`form ${id}: the column with the role ${c.role} must be of type ${wanted}, not ${c.type}`);
  if (c.type !== 'review') {
    if (c.choices) throw new Error(`form ${id}: column ${c.key} has choices but is not of type review`);
    return;
  }
  if (!c.choices) throw new Error(`form ${id}: the review column ${c.key} must list its choices`);
  const seen = new Map<string, string>();
  for (const [status, texts] of Object.entries(c.choices)) {
    if (texts.length === 0) throw new Error(`form ${id}: the review column ${c.key} lists no text for ${status}`);
    for (const text of texts) {
      const key = choiceKey(text);
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== status)
        throw new Error(`form ${id}: the review text ${text} stands for both ${earlier} and ${status}`);
      seen.set(key, status);
    }
  }
}

/** How review texts are compared: without case or any space. */
export function choiceKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '');
}
