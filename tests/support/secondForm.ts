// A made-up second form, declared as data only, for the tests that show the entry path reads the declaration: an office
// (the อปท. role), a count of visits with a hint and a plausible maximum, and the day of the visit. No code knows it.

import { defineForm } from '../../src/core/form/defineForm';
import type { SeedCell, Twin } from '../../src/twin';
import { officerTwin } from './manifestTwin';

export const VISITS_FORM = defineForm({
  id: 'made-up-visits',
  title: { th: 'แบบรายงานการเยี่ยมบ้าน', en: 'Home visits report' },
  activityStart: '2026-01-01',
  headerRequires: { all: ['office'], anyOf: ['visits'] },
  columns: [
    {
      key: 'office',
      header: 'หน่วยงานที่เยี่ยม',
      label: { th: 'หน่วยงาน', en: 'Office' },
      variants: [],
      type: 'text',
      role: 'lao',
      required: true,
    },
    {
      key: 'visits',
      header: 'จำนวนครั้งที่เยี่ยม (ครั้ง)',
      label: { th: 'จำนวนครั้งที่เยี่ยม', en: 'Visits' },
      variants: [],
      type: 'count',
      required: false,
      rollup: 'sum',
      unit: { th: 'ครั้ง', en: 'visits' },
      plausibleMax: 31,
      entry: { hint: { th: 'ขั้นต่ำ 4 ครั้งต่อเดือน', en: 'At least 4 visits a month' } },
    },
    {
      key: 'visitDay',
      header: 'วันที่เยี่ยม',
      label: { th: 'วันที่เยี่ยม', en: 'Day of the visit' },
      variants: [],
      type: 'date',
      role: 'date',
      required: false,
    },
  ],
  rowRules: [],
});

export const VISITS_SHEET = 'เยี่ยมบ้าน';
/** the sheet's own order, not the form's: the day first */
export const VISITS_HEADER = ['วันที่เยี่ยม', 'หน่วยงานที่เยี่ยม', 'จำนวนครั้งที่เยี่ยม (ครั้ง)'];

/** A workbook of จังหวัดพะเยา (whose built-in registry gives the อปท. list) holding one report sheet of the made-up form. */
export function visitsTwin(): Twin {
  const twin = officerTwin({ userEmail: 'officer@phayao.go.th' });
  const rows: SeedCell[][] = [['แบบรายงานการเยี่ยมบ้าน จังหวัดพะเยา', '', ''], [...VISITS_HEADER], ['', 'ทต.จุน', 5]];
  twin.workbook.addSheet(VISITS_SHEET, rows);
  return twin;
}
