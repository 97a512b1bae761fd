// `khongdee validate --form otop-marketer`: a marketer's month reported twice is an error row (exit 1); `--period P`
// warns of each row dated outside P (exit 0, a warning); without --period nothing is checked against a period.

import { writeFileSync } from 'node:fs';
import { runCli } from '../support/cli';
import { csvText } from '../support/cliFiles';
import { OTOP_SHORT_HEADER } from '../support/otopFiles';
import { tempDir } from '../support/tempDir';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const COUNTS = ['3', '2', '4', '2', '3', '4', '20', '1', '1'];
const KANDA = 'นางสาวกานดา ใจดี';

function file(name: string, rows: string[][]): string {
  const path = tmp.path(name);
  writeFileSync(path, csvText([['รายงานผลการปฏิบัติงานนักการตลาดรุ่นใหม่ จังหวัดนนทบุรี'], OTOP_SHORT_HEADER, ...rows]));
  return path;
}

const row = (n: number, marketer: string, month: string, counts = COUNTS) => [
  String(n),
  marketer,
  month,
  ...counts,
  `https://youtu.be/v${n}`,
  '',
];

interface JsonProblem {
  row: number;
  code: string;
  severity: string;
  message: { th: string; en: string };
}

const ARGS = ['--form', 'otop-marketer', '--json', '--today', '2021-12-31'];

async function problems(path: string, ...more: string[]) {
  const run = await runCli('validate', path, ...ARGS, ...more);
  const json = JSON.parse(run.stdout);
  return { code: run.code, problems: json.problems as JsonProblem[], summary: json.summary };
}

test('one marketer twice in ต.ค. 2563 (written ต.ค. 2563 and 10/2563): the second row is an error naming the first', async () => {
  const path = file('repeat.csv', [
    row(1, KANDA, 'ต.ค. 2563'),
    row(2, 'นายสมชาย รักถิ่น', 'ต.ค. 2563'),
    row(3, KANDA, 'พ.ย. 2563'),
    row(4, KANDA, '10/2563', ['5', '2', '4', '2', '3', '4', '20', '1', '1']),
  ]);
  const run = await problems(path);
  expect(run.code).toBe(1);
  expect(run.problems.map((p) => [p.row, p.code, p.severity])).toEqual([[6, 'MARKETER_MONTH_REPEATED', 'error']]);
  expect(run.problems[0].message.th).toContain('ซ้ำกับแถว 3');
  expect(run.summary).toMatchObject({ reported: 4, rowsWithErrors: 1 });
  // the text output too, in Thai
  const text = await runCli('validate', path, '--form', 'otop-marketer', '--today', '2021-12-31');
  expect(text.stdout).toContain('ซ้ำกับแถว 3');
});

test('an exact copy of a row is the warning DUPLICATE_ROW (exit 0), not a repeated month', async () => {
  const path = file('copy.csv', [row(1, KANDA, 'ต.ค. 2563'), row(1, KANDA, 'ต.ค. 2563')]);
  const run = await problems(path);
  expect(run.code).toBe(0);
  expect(run.problems.map((p) => p.code)).toEqual(['DUPLICATE_ROW']);
});

describe('--period', () => {
  const path = () => file('months.csv', [row(1, KANDA, 'ต.ค. 2563'), row(2, KANDA, 'ม.ค. 2564')]);

  test('without it nothing is checked against a period', async () => {
    const run = await problems(path());
    expect(run.code).toBe(0);
    expect(run.problems).toEqual([]);
  });

  test('inside the period passes', async () => {
    expect((await problems(path(), '--period', '2564')).problems).toEqual([]);
  });

  test('outside the period warns (exit 0): 2564-Q1 is Oct–Dec 2563', async () => {
    const run = await problems(path(), '--period', '2564-Q1');
    expect(run.code).toBe(0);
    expect(run.problems.map((p) => [p.row, p.code, p.severity])).toEqual([[4, 'DATE_OUTSIDE_PERIOD', 'warning']]);
    expect(run.problems[0].message.th).toContain('เดือน ม.ค. 2564 อยู่นอกช่วง ไตรมาสที่ 1 ปีงบประมาณ 2564');
  });

  test('a period that cannot be read is refused (exit 2), and the help lists the option', async () => {
    const run = await runCli('validate', path(), ...ARGS, '--period', 'Q5');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Q5');
    const help = await runCli('--help');
    expect(help.stdout).toMatch(/validate FILE [^\n]*--period P/);
  });
});
