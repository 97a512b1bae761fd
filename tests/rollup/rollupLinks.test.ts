// The roll-up core's link counts: each canonical link once per group (so districts do not add up), by platform, across
// provinces, zones and the nation, and only from error-free rows.

import { rollupReport } from '../../src/core/report/rollupReport';
import { rollupProvince } from '../../src/core/rollup/provinceRollup';
import { rollup } from '../../src/core/rollup/rollup';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';
import { check, sheet, TODAY } from '../support/sheets';
import {
  FORM,
  group,
  NAN,
  NATIONAL_INDEX,
  PHAYAO,
  PHAYAO_INDEX,
  phayao,
  provinceSheet,
  row,
  run,
  SONGKHLA,
} from './rollupSupport';

// ---- links ----------------------------------------------------------------------------------------

describe('distinct links and links by platform', () => {
  const POST = 'https://www.facebook.com/share/p/9077?fbclid=zz';
  const POST_AGAIN = 'https://m.facebook.com/share/p/9077';
  const POST_BARE = 'facebook.com/share/p/9077';
  const result = run([
    phayao(
      row({ lao: 'ทต.แม่กา', links: POST }),
      // the same post claimed by another อปท. of the district: a warning, one link
      row({ lao: 'อบต.แม่ใส', links: POST_AGAIN }),
      row({ lao: 'ทต.บ้านต๋อม', links: 'https://www.tiktok.com/@shop/video/1?is_from_webapp=1' }),
      // the same post again in another district, with a YouTube link in the same cell
      row({ district: 'จุน', lao: 'ทต.จุน', links: `${POST_BARE}\nhttps://youtu.be/abc` }),
      // links of a row with an error are not counted
      row({ district: 'จุน', lao: 'ทต.เวียงลอ', links: 'https://www.instagram.com/p/xyz/', sales: 'x' }),
    ),
  ]);

  test('a district counts each canonical link once', () => {
    const muang = group(result.root, '5601');
    expect(muang.links).toBe(2);
    expect(muang.linksByPlatform).toEqual({ facebook: 1, tiktok: 1 });
    const chun = group(result.root, '5602');
    expect(chun.links).toBe(2);
    expect(chun.linksByPlatform).toEqual({ facebook: 1, youtube: 1 });
  });

  test('the same link under two districts counts once in the province (so districts do not add up)', () => {
    expect(result.root.links).toBe(3);
    expect(result.root.linksByPlatform).toEqual({ facebook: 1, tiktok: 1, youtube: 1 });
    const sumOfDistricts = result.root.children.reduce((s, d) => s + d.links, 0);
    expect(sumOfDistricts).toBe(4);
    expect(result.root.links).toBeLessThan(sumOfDistricts);
  });

  test('warning rows keep their links; error rows do not add any', () => {
    expect(result.root.entries).toBe(4);
    expect(result.root.rowsWithErrors).toBe(1);
    expect(result.root.linksByPlatform.instagram).toBeUndefined();
    expect(result.problems.byCode.LINK_CLAIMED_BY_OTHER).toBeGreaterThanOrEqual(1);
  });

  test('the report explains in a footnote that distinct counts do not add up', () => {
    const doc = rollupReport(result, FORM, { asOf: TODAY, problems: [] });
    const notes = doc.tables[0].footnotes.join('\n');
    expect(notes).toMatch(/ไม่ซ้ำ/);
    expect(notes).toMatch(/ลิงก์/);
    expect(notes).toMatch(/ครั้งเดียว/);
  });

  test("a province's links are the same texts counted by number (one numbering) or by text, and reach JSON", () => {
    const cells = [POST, `${POST_AGAIN} https://www.tiktok.com/@shop/video/1/`, 'https://youtu.be/abc'];
    const sheets = (linkNumbers?: LinkNumbering) =>
      cells.map((links) => check(sheet(row({ links })), linkNumbers ? { linkNumbers } : {}));
    const byNumber = rollupProvince(FORM, PHAYAO, sheets(new LinkNumbering()), PHAYAO_INDEX, null);
    const byText = rollupProvince(FORM, PHAYAO, sheets(), PHAYAO_INDEX, null);
    const expected = {
      canonical: [
        'https://facebook.com/share/p/9077',
        'https://tiktok.com/@shop/video/1',
        'https://youtube.com/watch?v=abc',
      ],
      platform: ['facebook', 'tiktok', 'youtube'],
    };
    expect(byNumber.links).toEqual(expected);
    expect(byText.links).toEqual(expected);
    expect(JSON.parse(JSON.stringify(byNumber)).links).toEqual(expected);
    // the texts are made once and kept
    expect(byNumber.links.canonical).toBe(byNumber.links.canonical);
  });

  test('links of the same post in two provinces count once in their zone and in the nation', () => {
    const shared = 'https://www.tiktok.com/@both/video/55';
    const national = rollup({
      form: FORM,
      registry: NATIONAL_INDEX,
      period: null,
      targets: null,
      sheets: [
        provinceSheet(PHAYAO, NATIONAL_INDEX, row({ links: shared })),
        provinceSheet(
          NAN,
          NATIONAL_INDEX,
          row({ district: 'เมืองน่าน', lao: 'ทต.ดู่ใต้', links: `${shared}?is_from_webapp=1` }),
        ),
        provinceSheet(SONGKHLA, NATIONAL_INDEX, row({ district: 'เมืองสงขลา', lao: 'ทน.สงขลา', links: shared })),
      ],
    });
    expect(group(national.root, '56', 'province').links).toBe(1);
    expect(group(national.root, '55', 'province').links).toBe(1);
    expect(group(national.root, '16', 'zone').links).toBe(1);
    expect(group(national.root, '5', 'zone').links).toBe(1);
    expect(national.root.links).toBe(1);
    expect(national.root.linksByPlatform).toEqual({ tiktok: 1 });
  });
});
