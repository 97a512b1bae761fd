// A workbook of จังหวัดนนทบุรี set up for the OTOP young-marketer form: the workbook's form property, a report sheet with
// the form's header and two marketers' months. The tests of the add-on and of the sidebar with a person-owned form use it.

import { WORKBOOK_FORM_KEY } from '../../src/addon/workbookForm';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { SeedCell, Twin } from '../../src/twin';
import { officerTwin } from '../support/manifestTwin';

export const OTOP_SHEET = 'นักการตลาด';
/** a day in fiscal 2564, passed explicitly: no test depends on the machine's date */
export const OTOP_TODAY = { year: 2020, month: 12, day: 10 };
export const MARKETERS = ['นางสาวสมใจ ใจดี', 'นายกล้า ขายเก่ง'];
/** the nine work items' minimums, as the letter sets them */
export const MINIMUMS = [3, 2, 4, 2, 3, 4, 20, 1, 1];

/** One marketer's month, meeting every minimum, in the form's column order. */
export function otopRow(n: number, marketer: string, month: string): SeedCell[] {
  return [n, 'นนทบุรี', marketer, month, ...MINIMUMS, `https://www.facebook.com/otop.nonthaburi/posts/${1000 + n}`, ''];
}

/** The workbook; `formId` is what its form property holds (null: never set). */
export function otopTwin(formId: string | null = OTOP_MARKETER.id): Twin {
  const twin = officerTwin({ userEmail: 'marketer@cdd.go.th' });
  const headers = OTOP_MARKETER.columns.map((c) => c.header);
  const blank = headers.map(() => '');
  const rows: SeedCell[][] = [
    [`${OTOP_MARKETER.title.th} จังหวัดนนทบุรี`, ...blank.slice(1)],
    headers,
    otopRow(1, MARKETERS[0], 'ต.ค. 2563'),
    otopRow(2, MARKETERS[1], 'ต.ค. 2563'),
    otopRow(3, `  ${MARKETERS[0]}`, 'พ.ย. 2563'),
  ];
  twin.workbook.addSheet(OTOP_SHEET, rows);
  if (formId !== null) twin.services.propertiesService.getDocumentProperties().setProperty(WORKBOOK_FORM_KEY, formId);
  return twin;
}
