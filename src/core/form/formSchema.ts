// The zod schema of a form declaration read from a file (another programme's form, or a changed official layout):
// shape first, then the same reference checks as a built-in form. zod/mini in jitless mode needs no `new Function`.

import * as z from 'zod/mini';
import { formMessages } from '../messages/form';
import type { Text } from '../messages/text';
import { defineForm } from './defineForm';
import type { FormSpec } from './types';

z.config({ jitless: true });

const text = z.object({ th: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

/** a review status's accepted texts: at least one, none blank */
const choiceTexts = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

const column = z.object({
  key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)),
  header: z.string().check(z.minLength(1)),
  label: text,
  variants: z.array(z.string()),
  type: z.enum(['sequence', 'date', 'text', 'links', 'count', 'money', 'review', 'dateTime']),
  role: z.optional(
    z.enum(['lao', 'person', 'district', 'province', 'date', 'links', 'review', 'reviewNote', 'submittedAt']),
  ),
  required: z.boolean(),
  fillDown: z.optional(z.boolean()),
  rollup: z.optional(z.enum(['sum'])),
  unit: z.optional(text),
  plausibleMax: z.optional(z.number()),
  entry: z.optional(
    z.object({ multiline: z.optional(z.boolean()), hint: z.optional(text), month: z.optional(z.boolean()) }),
  ),
  choices: z.optional(z.object({ approved: choiceTexts, returned: choiceTexts, pending: choiceTexts })),
});

const rowRule = z.union([
  z.object({ code: z.string(), kind: z.literal('positiveRequiresPositive'), when: z.string(), then: z.string() }),
  z.object({ code: z.string(), kind: z.literal('positiveRequiresLink'), when: z.array(z.string()) }),
  z.object({
    code: z.string(),
    kind: z.literal('ratioAbove'),
    numerator: z.string(),
    denominator: z.string(),
    max: z.number(),
  }),
  z.object({
    code: z.string(),
    kind: z.literal('atLeast'),
    column: z.string(),
    min: z.number(),
    per: z.optional(text),
  }),
]);

const ownerFigure = z.object({ key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]*$/)), label: text, unit: text });

const ownerFigures = z.object({
  owners: z.extend(ownerFigure, { targetHeaders: z.array(z.string()), noun: text }),
  months: z.optional(ownerFigure),
  monthsMeetingMinimums: z.optional(z.extend(ownerFigure, { percentKey: z.string() })),
});

export const formSchema = z.object({
  id: z.string(),
  title: text,
  summaryTitle: z.optional(text),
  source: z.optional(text),
  columns: z.array(column).check(z.minLength(1)),
  headerRequires: z.object({ all: z.array(z.string()), anyOf: z.array(z.string()) }),
  rowRules: z.array(rowRule),
  activityStart: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  oncePerMonth: z.optional(z.object({ code: z.string() })),
  ownerFigures: z.optional(ownerFigures),
});

export type FormRead = { readonly ok: true; readonly form: FormSpec } | { readonly ok: false; readonly message: Text };

/** A form declaration from JSON: its shape, then its references; every failure is a bilingual message naming the place. */
export function readFormDeclaration(json: unknown, source: string): FormRead {
  const parsed = formSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .slice(0, 5)
      .join('; ');
    return { ok: false, message: formMessages.formFileUnusable(source, where) };
  }
  try {
    return { ok: true, form: defineForm(parsed.data as FormSpec) };
  } catch (e) {
    return { ok: false, message: formMessages.formFileUnusable(source, (e as Error).message) };
  }
}
