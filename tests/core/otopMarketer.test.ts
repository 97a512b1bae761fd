// The OTOP young-marketer form: its declaration passes the schema, its headers are found in their official and short
// wordings, its months are read, and each work item's minimum (a row rule declared as data) passes and fails as it should.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CellValue } from '../../src/core/cell';
import { builtInForm } from '../../src/core/form/builtInForms';
import { defineForm } from '../../src/core/form/defineForm';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { entryFields } from '../../src/core/form/entryFields';
import { readFormDeclaration } from '../../src/core/form/formSchema';
import { detectHeader } from '../../src/core/form/headers';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import type { FormSpec, RowRule } from '../../src/core/form/types';
import { parseDate } from '../../src/core/normalise/dates';
import type { Problem } from '../../src/core/validate/types';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { OTOP_SHORT_HEADER } from '../support/otopFiles';

const TODAY = { year: 2020, month: 12, day: 31 };
// the marketer's column under its shortest variant too
const SHORT_HEADER = OTOP_SHORT_HEADER.map((h) => (h === 'ชื่อ-สกุล นักการตลาด' ? 'ชื่อ-สกุล' : h));
const COUNT_KEYS = ['products', 'content', 'clips', 'lives', 'showcases', 'coaching', 'otopToday', 'plans', 'reports'];
const MINIMUMS = OTOP_MARKETER.rowRules.filter((r): r is Extract<RowRule, { kind: 'atLeast' }> => r.kind === 'atLeast');
const AT_MINIMUM: Record<string, string> = Object.fromEntries(MINIMUMS.map((r) => [r.column, String(r.min)]));

/** A row under SHORT_HEADER: every count at its minimum unless `counts` says otherwise. */
function row(counts: Record<string, string>, marketer = 'นางสาวกานดา ใจดี', month = 'ต.ค. 2563', post = 1): string[] {
  const all = { ...AT_MINIMUM, ...counts };
  return ['1', marketer, month, ...COUNT_KEYS.map((k) => all[k]), `https://www.facebook.com/otop/posts/${post}`, ''];
}

function check(rows: CellValue[][], options: Parameters<typeof validateSheet>[2] = { today: TODAY }): Problem[] {
  const result = validateSheet([['รายงานผลการปฏิบัติงาน จังหวัดนนทบุรี'], SHORT_HEADER, ...rows], OTOP_MARKETER, options);
  if (!result.ok) throw new Error(result.message.en);
  return result.result.problems;
}

describe('the declaration', () => {
  test('is a built-in form by id, beside DLA’s', () => {
    expect(builtInForm('otop-marketer')).toBe(OTOP_MARKETER);
    expect(builtInForm('dla-online-market')).toBe(DLA_ONLINE_MARKET);
    expect(builtInForm('otop')).toBeUndefined();
  });

  test('passes the schema as JSON, and reads back the same', () => {
    const read = readFormDeclaration(JSON.parse(JSON.stringify(OTOP_MARKETER)), 'otop.json');
    expect(read.ok && read.form).toEqual(OTOP_MARKETER);
  });

  test('declares the nine counts with their minimums, each once', () => {
    expect(MINIMUMS.map((r) => [r.column, r.min])).toEqual([
      ['products', 3],
      ['content', 2],
      ['clips', 4],
      ['lives', 2],
      ['showcases', 3],
      ['coaching', 4],
      ['otopToday', 20],
      ['plans', 1],
      ['reports', 1],
    ]);
    expect(OTOP_MARKETER.columns.find((c) => c.key === 'clips')?.header).toBe(
      'สร้างสื่อประชาสัมพันธ์ (วิดีโอ บล็อกโพสต์) เผยแพร่ผ่าน Social Network (คลิป)',
    );
  });

  test('a form needs exactly one owner column, and a minimum above zero on a figure', () => {
    const columns = OTOP_MARKETER.columns;
    const asLao = columns.map((c) => (c.key === 'note' ? { ...c, role: 'lao' as const } : c));
    const noOwner = columns.map((c) => (c.key === 'marketer' ? { ...c, role: undefined } : c));
    const withRule = (rule: RowRule): FormSpec => ({ ...OTOP_MARKETER, rowRules: [rule] });
    expect(() => defineForm({ ...OTOP_MARKETER, columns: asLao })).toThrow(/exactly one column/);
    expect(() => defineForm({ ...OTOP_MARKETER, columns: noOwner })).toThrow(/exactly one column/);
    expect(() => defineForm(withRule({ code: 'BELOW_MINIMUM', kind: 'atLeast', column: 'note', min: 1 }))).toThrow(
      /not a count or money/,
    );
    expect(() => defineForm(withRule({ code: 'BELOW_MINIMUM', kind: 'atLeast', column: 'clips', min: 0 }))).toThrow(
      /above zero/,
    );
  });

  test('the entry sidebar’s hints are the minimums, derived from the rules', () => {
    const fields = entryFields(OTOP_MARKETER);
    expect(fields.find((f) => f.key === 'clips')?.hint).toEqual({
      th: 'ขั้นต่ำ 4 คลิปต่อเดือน',
      en: 'at least 4 clips a month',
    });
    expect(fields.find((f) => f.key === 'marketer')?.role).toBe('person');
    expect(fields.find((f) => f.key === 'note')?.hint).toBeUndefined();
  });

  test('"otop" is written only in the declaration, the registration of built-in forms and the CLI’s help', () => {
    const src = join(__dirname, '../../src');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    const naming = files(src).filter((f) => /otop|OTOP/.test(readFileSync(f, 'utf8')));
    expect(naming.map((f) => relative(src, f)).sort()).toEqual([
      'core/form/builtInForms.ts',
      'core/form/otopMarketer.ts',
      'core/messages/cli.ts',
    ]);
  });
});

describe('the header', () => {
  test('is found in the official wording', () => {
    const official = OTOP_MARKETER.columns.map((c) => c.header);
    const found = detectHeader([['แบบรายงาน'], official], OTOP_MARKETER);
    expect(found.ok && [...found.header.columns.keys()]).toEqual(OTOP_MARKETER.columns.map((c) => c.key));
  });

  test('is found in the short wordings people use', () => {
    const found = detectHeader([SHORT_HEADER], OTOP_MARKETER);
    expect(found.ok && [...found.header.columns.keys()]).toEqual(
      ['seq', 'marketer', 'month', ...COUNT_KEYS, 'links', 'note'].filter((k) => k !== 'province'),
    );
    for (const name of ['ชื่อ-สกุล นักการตลาด', 'ชื่อนักการตลาด']) {
      const other = detectHeader([[name, 'คลิป']], OTOP_MARKETER);
      expect(other.ok && other.header.columns.get('marketer')?.index).toBe(0);
    }
  });
});

describe('the month', () => {
  test.each(['ต.ค. 2563', '10/2563', 'ตุลาคม 2563', 'ต.ค.63'])('%s is October 2020', (text) => {
    expect(parseDate(text)).toMatchObject({ kind: 'date', year: 2020, month: 10, day: null });
    expect(check([row({}, 'นายก', text)])).toEqual([]);
  });

  test('a month before the contracts began is out of range, and the message says when they began', () => {
    const problems = check([row({}, 'นายก', 'ก.ย. 2563')]);
    expect(problems.map((p) => p.code)).toEqual(['DATE_OUT_OF_RANGE']);
    expect(problems[0].message).toEqual({
      th: 'วันที่ กันยายน 2563 อยู่นอกช่วงกิจกรรม (16 ตุลาคม 2563 ถึงวันนี้) ตรวจสอบวันและปี พ.ศ. ที่พิมพ์',
      en: 'The date September 2020 is outside the activity (16 October 2020 to today). Check the day and year.',
    });
  });
});

describe('the minimums', () => {
  test('a row with every count at its minimum has no problem', () => {
    expect(check([row({})])).toEqual([]);
  });

  test.each(MINIMUMS.map((r) => [r.column, r.min]))('%s one below its minimum %d warns', (key, min) => {
    const problems = check([row({ [key]: String(min - 1) })]);
    expect(problems.map((p) => [p.code, p.severity, p.column])).toEqual([['BELOW_MINIMUM', 'warning', key]]);
    expect(check([row({ [key]: String(min + 1) })])).toEqual([]);
  });

  test('the warning names the work item, the figure and the minimum', () => {
    const [problem] = check([row({ clips: '3' })]);
    expect(problem.message).toEqual({
      th: 'ข้อ 3 สร้างสื่อประชาสัมพันธ์: 3 คลิป ต่ำกว่าขั้นต่ำ 4 คลิปต่อเดือน',
      en: 'Item 3 publicity media: 3 clips, below the minimum of 4 clips a month.',
    });
    expect(problem.value).toBe('3');
  });

  test('Thai digits and the units read today are understood, and "-" or a blank is none done', () => {
    expect(check([row({ clips: '๔', otopToday: '๒๐', lives: '๒ ครั้ง' })])).toEqual([]);
    const months = ['ต.ค. 2563', 'พ.ย. 2563', 'ธ.ค. 2563'];
    const problems = check(['๓', '-', ''].map((clips, i) => row({ clips }, 'นายก', months[i], i)));
    expect(problems.map((p) => p.message.th)).toEqual([
      'ข้อ 3 สร้างสื่อประชาสัมพันธ์: 3 คลิป ต่ำกว่าขั้นต่ำ 4 คลิปต่อเดือน',
      'ข้อ 3 สร้างสื่อประชาสัมพันธ์: 0 คลิป ต่ำกว่าขั้นต่ำ 4 คลิปต่อเดือน',
      'ข้อ 3 สร้างสื่อประชาสัมพันธ์: 0 คลิป ต่ำกว่าขั้นต่ำ 4 คลิปต่อเดือน',
    ]);
  });

  test('a count that cannot be read is an error of its own, not also under its minimum', () => {
    expect(check([row({ clips: 'สี่' })]).map((p) => p.code)).toEqual(['NOT_A_NUMBER']);
    expect(check([row({ clips: '-2' })]).map((p) => p.code)).toEqual(['NEGATIVE_NUMBER']);
    expect(check([row({ clips: '4.5' })]).map((p) => p.code)).toEqual(['NOT_INTEGER']);
  });
});

describe('the marketer', () => {
  test('a row with work but no marketer is an error naming the column', () => {
    const [problem] = check([row({}, '')]);
    expect([problem.code, problem.severity, problem.column]).toEqual(['PERSON_MISSING', 'error', 'marketer']);
    expect(problem.message.th).toBe('แถวนี้มีผลการดำเนินงานแต่ไม่ได้ระบุชื่อ-สกุล นักการตลาด กรุณาใส่ชื่อ-สกุล นักการตลาด');
  });

  test('is named as written, never matched to the อปท. registry', () => {
    const identify = () => ({
      key: 'x',
      name: 'x',
      problems: [{ code: 'LAO_UNKNOWN' as const, column: 'marketer', params: {} }],
    });
    expect(check([row({})], { today: TODAY, identify })).toEqual([]);
  });
});
