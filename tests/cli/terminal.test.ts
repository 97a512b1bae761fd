// A safe terminal: what a cell holds is shown, never obeyed. Control characters, escape sequences and bidi overrides are
// printed escaped, long values are cut with "…" (whole in --json), a 100,000-digit "link" is LINK_INVALID, and the
// district table fits a 120-column terminal.

import { writeFileSync } from 'node:fs';
import { displayWidth, escapeControls, tablePanels, truncate } from '../../src/cli/terminalTable';
import { runCli } from '../support/cli';
import { copyInto, csvText, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { REGISTRY_CSV } from '../support/rollupData';
import { HEADER } from '../support/sheets';
import { tempDir } from '../support/tempDir';

jest.setTimeout(60_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TODAY = ['--today', '2026-11-21'];

const CLEAR = '\x1b[2J';
const TITLE = '\x1b]0;pwned\x07';
const RLO = '\u202e';
const LONG = 'ก'.repeat(100_000);
const LONG_LINK = `https://www.facebook.com/${'1'.repeat(100_000)}`;
// every character a terminal would obey rather than show
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const hostile = tmp.path('hostile.csv');
beforeAll(() =>
  writeFileSync(
    hostile,
    csvText([
      ['แบบรายงานผล จังหวัดพะเยา'],
      HEADER,
      [
        '1',
        '15/10/2568',
        'เมืองพะเยา',
        'ทต.แม่กา',
        'ข้าว',
        'https://www.facebook.com/share/p/1',
        `${CLEAR}3`,
        `${TITLE}1500`,
        `${RLO}4`,
        '',
      ],
      [
        '2',
        '16/10/2568',
        'เมืองพะเยา',
        'ทต.แม่กา',
        'ข้าว',
        'https://www.facebook.com/share/p/2',
        '\u009b31m2',
        '100',
        LONG,
        '',
      ],
      ['3', '17/10/2568', 'เมืองพะเยา', 'ทต.แม่กา', 'ข้าว', LONG_LINK, '1', '100', '1', ''],
    ]),
  ),
);

describe('validate on hostile cells', () => {
  test('prints every control and bidi character escaped, and cuts long values', async () => {
    const run = await runCli('validate', hostile, ...TODAY);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain('\\x1B[2J');
    expect(run.stdout).toContain('\\x1B]0;pwned\\x07');
    expect(run.stdout).toContain('\\u202E');
    expect(run.stdout).toContain('\\x9B');
    expect(run.stdout).toContain('…');
    // three rows of problems, not 200,000 characters of cells
    expect(run.stdout.length).toBeLessThan(6_000);
  });

  test('a message on stderr that quotes a name is escaped too', async () => {
    const run = await runCli('validate', tmp.path(`${CLEAR}${RLO}missing.csv`), ...TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(UNSAFE);
    expect(run.stderr).toContain('\\x1B[2J\\u202Emissing.csv');
  });

  test('--json keeps the values whole', async () => {
    const json = JSON.parse((await runCli('validate', hostile, '--json', ...TODAY)).stdout) as {
      problems: { code: string; value: string }[];
    };
    expect(json.problems.some((p) => p.value.includes(CLEAR))).toBe(true);
    expect(json.problems.some((p) => p.value === LONG)).toBe(true);
    expect(json.problems.find((p) => p.value === LONG_LINK)?.code).toBe('LINK_INVALID');
  });
});

describe('the district table', () => {
  test('fits 120 columns with the targets, in Thai and English', async () => {
    const report = copyInto(tmp.dir, SAMPLE_REPORT, 'phayao.xlsx');
    for (const lang of ['th', 'en']) {
      const run = await runCli(
        'rollup',
        report,
        '--targets',
        SAMPLE_TARGETS,
        '--period',
        '2569',
        '--lang',
        lang,
        ...TODAY,
      );
      expect(run.code).toBe(0);
      const widest = Math.max(...run.stdout.split('\n').map(displayWidth));
      expect(widest).toBeLessThanOrEqual(120);
      // every district is still there, with its revenue
      expect(run.stdout).toContain('ภูกามยาว');
      expect(run.stdout).toContain('894,383.00');
    }
  });

  test('the national table by province fits as well', async () => {
    const report = copyInto(tmp.dir, SAMPLE_REPORT, 'phayao.xlsx');
    const run = await runCli('rollup', report, '--by', 'province', '--registry', REGISTRY_CSV, ...TODAY);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('พะเยา');
    expect(Math.max(...run.stdout.split('\n').map(displayWidth))).toBeLessThanOrEqual(120);
  });
});

describe('terminal text', () => {
  test('Thai vowel and tone marks take no column; a cut keeps a letter with its marks', () => {
    expect(displayWidth('ที่รายงาน')).toBe(7);
    expect(displayWidth('น้ำ')).toBe(2);
    expect(truncate('ผู้ได้รับประโยชน์', 4)).toBe('ผู้ได้…');
    expect(displayWidth(truncate('ผู้ได้รับประโยชน์', 4))).toBe(4);
  });

  test('escapes C0, C1, DEL and bidi controls, and turns line breaks into spaces', () => {
    expect(escapeControls('a\x1b[2Jb\x07\x7f\x85\u2066c\u2069')).toBe('a\\x1B[2Jb\\x07\\x7F\\x85\\u2066c\\u2069');
    expect(escapeControls('one\r\ntwo\tthree')).toBe('one two three');
  });

  test('a wide table becomes panels that each start with the name columns', () => {
    const columns = [
      { header: 'ที่', right: false },
      { header: 'อำเภอ', right: false },
      ...Array.from({ length: 12 }, (_, i) => ({ header: `figure number ${i}`, right: true })),
    ];
    const rows = [['1', 'เมืองพะเยา', ...Array.from({ length: 12 }, () => '1,234,567.00')], { heading: 'เขต 1' }];
    const panels = tablePanels(columns, rows, 2, { maxWidth: 24 });
    expect(panels.length).toBeGreaterThan(1);
    for (const panel of panels) {
      for (const line of panel) expect(displayWidth(line)).toBeLessThanOrEqual(120);
      expect(panel.some((l) => l.startsWith('1  เมืองพะเยา'))).toBe(true);
      expect(panel).toContain('เขต 1');
    }
    expect(
      panels
        .flat()
        .join('\n')
        .match(/1,234,567\.00/g),
    ).toHaveLength(12);
  });
});
