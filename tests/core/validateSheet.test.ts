// Every validation code through a whole sheet check: inputs that must raise it and inputs that must not.

import fc from 'fast-check';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { parseNumber, toSatang } from '../../src/core/normalise/numbers';
import { PROBLEM_SEVERITY } from '../../src/core/validate/codes';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { check, codesAt, GOOD, HEADER, sheet, TODAY } from '../support/sheets';

const ROW = 3; // first data row of sheet()

function codesFor(input: Parameters<typeof sheet>[0]): string[] {
  return codesAt(check(sheet(input)), ROW);
}

describe('a clean row', () => {
  test('raises nothing and is read with normalised values', () => {
    const v = check(sheet({ ...GOOD, sales: '๑๒ ครั้ง', revenue: '฿๑,๕๐๐.๒๕', people: '30 คน' }));
    expect(v.problems).toEqual([]);
    const e = v.entries[0];
    expect(e.status).toBe('ok');
    expect(e.numbers).toEqual({ salesCount: 12, revenue: 150025, beneficiaries: 30 });
    expect(e.lao).toBe('ทต.แม่กา');
    expect(e.date).toMatchObject({ year: 2025, month: 10, day: 15 });
  });
});

describe('figures typed as numbers', () => {
  // whole positive numbers take a short cut past the parser: it must give what the parser gives, for every number
  const expected = (n: number, money: boolean): number | null => {
    const parsed = parseNumber(n);
    if (parsed.kind !== 'number' || parsed.negative) return null;
    if (money) return toSatang(parsed);
    return Number.isInteger(parsed.value) ? parsed.value : null;
  };
  const numbersOf = (n: number) => check(sheet({ ...GOOD, sales: n, revenue: n })).entries[0].numbers;

  test('are read as the parser reads them, money in satang', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 2_000_000_000 }),
          fc.double({ min: 0, max: 1e17, noNaN: true }),
          fc.constantFrom(0.5, 1.25, 1.005, 2 ** 53, 2 ** 53 / 100, 1e15, 1e16, -0),
        ),
        (n) => {
          const numbers = numbersOf(n);
          expect(numbers.revenue).toBe(expected(n, true));
          expect(numbers.salesCount).toBe(expected(n, false));
        },
      ),
    );
  });

  test('examples: whole baht, a fraction of a baht, a fractional count, zero', () => {
    expect(numbersOf(1500)).toMatchObject({ salesCount: 1500, revenue: 150_000 });
    expect(numbersOf(2.5)).toMatchObject({ salesCount: null, revenue: 250 });
    expect(numbersOf(0)).toMatchObject({ salesCount: 0, revenue: 0 });
  });
});

describe('row classification', () => {
  test('blank rows, subtotal rows, not-reported rows and reported rows', () => {
    const v = check(
      sheet(
        GOOD,
        {},
        { seq: 2, district: 'จุน' },
        { lao: 'อบต.แม่ใส' },
        { lao: 'อบต.แม่ใส', links: '-', sales: '-', revenue: 0 },
        { seq: 'รวม', sales: 3, revenue: 1500 },
        { seq: 'รวมทั้งสิ้น', sales: 3 },
        { lao: 'ทต.รวมใจพัฒนา', links: 'https://www.facebook.com/p/2', sales: 1, revenue: 10 },
      ),
    );
    expect(v.summary).toEqual({
      dataRows: 8,
      reported: 2,
      notReported: 2,
      subtotalRows: 2,
      blankRows: 2,
      rowsWithErrors: 0,
      rowsWithWarnings: 0,
      rowsWithWarningsOnly: 0,
      duplicateRows: 0,
    });
    expect(v.entries.map((e) => [e.row, e.status])).toEqual([
      [3, 'ok'],
      [6, 'not-reported'],
      [7, 'not-reported'],
      [10, 'ok'],
    ]);
  });

  test('a merged district cell fills down its block until a subtotal row', () => {
    const v = check(
      sheet(
        { ...GOOD, district: 'อ.จุน' },
        { ...GOOD, district: '', links: 'https://fb.watch/x' },
        { seq: 'รวม' },
        { ...GOOD, district: '', links: 'https://fb.watch/y' },
      ),
    );
    expect(v.entries.map((e) => e.district)).toEqual(['อ.จุน', 'อ.จุน', null]);
  });

  test('row numbers are the sheet’s own, below title lines and a two-row header', () => {
    const rows = [
      ['แบบรายงาน', '', '', '', ''],
      ['จังหวัดพะเยา', '', '', '', ''],
      ['ที่', 'ชื่อ อปท.', 'ลิงค์', 'ผลการดำเนินงาน', ''],
      ['', '', '', 'ยอดขาย (ครั้ง)', 'รายได้ (บาท)'],
      [1, 'ทต.แม่กา', 'https://www.facebook.com/a', 2, 'abc'],
    ];
    const v = check(rows);
    expect(v.header.rows).toEqual([2, 3]);
    expect(v.problems.map((p) => [p.row, p.code, p.header])).toEqual([[5, 'NOT_A_NUMBER', 'รายได้ (บาท)']]);
  });

  test('a sheet without a report header is refused with the headers looked for', () => {
    const result = validateSheet(
      [
        ['ชื่อ', 'ที่อยู่'],
        ['ก', 'ข'],
      ],
      DLA_ONLINE_MARKET,
      { today: TODAY },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.th).toContain('องค์กรปกครองส่วนท้องถิ่น');
      expect(result.message.en).toContain('ลิงก์ (Link) เนื้อหาที่เผยแพร่');
    }
  });
});

describe('error codes', () => {
  test.each([
    ['LAO_MISSING', { ...GOOD, lao: '' }],
    ['LAO_MISSING', { product: 'ข้าว' }],
    ['NOT_A_NUMBER', { ...GOOD, revenue: '1,50' }],
    ['NOT_A_NUMBER', { ...GOOD, revenue: '2 หมื่น' }],
    ['NOT_A_NUMBER', { ...GOOD, sales: '1.5k' }],
    ['NOT_A_NUMBER', { ...GOOD, people: 'abc' }],
    ['NOT_A_NUMBER', { ...GOOD, people: true }],
    ['NEGATIVE_NUMBER', { ...GOOD, revenue: -5 }],
    ['NEGATIVE_NUMBER', { ...GOOD, revenue: '(500)' }],
    ['NOT_INTEGER', { ...GOOD, sales: '2.5' }],
    ['NOT_INTEGER', { ...GOOD, people: 3.5 }],
    ['TOO_MANY_DECIMALS', { ...GOOD, revenue: '10.255' }],
    ['LINK_INVALID', { ...GOOD, links: 'เพจ ข้าวดีบ้านต๋อม' }],
    ['LINK_INVALID', { ...GOOD, links: 'http://localhost/x' }],
    ['LINK_NOT_HTTP', { ...GOOD, links: 'javascript:alert(1)' }],
    ['LINK_NOT_HTTP', { ...GOOD, links: 'ftp://files.example.com/a' }],
    ['DATE_INVALID', { ...GOOD, date: '31/2/2569' }],
    ['DATE_INVALID', { ...GOOD, date: 'เมื่อวาน' }],
  ])('%s for %j', (code, input) => {
    const codes = codesFor(input);
    expect(codes).toContain(code);
    expect(PROBLEM_SEVERITY[code as keyof typeof PROBLEM_SEVERITY]).toBe('error');
    const v = check(sheet(input));
    expect(v.entries[0].status).toBe('error');
    expect(v.summary.rowsWithErrors).toBe(1);
  });

  test.each([
    ['NOT_A_NUMBER', { ...GOOD, revenue: '1,500' }],
    ['NOT_A_NUMBER', { ...GOOD, revenue: '-' }],
    ['NEGATIVE_NUMBER', { ...GOOD, revenue: 0 }],
    ['NOT_INTEGER', { ...GOOD, sales: '12' }],
    ['TOO_MANY_DECIMALS', { ...GOOD, revenue: '10.25' }],
    ['LINK_INVALID', { ...GOOD, links: 'FB: https://www.facebook.com/x, TikTok: https://www.tiktok.com/@a/video/1' }],
    ['LINK_NOT_HTTP', { ...GOOD, links: 'http://www.facebook.com/x' }],
    ['DATE_INVALID', { ...GOOD, date: 'ต.ค. 68' }],
    ['LAO_MISSING', { lao: 'ทต.แม่กา' }],
  ])('no %s for %j', (code, input) => {
    expect(codesFor(input)).not.toContain(code);
  });
});

describe('warning codes keep the row', () => {
  test.each([
    ['LINK_UNKNOWN_PLATFORM', { ...GOOD, links: 'https://www.phayao-shop.go.th/honey' }],
    ['REVENUE_WITHOUT_SALES', { ...GOOD, sales: '' }],
    ['REVENUE_WITHOUT_SALES', { ...GOOD, sales: 0 }],
    ['SALES_WITHOUT_REVENUE', { ...GOOD, revenue: '-' }],
    ['RESULT_WITHOUT_LINK', { ...GOOD, links: '' }],
    ['RESULT_WITHOUT_LINK', { ...GOOD, links: 'ไม่มี' }],
    ['REVENUE_PER_SALE_HIGH', { ...GOOD, sales: 1, revenue: 100_000.01 }],
    ['NUMBER_IMPLAUSIBLE', { ...GOOD, sales: 10_001, revenue: 10_001 }],
    ['NUMBER_IMPLAUSIBLE', { ...GOOD, sales: 1000, revenue: 10_000_001 }],
    ['NUMBER_IMPLAUSIBLE', { ...GOOD, people: 10_001 }],
    ['DATE_BUDDHIST_YEAR', { ...GOOD, date: { kind: 'date' as const, year: 2568, month: 11, day: 3 } }],
    ['DATE_OUT_OF_RANGE', { ...GOOD, date: '30/9/2568' }],
    ['DATE_OUT_OF_RANGE', { ...GOOD, date: '22/11/2569' }],
    ['DATE_OUT_OF_RANGE', { ...GOOD, date: '12/2569' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, note: '=HYPERLINK("http://evil")' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, product: '+66 ข้าว' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, lao: '@ทต.แม่กา' }],
    // white space before the sign, ASCII or Unicode, is trimmed first
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, note: '  =1+1' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, note: '\u3000=HYPERLINK("http://evil")' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, product: '\u00a0+66 ข้าว' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, note: '\u2003@x' }],
  ])('%s for %j', (code, input) => {
    const v = check(sheet(input));
    expect(codesAt(v, ROW)).toContain(code);
    expect(PROBLEM_SEVERITY[code as keyof typeof PROBLEM_SEVERITY]).toBe('warning');
    expect(v.entries[0].status).toBe('warning');
  });

  test.each([
    ['LINK_UNKNOWN_PLATFORM', { ...GOOD, links: 'https://shp.ee/abc' }],
    ['REVENUE_WITHOUT_SALES', { ...GOOD, revenue: '' }],
    ['SALES_WITHOUT_REVENUE', { ...GOOD, sales: '-' }],
    ['RESULT_WITHOUT_LINK', { ...GOOD, links: '', sales: 0, revenue: '-', people: '', product: 'ข้าว' }],
    ['RESULT_WITHOUT_LINK', { ...GOOD, links: 'เพจข้าวดี' }],
    ['REVENUE_PER_SALE_HIGH', { ...GOOD, sales: 1, revenue: 100_000 }],
    ['NUMBER_IMPLAUSIBLE', { ...GOOD, sales: 10_000, revenue: 10_000_000, people: 10_000 }],
    ['DATE_BUDDHIST_YEAR', { ...GOOD, date: '3/11/2568' }],
    ['DATE_BUDDHIST_YEAR', { ...GOOD, date: { kind: 'date' as const, year: 2025, month: 11, day: 3 } }],
    ['DATE_OUT_OF_RANGE', { ...GOOD, date: '1/10/2568' }],
    ['DATE_OUT_OF_RANGE', { ...GOOD, date: '21/11/2569' }],
    ['DATE_OUT_OF_RANGE', { ...GOOD, date: '11/2569' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, note: '-' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, note: 'ขาย = ดี' }],
    ['TEXT_LOOKS_LIKE_FORMULA', { ...GOOD, note: '\u3000ข้าว =1' }],
  ])('no %s for %j', (code, input) => {
    expect(codesAt(check(sheet(input)), ROW)).not.toContain(code);
  });

  test('a B.E. year typed into a date cell is converted', () => {
    const v = check(sheet({ ...GOOD, date: { kind: 'date' as const, year: 2568, month: 11, day: 3 } }));
    expect(v.entries[0].date).toMatchObject({ year: 2025, month: 11, day: 3 });
  });
});

describe('duplicate links', () => {
  const a = 'https://www.facebook.com/share/p/abc/?mibextid=1';
  const sameCanonical = 'https://m.facebook.com/share/p/abc';

  test('the same link again for the same อปท. is flagged from the second occurrence, with the first row', () => {
    const v = check(sheet({ ...GOOD, links: a }, { ...GOOD, links: sameCanonical, sales: 5 }));
    expect(codesAt(v, 3)).toEqual([]);
    expect(codesAt(v, 4)).toEqual(['LINK_DUPLICATE']);
    expect(v.problems[0].message.th).toContain('แถว 3');
  });

  test('twice in one cell is a duplicate too', () => {
    expect(codesFor({ ...GOOD, links: `${a} ${sameCanonical}` })).toEqual(['LINK_DUPLICATE']);
  });

  test('a link already reported by another อปท. names it', () => {
    const v = check(sheet({ ...GOOD, links: a }, { ...GOOD, lao: 'อบต.แม่ใส', links: sameCanonical }));
    expect(codesAt(v, 4)).toEqual(['LINK_CLAIMED_BY_OTHER']);
    expect(v.problems[0].message.th).toContain('ทต.แม่กา');
  });

  test('sheets checked in one run share link numbers; duplicates are judged within each sheet, first rows are its own', () => {
    const linkNumbers = new LinkNumbering();
    const first = check(sheet({ ...GOOD, links: a }), { linkNumbers });
    expect(first.problems).toEqual([]);
    // the link again in a second sheet: new to that sheet, then a duplicate of its own row 3, then another อปท.'s
    const second = check(
      sheet({ ...GOOD, links: sameCanonical }, { ...GOOD, links: a, sales: 5 }, { ...GOOD, lao: 'อบต.แม่ใส', links: a }),
      { linkNumbers },
    );
    expect([3, 4, 5].map((r) => codesAt(second, r))).toEqual([[], ['LINK_DUPLICATE'], ['LINK_CLAIMED_BY_OTHER']]);
    expect(second.problems.map((p) => p.message.th).join(' ')).toContain('แถว 3');
    expect(second.entries[0].links[0].id).toBe(first.entries[0].links[0].id);
    expect(linkNumbers.size).toBe(1);
  });

  test('thousands of new links in one sheet, each once, then each again: every second one is a duplicate of its first row', () => {
    const links = Array.from({ length: 3000 }, (_, i) => `https://www.facebook.com/share/p/n${i}`);
    const v = check(
      sheet(...links.map((l) => ({ ...GOOD, links: l })), ...links.map((l) => ({ ...GOOD, links: l, sales: 5 }))),
    );
    const duplicates = v.problems.filter((p) => p.code === 'LINK_DUPLICATE');
    expect(duplicates.map((p) => p.row)).toEqual(links.map((_, i) => 3 + 3000 + i));
    expect(duplicates[2999].message.th).toContain(`แถว ${3 + 2999}`);
  });

  test("a repeated link makes an ok row a warning row, and its warning follows the row's other problems", () => {
    const v = check(
      sheet(
        { ...GOOD, links: a },
        { ...GOOD, links: sameCanonical, sales: 5 },
        { ...GOOD, links: `${a} https://example.com/x`, revenue: 0 },
        { ...GOOD, links: a, sales: 'abc' },
      ),
    );
    expect(v.entries.map((e) => e.status)).toEqual(['ok', 'warning', 'warning', 'error']);
    // row 6 has an error, so it is not counted: its link repeats nothing (a warning would say it counts)
    expect(v.summary).toMatchObject({ rowsWithWarnings: 2, rowsWithWarningsOnly: 2, rowsWithErrors: 1 });
    expect(v.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'LINK_DUPLICATE'],
      [5, 'LINK_UNKNOWN_PLATFORM'],
      [5, 'SALES_WITHOUT_REVENUE'],
      [5, 'LINK_DUPLICATE'],
      [6, 'NOT_A_NUMBER'],
    ]);
    expect(v.problems[3]).toMatchObject({
      column: 'links',
      header: HEADER[5],
      columnIndex: 5,
      value: a,
      severity: 'warning',
    });
  });

  test('a link in a row without an อปท. is numbered but owned by no one: the next อปท. to report it is first', () => {
    const v = check(
      sheet({ ...GOOD, lao: '', links: a }, { ...GOOD, links: a }, { ...GOOD, links: sameCanonical, sales: 5 }),
    );
    expect([3, 4, 5].map((r) => codesAt(v, r))).toEqual([['LAO_MISSING'], [], ['LINK_DUPLICATE']]);
    expect(v.problems[1].message.th).toContain('แถว 4');
    expect(new Set(v.entries.flatMap((e) => e.links.map((l) => l.id))).size).toBe(1);
  });

  test('different links raise nothing', () => {
    const v = check(sheet({ ...GOOD, links: a }, { ...GOOD, links: 'https://www.facebook.com/share/p/abd' }));
    expect(v.problems).toEqual([]);
  });
});

describe('messages', () => {
  test('every problem carries Thai and English text, the header as written and the raw value', () => {
    const v = check(sheet({ ...GOOD, revenue: '1,50', links: 'เพจ' }));
    for (const p of v.problems) {
      expect(p.message.th.length).toBeGreaterThan(10);
      expect(p.message.en.length).toBeGreaterThan(10);
      expect(p.message.th).toMatch(/[\u0E00-\u0E7F]/);
    }
    const revenue = v.problems.find((p) => p.code === 'NOT_A_NUMBER');
    expect(revenue).toMatchObject({ header: 'รายรับ (บาท)', value: '1,50', column: 'revenue', columnIndex: 7 });
    expect(revenue?.message.th).toContain('1,500');
  });

  test('the same mistake in another row or column, or another value, gets its own words', () => {
    const v = check(
      sheet(
        { ...GOOD, revenue: 'abc' },
        { ...GOOD, revenue: 'abc', links: 'https://fb.watch/2' },
        { ...GOOD, revenue: 'xyz', links: 'https://fb.watch/3' },
        { ...GOOD, people: 'abc', links: 'https://fb.watch/4' },
      ),
    );
    const notNumbers = v.problems.filter((p) => p.code === 'NOT_A_NUMBER');
    expect(notNumbers.map((p) => [p.row, p.column, p.value])).toEqual([
      [3, 'revenue', 'abc'],
      [4, 'revenue', 'abc'],
      [5, 'revenue', 'xyz'],
      [6, 'beneficiaries', 'abc'],
    ]);
    const [first, again, other, people] = notNumbers.map((p) => p.message);
    expect(again).toEqual(first);
    expect(first.th).toContain('abc');
    expect(other.th).toContain('xyz');
    expect(other.th).not.toContain('abc');
    expect(people.th).toContain('จำนวนคนที่ได้รับประโยชน์');
    expect(people.th).not.toEqual(first.th);
  });
});
