// Tests of getSheet: finding a workbook's sheet by name, and the sheets it lists when the name is unknown.

import { FileProblem, getSheet, type Workbook } from '../../src/node/readTable';

describe('getSheet', () => {
  const book: Workbook = {
    file: 'x.xlsx',
    format: 'xlsx',
    sheets: [
      { name: 'ข้อมูล', rows: [] },
      { name: 'Summary ', rows: [['x']] },
    ],
  };

  it('finds a sheet by name, tolerating case and surrounding spaces', () => {
    expect(getSheet(book, 'ข้อมูล')).toBe(book.sheets[0]);
    expect(getSheet(book, 'summary')).toBe(book.sheets[1]);
  });

  it('lists the sheets that exist when the name is unknown', () => {
    let problem: unknown;
    try {
      getSheet(book, 'สรุป');
    } catch (err) {
      problem = err;
    }
    expect(problem).toBeInstanceOf(FileProblem);
    expect((problem as FileProblem).code).toBe('SHEET_NOT_FOUND');
    for (const lang of ['th', 'en'] as const) {
      expect((problem as FileProblem).text[lang]).toContain('สรุป');
      expect((problem as FileProblem).text[lang]).toContain('ข้อมูล');
      expect((problem as FileProblem).text[lang]).toContain('Summary');
    }
  });
});
