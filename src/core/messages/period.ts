// Thai and English text about reporting periods: the names of a fiscal year, quarter and month,
// and what to type when a period cannot be read.

import type { Text } from './text';

// Long pastes are cut so the message stays readable in a 300 px sidebar and on one terminal line.
const MAX_QUOTED = 40;
const quoted = (value: string) => {
  const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
  return cut === '' ? '' : ` “${cut}”`;
};

// Every rejection ends with the same examples, so people learn one short form for each kind of period.
const EXAMPLES: Text = {
  th: 'กรุณาพิมพ์ เช่น 2569 (ปีงบประมาณ), 2569-Q2 (ไตรมาส), 2568-10 หรือ 2025-10 (เดือน)',
  en: 'Type e.g. 2569 (fiscal year), 2569-Q2 (quarter), 2568-10 or 2025-10 (month).',
};

export const periodMessages = {
  unreadable: (value: string): Text => ({
    th: `อ่านช่วงเวลา${quoted(value)} ไม่ได้ ${EXAMPLES.th}`,
    en: `The period${quoted(value)} cannot be read. ${EXAMPLES.en}`,
  }),
  /** `suggestion` is the B.E. fiscal year that ends in September of the CE year that was typed. */
  fiscalYearNotBuddhist: (value: string, year: number, suggestion: number): Text => ({
    th:
      `ปีงบประมาณ${quoted(value)} ไม่ใช่ปี พ.ศ. ปีงบประมาณต้องเขียนเป็นปี พ.ศ. เช่น ปีงบประมาณ 2569 ` +
      `(1 ต.ค. 2568 – 30 ก.ย. 2569) ถ้าหมายถึงปีงบประมาณที่สิ้นสุดเดือนกันยายน ค.ศ. ${year} ให้พิมพ์ ${suggestion}`,
    en:
      `The fiscal year${quoted(value)} is not a Buddhist-era year. Fiscal years are written in B.E., ` +
      `e.g. 2569 (1 Oct 2025 – 30 Sep 2026). For the fiscal year ending in September ${year} CE, type ${suggestion}.`,
  }),

  fiscalYearLabel: (fiscalYear: number, start: Text, end: Text): Text => ({
    th: `ปีงบประมาณ ${fiscalYear} (${start.th} – ${end.th})`,
    en: `Fiscal year ${fiscalYear} (${start.en} – ${end.en})`,
  }),
  /** `firstMonth`/`lastMonth` are abbreviations; `year` is the B.E. (th) and CE (en) year both months are in. */
  quarterLabel: (quarter: number, fiscalYear: number, firstMonth: Text, lastMonth: Text, year: Text): Text => ({
    th: `ไตรมาสที่ ${quarter} ปีงบประมาณ ${fiscalYear} (${firstMonth.th} – ${lastMonth.th} ${year.th})`,
    en: `Quarter ${quarter} of fiscal year ${fiscalYear} (${firstMonth.en} – ${lastMonth.en} ${year.en})`,
  }),
  /** `month` is the full month name; `year` is B.E. (th) and CE (en). */
  monthLabel: (month: Text, year: Text): Text => ({
    th: `เดือน${month.th} ${year.th}`,
    en: `${month.en} ${year.en}`,
  }),
};
