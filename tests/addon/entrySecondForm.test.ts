// A second form drives the entry path with no code of its own: a made-up declaration (an office, a count of visits, a
// day) gives the sidebar its fields and hints, and the server reads, checks and writes its values by the declaration.

import { entryContext, type SubmitResult, submitEntryWith } from '../../src/addon/actions/entry';
import { checkEntry } from '../../src/addon/entry/checkEntry';
import { readPayload } from '../../src/addon/entry/payload';
import { entryMatcher } from '../../src/addon/entry/registryLists';
import { SUBMISSION_COLUMNS } from '../../src/addon/entry/submissionColumns';
import type { EntryContextReady, EntryPayload, EntryValue } from '../../src/addon/entry/types';
import { VISITS_FORM, VISITS_HEADER, VISITS_SHEET, visitsTwin } from '../support/secondForm';

const TODAY = { year: 2026, month: 11, day: 21 };
let made = 0;

function payload(values: Record<string, EntryValue>, confirmWarnings = false): EntryPayload {
  made++;
  return { id: `visit-id-${String(made).padStart(6, '0')}`, attempt: 1, values, confirmWarnings };
}

function submit(twin: ReturnType<typeof visitsTwin>, p: unknown): SubmitResult {
  return JSON.parse(JSON.stringify(submitEntryWith(twin.services, TODAY, JSON.parse(JSON.stringify(p)), VISITS_FORM)));
}

function context(twin: ReturnType<typeof visitsTwin>): EntryContextReady {
  const ctx = entryContext(twin.services, TODAY, VISITS_FORM);
  if (!ctx.ok) throw new Error(ctx.message.en);
  return ctx;
}

describe('the context of a made-up form', () => {
  test('names its fields in page order, with labels and units, the hint of its own, and what is required', () => {
    const ctx = context(visitsTwin());
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
    expect(ctx.sheetName).toBe(VISITS_SHEET);
    expect(ctx.form.id).toBe('made-up-visits');
    expect(ctx.fields).toEqual([
      {
        key: 'office',
        label: { th: 'หน่วยงาน', en: 'Office' },
        type: 'text',
        role: 'lao',
        required: true,
        multiline: false,
      },
      {
        key: 'visits',
        label: { th: 'จำนวนครั้งที่เยี่ยม (ครั้ง)', en: 'Visits (visits)' },
        type: 'count',
        required: false,
        unit: { th: 'ครั้ง', en: 'visits' },
        multiline: false,
        hint: { th: 'ขั้นต่ำ 4 ครั้งต่อเดือน', en: 'At least 4 visits a month' },
      },
      {
        key: 'visitDay',
        label: { th: 'วันที่เยี่ยม', en: 'Day of the visit' },
        type: 'date',
        role: 'date',
        required: false,
        multiline: false,
      },
    ]);
    // the province's registry still gives the อปท. to choose from
    expect(ctx.districts.flatMap((d) => d.laos.map((l) => l.label))).toContain('ทต.จุน');
  });
});

describe('a submission of a made-up form', () => {
  test('is written once in the sheet’s own column order, its values read by their column types', () => {
    const twin = visitsTwin();
    const sent = payload({ office: 'เทศบาลตำบลจุน', visits: '๑๒ ครั้ง', visitDay: '2026-11-20' });
    const result = submit(twin, sent);
    expect(result).toMatchObject({
      status: 'recorded',
      row: 4,
      recorded: { office: 'ทต.จุน', visits: 12, visitDay: { iso: '2026-11-20', thai: '20 พฤศจิกายน 2569' } },
    });
    const rows = twin.workbook.sheet(VISITS_SHEET).peek().values;
    expect(rows).toHaveLength(4);
    const [day, office, visits, ...submission] = rows[3];
    expect(twin.workbook.shownDay(day as Date)).toEqual({ year: 2026, month: 11, day: 20 });
    expect([office, visits]).toEqual(['ทต.จุน', 12]);
    expect(rows[1].slice(VISITS_HEADER.length)).toEqual(SUBMISSION_COLUMNS.map((c) => c.header));
    expect(submission).toEqual([
      sent.id,
      expect.stringMatching(/^2026-/),
      'officer@phayao.go.th',
      expect.stringMatching(/^[0-9a-z]+\.[0-9a-z]+-(?:[0-9a-z]{2})+$/),
    ]);
    expect(submit(twin, { ...sent, attempt: 2 })).toMatchObject({ status: 'recorded', row: 4, duplicate: true });
  });

  test('is checked by the core rules the declaration names: a figure that is no number, above its maximum, an early day', () => {
    const twin = visitsTwin();
    const codes = (r: SubmitResult) => ('problems' in r ? r.problems.map((p) => [p.field, p.code]) : []);
    const wordy = submit(twin, payload({ office: 'ทต.จุน', visits: 'สิบ', visitDay: '2026-11-20' }, true));
    expect(wordy.status).toBe('invalid');
    expect(codes(wordy)).toEqual([['visits', 'NOT_A_NUMBER']]);
    const many = submit(twin, payload({ office: 'ทต.จุน', visits: '40', visitDay: '2026-11-20' }));
    expect(many.status).toBe('confirm');
    expect(codes(many)).toEqual([['visits', 'NUMBER_IMPLAUSIBLE']]);
    const early = submit(twin, payload({ office: 'ทต.จุน', visits: '5', visitDay: '2025-12-01' }));
    expect(codes(early)).toEqual([['visitDay', 'DATE_OUT_OF_RANGE']]);
    expect(twin.workbook.sheet(VISITS_SHEET).peek().values).toHaveLength(3);
  });

  test('without a result or an office it is refused, saying which fields would report one', () => {
    const twin = visitsTwin();
    const none = submit(twin, payload({ office: 'ทต.จุน', visits: '', visitDay: '2026-11-20' }));
    expect(none.status === 'invalid' && none.problems.map((p) => [p.code, p.message.th])).toEqual([
      ['ENTRY_NO_RESULT', 'ยังไม่มีผลการดำเนินงาน กรุณาใส่จำนวนครั้งที่เยี่ยม อย่างน้อยหนึ่งช่อง'],
    ]);
    const nobody = submit(twin, payload({ visits: '3' }));
    expect(nobody.status === 'invalid' && nobody.problems.map((p) => [p.field, p.code])).toEqual([
      ['office', 'LAO_MISSING'],
    ]);
  });

  test('a field of another form, or a list where one text belongs, is refused before the sheet is touched', () => {
    const twin = visitsTwin();
    twin.counter.reset();
    expect(submit(twin, payload({ office: 'ทต.จุน', salesCount: '3' }))).toMatchObject({ status: 'failed' });
    expect(submit(twin, payload({ office: 'ทต.จุน', visits: ['3'] }))).toMatchObject({ status: 'failed' });
    expect(twin.counter.calls).toBe(0);
    expect(readPayload(payload({ office: 'ทต.จุน' }), VISITS_FORM)).toMatchObject({
      ok: true,
      payload: { values: { office: 'ทต.จุน', visits: '', visitDay: '' } },
    });
  });

  test('the browser, given only the context, checks as the server does', () => {
    const twin = visitsTwin();
    const ctx = context(twin);
    for (const values of [
      { office: 'จุน', visits: '4', visitDay: '2026-11-02' },
      { office: 'อบต.ไม่มีจริง', visits: '4', visitDay: '2026-11-02' },
      { office: 'ทต.จุน', visits: '-3', visitDay: '' },
    ]) {
      const p = payload(values);
      const browser = checkEntry(p, {
        form: ctx.form,
        province: ctx.province.nameTh,
        today: TODAY,
        identify: entryMatcher(ctx.province, ctx.districts),
      });
      const server = submit(twin, p);
      expect(browser.problems.map((x) => x.code)).toEqual(
        'problems' in server ? server.problems.map((x) => x.code) : [],
      );
      if (server.status === 'recorded') expect(server.recorded).toEqual(browser.recorded);
    }
  });
});
