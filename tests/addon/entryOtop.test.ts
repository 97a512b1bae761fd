// The entry path with the person-owned OTOP form, chosen by the workbook's form property: the context's fields (the
// marketer first, a month field, nine counts with their minimums), the marketers already in the sheet, and a submission
// written through the twin that the menu's check then reads back as that marketer's month with no problem.

import { runCheckData } from '../../src/addon/actions/checkData';
import { entryContext, type SubmitResult, submitEntryWith } from '../../src/addon/actions/entry';
import { checkEntry } from '../../src/addon/entry/checkEntry';
import { MAX_OWNER_NAMES } from '../../src/addon/entry/ownerNames';
import type { EntryContextReady, EntryPayload, EntryValue } from '../../src/addon/entry/types';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { MARKETERS, MINIMUMS, OTOP_SHEET, OTOP_TODAY, otopRow, otopTwin } from './otopWorkbook';

const COUNT_KEYS = ['products', 'content', 'clips', 'lives', 'showcases', 'coaching', 'otopToday', 'plans', 'reports'];
let made = 0;

function values(marketer: string, month: string): Record<string, EntryValue> {
  const counts = Object.fromEntries(COUNT_KEYS.map((k, i) => [k, String(MINIMUMS[i])]));
  return { marketer, month, ...counts, links: ['https://www.facebook.com/otop.nonthaburi/posts/77'], note: '' };
}

function payload(v: Record<string, EntryValue>, attempt = 1): EntryPayload {
  made++;
  return { id: `otop-entry-${String(made).padStart(6, '0')}`, attempt, values: v, confirmWarnings: false };
}

function submit(twin: ReturnType<typeof otopTwin>, p: unknown): SubmitResult {
  return JSON.parse(JSON.stringify(submitEntryWith(twin.services, OTOP_TODAY, JSON.parse(JSON.stringify(p)))));
}

function context(twin: ReturnType<typeof otopTwin>): EntryContextReady {
  const ctx = entryContext(twin.services, OTOP_TODAY);
  if (!ctx.ok) throw new Error(ctx.message.en);
  return ctx;
}

describe('the sidebar’s context for the OTOP form', () => {
  test('the marketer first, then the month as a month field, the nine counts with their minimums, links and note', () => {
    const ctx = context(otopTwin());
    expect(ctx.form.id).toBe('otop-marketer');
    expect(ctx.fields.map((f) => f.key)).toEqual(['marketer', 'month', ...COUNT_KEYS, 'links', 'note']);
    expect(ctx.fields[0]).toMatchObject({ role: 'person', required: true });
    expect(ctx.fields[1]).toMatchObject({ type: 'date', month: true });
    const counts = ctx.fields.filter((f) => f.type === 'count');
    expect(counts.map((f) => f.hint?.th)).toEqual(
      COUNT_KEYS.map((k, i) => {
        const unit = OTOP_MARKETER.columns.find((c) => c.key === k)!.unit!.th;
        return `ขั้นต่ำ ${MINIMUMS[i]} ${unit}ต่อเดือน`;
      }),
    );
    // no other field is a month one: DLA's day stays a day
    expect(ctx.fields.filter((f) => f.month).map((f) => f.key)).toEqual(['month']);
  });

  test('offers the marketers already in the sheet, once each, in Thai order, however spaced', () => {
    const ctx = context(otopTwin());
    expect(ctx.owners).toEqual([...MARKETERS].sort((a, b) => a.localeCompare(b, 'th')));
    expect(ctx.districts).toEqual([]);
  });

  test('reads the names below the sheet’s top with one read of the owner column', () => {
    const twin = otopTwin();
    const sheet = twin.workbook.sheet(OTOP_SHEET);
    const rows = Array.from({ length: 40 }, (_, i) => otopRow(10 + i, `นักการตลาด ลำดับ${i + 1}`, 'ธ.ค. 2563'));
    sheet.getRange(6, 1, rows.length, rows[0].length).setValues(rows as (string | number)[][]);
    const before = twin.counter.count('Range.getValues');
    const ctx = context(twin);
    expect(ctx.owners).toHaveLength(42);
    expect(ctx.owners).toContain('นักการตลาด ลำดับ40');
    // the top of the sheet, and the owner column below it
    expect(twin.counter.count('Range.getValues') - before).toBe(2);
    expect(MAX_OWNER_NAMES).toBeGreaterThanOrEqual(42);
  });
});

describe('an OTOP submission', () => {
  test('is written as the marketer’s month, which the menu’s check then reads back with no problem', () => {
    const twin = otopTwin();
    const result = submit(twin, payload(values('นางสาวสมใจ  ใจดี', 'ธ.ค. 2563')));
    expect(result).toMatchObject({
      status: 'recorded',
      row: 6,
      recorded: { marketer: 'นางสาวสมใจ ใจดี', month: { iso: '2020-12', thai: 'ธันวาคม 2563' }, clips: 4 },
    });
    const row = twin.workbook.sheet(OTOP_SHEET).peek().values[5];
    expect(row.slice(1, 13)).toEqual(['นนทบุรี', 'นางสาวสมใจ ใจดี', 'ธ.ค. 2563', ...MINIMUMS]);
    const check = runCheckData(twin.services, OTOP_TODAY);
    expect(check).toMatchObject({ ok: true, errors: 0, warnings: 0 });
    expect(check.message.th).toContain('ตรวจ 4 แถว');
  });

  test('sent again after a lost answer is found, not written twice', () => {
    const twin = otopTwin();
    const p = payload(values(MARKETERS[1], 'พ.ย. 2563'));
    expect(submit(twin, p)).toMatchObject({ status: 'recorded', row: 6, duplicate: false });
    expect(submit(twin, { ...p, attempt: 2 })).toMatchObject({ status: 'recorded', row: 6, duplicate: true });
    expect(twin.workbook.sheet(OTOP_SHEET).peek().values).toHaveLength(6);
    expect(twin.counter.count('Lock.releaseLock')).toBe(1);
  });

  test('without a marketer’s name is refused under the name field, in the form’s words', () => {
    const twin = otopTwin();
    const result = submit(twin, payload(values('  ', 'ธ.ค. 2563')));
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    const missing = result.problems.filter((p) => p.code === 'PERSON_MISSING');
    expect(missing).toHaveLength(1);
    expect(missing[0].field).toBe('marketer');
    expect(twin.workbook.sheet(OTOP_SHEET).peek().values).toHaveLength(5);
  });

  test('below a minimum is a warning to confirm, then written', () => {
    const twin = otopTwin();
    const v = { ...values(MARKETERS[0], 'ธ.ค. 2563'), clips: '1' };
    const first = submit(twin, payload(v));
    expect(first.status).toBe('confirm');
    if (first.status !== 'confirm') return;
    expect(first.problems.map((p) => [p.code, p.field])).toEqual([['BELOW_MINIMUM', 'clips']]);
    expect(submit(twin, { ...payload(v), confirmWarnings: true })).toMatchObject({ status: 'recorded', row: 6 });
  });

  test('a month after this one is flagged under the month field; the first month of the contracts is fine', () => {
    const ctx = context(otopTwin());
    const options = { form: ctx.form, province: 'นนทบุรี', today: OTOP_TODAY };
    const later = checkEntry(payload(values(MARKETERS[0], 'ม.ค. 2564')), options);
    expect(later.problems.filter((p) => p.field === 'month').map((p) => p.code)).toEqual(['DATE_OUT_OF_RANGE']);
    const first = checkEntry(payload(values(MARKETERS[0], 'ต.ค. 2563')), options);
    expect(first.problems).toEqual([]);
  });
});
