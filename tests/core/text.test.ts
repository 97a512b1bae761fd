// Text normalisation: the forms of the same Thai name that must compare equal, and the ones that must not.

import fc from 'fast-check';
import { normaliseText, normaliseTextOnce } from '../../src/core/normalise/text';
import { toArabicDigits } from '../../src/core/normalise/thaiDigits';

describe('normaliseText', () => {
  test.each([
    ['zero-width space', 'บ้าน\u200Bใหม่', 'บ้านใหม่'],
    ['BOM and joiners', '\uFEFFบ้าน\u200C\u200Dใหม่', 'บ้านใหม่'],
    ['doubled and non-breaking spaces', '  อบต.  บ้าน\u00A0ใหม่  ', 'อบต. บ้าน ใหม่'],
    ['line breaks', 'ลิงก์\nเนื้อหา', 'ลิงก์ เนื้อหา'],
    ['nikhahit + sara aa', 'ก\u0E4D\u0E32', 'กำ'],
    ['nikhahit + tone + sara aa', 'ก\u0E4D\u0E48\u0E32', 'ก่ำ'],
    ['tone + nikhahit + sara aa', 'ก\u0E48\u0E4D\u0E32', 'ก่ำ'],
    ['NFC', 'e\u0301', '\u00E9'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  test('keeps what differs: letters, tone marks, dots', () => {
    expect(normaliseText('บ้านต๋อม')).not.toBe(normaliseText('บ้านต๊อม'));
    expect(normaliseText('อบต.')).toBe('อบต.');
  });

  test('never throws, is idempotent, and leaves no zero-width characters or runs of spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
        expect(once).not.toMatch(/[\u200B-\u200D\uFEFF]|\s{2}|^\s|\s$/);
      }),
    );
  });
});

describe('toArabicDigits', () => {
  test('maps ๐-๙ to 0-9 and leaves everything else', () => {
    expect(toArabicDigits('๐๑๒๓๔๕๖๗๘๙ บาท 12')).toBe('0123456789 บาท 12');
  });

  test('is idempotent and length-preserving', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = toArabicDigits(s);
        expect(toArabicDigits(once)).toBe(once);
        expect(once.length).toBe(s.length);
      }),
    );
  });
});

describe('normaliseText skips the steps that have nothing to do', () => {
  // every step applied, as the rules say: the short cuts must give the same text
  const reference = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[\u200B-\u200D\uFEFF]/g, '')
      .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
      .replace(/[\s\u00A0]+/g, ' ')
      .trim();
  // (text with none of these characters is left as typed: plain Thai and ASCII pass through untouched)
  test('for any text of Thai, marks, spaces of every kind, zero-width characters and Latin', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'ก',
            'า',
            'ุ',
            '\u0E4D',
            '\u0E48',
            ' ',
            '  ',
            '\t',
            '\n',
            '\u00A0',
            '\u3000',
            '\u200B',
            '\uFEFF',
            'a',
            'e',
            '\u0301',
            '1',
          ),
        }),
        (s) => {
          const text = `${s} ข`;
          expect(normaliseText(text)).toBe(reference(text));
          expect(normaliseTextOnce(text)).toBe(reference(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('normaliseTextOnce (cells that will not come again)', () => {
  test('gives what normaliseText gives, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('ก', 'า', '\u0E4D', '\u0E48', ' ', '\u00A0', '\u200B', 'a', '1', '\u0301', 'e', '\n'),
        }),
        (s) => {
          expect(normaliseTextOnce(s)).toBe(normaliseText(s));
        },
      ),
    );
  });

  test('examples: spaces, zero-width characters and a decomposed sara am', () => {
    expect(normaliseTextOnce('  FB:\u200B https://x.com  และ\u00A0ท\u0E4D\u0E32 ')).toBe('FB: https://x.com และ ทำ');
    expect(normaliseTextOnce('https://x.com/a')).toBe('https://x.com/a');
  });
});
