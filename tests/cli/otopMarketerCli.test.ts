// `khongdee validate FILE --form otop-marketer`: the built-in OTOP young-marketer form chosen by id, on a small CSV and
// xlsx, gives the problems of its minimums; without the option the file is no DLA report.

import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { runCli } from '../support/cli';
import { csvText } from '../support/cliFiles';
import { OTOP_SHORT_HEADER } from '../support/otopFiles';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const HEADER = OTOP_SHORT_HEADER;

function rows(province: string): string[][] {
  return [
    [`รายงานผลการปฏิบัติงานนักการตลาดรุ่นใหม่ จังหวัด${province}`],
    HEADER,
    ['1', 'นางสาวกานดา ใจดี', 'ต.ค. 2563', '3', '2', '4', '2', '3', '4', '20', '1', '1', 'https://youtu.be/a1', ''],
    ['2', 'นายสมชาย รักถิ่น', '10/2563', '๓', '2', '3', '2', '3', '4', '-', '1', '1', 'https://youtu.be/b2', ''],
    ['3', '', 'ตุลาคม 2563', '3', '2', '4', '2', '3', '4', '20', '1', '1', 'https://youtu.be/c3', ''],
  ];
}

const EXPECTED = [
  {
    row: 4,
    column: 'clips',
    code: 'BELOW_MINIMUM',
    severity: 'warning',
    th: 'ข้อ 3 สร้างสื่อประชาสัมพันธ์: 3 คลิป ต่ำกว่าขั้นต่ำ 4 คลิปต่อเดือน',
  },
  {
    row: 4,
    column: 'otopToday',
    code: 'BELOW_MINIMUM',
    severity: 'warning',
    th: 'ข้อ 7 อัปเดตข้อมูลบน OTOP TODAY.COM: 0 ผลิตภัณฑ์ ต่ำกว่าขั้นต่ำ 20 ผลิตภัณฑ์ต่อเดือน',
  },
  {
    row: 5,
    column: 'marketer',
    code: 'PERSON_MISSING',
    severity: 'error',
    th: 'แถวนี้มีผลการดำเนินงานแต่ไม่ได้ระบุชื่อ-สกุล นักการตลาด กรุณาใส่ชื่อ-สกุล นักการตลาด',
  },
];

interface JsonProblem {
  row: number;
  column: string;
  code: string;
  severity: string;
  message: { th: string };
}

function problemsOf(stdout: string) {
  return (JSON.parse(stdout).problems as JsonProblem[]).map((p) => ({
    row: p.row,
    column: p.column,
    code: p.code,
    severity: p.severity,
    th: p.message.th,
  }));
}

const ARGS = ['--form', 'otop-marketer', '--json', '--today', '2020-12-31'];

test('a CSV of Nonthaburi is checked against the minimums', async () => {
  const file = tmp.path('otop-nonthaburi.csv');
  writeFileSync(file, csvText(rows('นนทบุรี')));
  const run = await runCli('validate', file, ...ARGS);
  expect(run.code).toBe(1);
  expect(problemsOf(run.stdout)).toEqual(EXPECTED);
  expect(JSON.parse(run.stdout).summary).toMatchObject({ reported: 3, rowsWithErrors: 1, rowsWithWarnings: 1 });
  // each row's owner is under its column's role: a marketer is a person, not an อปท.
  const first = JSON.parse(run.stdout).rows[0];
  expect(first.person).toEqual(expect.any(String));
  expect(first).not.toHaveProperty('lao');
  // the DLA form finds no header in it: the option chose the form
  expect((await runCli('validate', file, '--json', '--today', '2020-12-31')).code).toBe(2);
});

test('an xlsx of Phayao gives the same problems: marketers are not matched to the อปท. registry', async () => {
  const file = tmp.path('otop-phayao.xlsx');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('พะเยา');
  for (const r of rows('พะเยา')) sheet.addRow(r);
  await book.xlsx.writeFile(file);
  const run = await runCli('validate', file, ...ARGS);
  expect(run.code).toBe(1);
  expect(problemsOf(run.stdout)).toEqual(EXPECTED);
});
