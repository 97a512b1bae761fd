// The entry sidebar's fields come from the form declaration: the columns an officer gives, pickers first, the rest in the
// declared order, each labelled with its unit; the columns the server fills are no fields.

import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { entryFields, isEntered } from '../../src/core/form/entryFields';
import { VISITS_FORM } from '../support/secondForm';

describe('entryFields', () => {
  test('the DLA form: district and อปท. first, then its columns as declared; no sequence, no province', () => {
    const fields = entryFields(DLA_ONLINE_MARKET);
    expect(fields.map((f) => f.key)).toEqual([
      'district',
      'lao',
      'date',
      'product',
      'links',
      'salesCount',
      'revenue',
      'beneficiaries',
      'note',
    ]);
    expect(fields.find((f) => f.key === 'revenue')).toMatchObject({ label: { th: 'รายรับ (บาท)' }, type: 'money' });
    expect(fields.filter((f) => f.multiline).map((f) => f.key)).toEqual(['note']);
    expect(fields.filter((f) => f.required).map((f) => f.key)).toEqual(['lao']);
    expect(DLA_ONLINE_MARKET.columns.filter((c) => !isEntered(c)).map((c) => c.key)).toEqual([
      'seq',
      'province',
      // the reviewer's and the sidebar's columns
      'reviewStatus',
      'reviewNote',
      'submittedAt',
    ]);
  });

  test('a field the report sheet lacks is left out, except the pickers, which say whose entry it is', () => {
    const present = new Set(['lao', 'revenue', 'links']);
    expect(entryFields(DLA_ONLINE_MARKET, present).map((f) => f.key)).toEqual(['district', 'lao', 'links', 'revenue']);
  });

  test('a made-up form gives its own fields, with the hint it declares', () => {
    const fields = entryFields(VISITS_FORM);
    expect(fields.map((f) => [f.key, f.type, f.role ?? null])).toEqual([
      ['office', 'text', 'lao'],
      ['visits', 'count', null],
      ['visitDay', 'date', 'date'],
    ]);
    expect(fields[1].hint?.th).toBe('ขั้นต่ำ 4 ครั้งต่อเดือน');
  });
});
