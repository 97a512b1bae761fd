// Checks a form declaration once, when it is defined, so a mistyped key or rule fails at start-up, not mid-report.
// zod/mini keeps the Apps Script bundle small; jitless mode keeps it away from `new Function`.

import * as z from 'zod/mini';
import { isProblemCode } from '../validate/codes';
import type { FormSpec } from './types';

z.config({ jitless: true });

const text = z.object({ th: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

const column = z.object({
  key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
  header: z.string().check(z.minLength(1)),
  label: text,
  variants: z.array(z.string()),
  type: z.enum(['sequence', 'date', 'text', 'links', 'count', 'money']),
  role: z.optional(z.enum(['lao', 'district', 'province', 'date', 'links'])),
  required: z.boolean(),
  fillDown: z.optional(z.boolean()),
  rollup: z.optional(z.enum(['sum'])),
  unit: z.optional(text),
  plausibleMax: z.optional(z.number()),
});

const rowRule = z.union([
  z.object({ code: z.string(), kind: z.literal('positiveRequiresPositive'), when: z.string(), then: z.string() }),
  z.object({ code: z.string(), kind: z.literal('positiveRequiresLink'), when: z.array(z.string()) }),
  z.object({ code: z.string(), kind: z.literal('ratioAbove'), numerator: z.string(), denominator: z.string(), max: z.number() }),
]);

const form = z.object({
  id: z.string(),
  title: text,
  columns: z.array(column).check(z.minLength(1)),
  headerRequires: z.object({ all: z.array(z.string()), anyOf: z.array(z.string()) }),
  rowRules: z.array(rowRule),
  activityStart: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
});

/** Validates the declaration's shape and its internal references (rule keys, roles, unique keys). */
export function defineForm(spec: FormSpec): FormSpec {
  form.parse(spec);
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
  if (!roles.has('lao')) throw new Error(`form ${spec.id}: no column has the lao role`);
  const referenced = [
    ...spec.headerRequires.all,
    ...spec.headerRequires.anyOf,
    ...spec.rowRules.flatMap((r) =>
      r.kind === 'positiveRequiresPositive' ? [r.when, r.then] : r.kind === 'positiveRequiresLink' ? r.when : [r.numerator, r.denominator],
    ),
  ];
  for (const rule of spec.rowRules) if (!isProblemCode(rule.code)) throw new Error(`form ${spec.id}: unknown problem code ${rule.code}`);
  for (const key of referenced) if (!keys.has(key)) throw new Error(`form ${spec.id}: unknown column key ${key}`);
  return spec;
}
