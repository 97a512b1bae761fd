// The pieces of a checkpoint: a province part through document properties and back exactly, the paged log under 9 kB a value,
// the link chunks, and the register of province files as staff fill it in.

import { decodeLinks, encodeLinks } from '../../src/addon/consolidate/linkStore';
import { decodePart, encodePart } from '../../src/addon/consolidate/partCodec';
import { registerSources, spreadsheetId } from '../../src/addon/consolidate/registerSheet';
import { LOG_LIMIT_BYTES, PAGE_BYTES, PAGE_KEY, RunLog, utf8Bytes } from '../../src/addon/consolidate/runLog';
import { checkSource } from '../../src/core/consolidate/checkSource';
import { consolidateProvince } from '../../src/core/consolidate/consolidate';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import type { Platform } from '../../src/core/normalise/links';
import { registryFromTable } from '../../src/core/registry/fromRows';
import { indexRegistry } from '../../src/core/registry/match';
import { act, certificationRows } from '../consolidate/certificationSources';
import { reportSpecs, sheetRows, TODAY } from '../consolidate/fixture';
import { REGISTRY_ROWS } from './fixture';

const built = registryFromTable(REGISTRY_ROWS);
if (!built.ok) throw new Error('registry');
const REGISTRY = indexRegistry(built.registry, provinceByCode);

describe('a province part through the checkpoint', () => {
  const cases: [string, string, boolean][] = [
    ['พะเยา, one report', '56', false],
    ['นครราชสีมา, the most districts', '30', false],
    ['นนทบุรี, two reports and a failed source', '12', true],
  ];
  test.each(cases)('%s: decoded exactly as encoded', (_, code, several) => {
    const province = provinceByCode(code)!;
    const options = { form: DLA_ONLINE_MARKET, today: TODAY, registry: REGISTRY };
    const checks = [
      checkSource(
        `${code}-1`,
        [{ name: province.nameTh, rows: sheetRows(reportSpecs(code, 'xlsx', []), { dateCells: true }, 'xlsx') }],
        options,
      ),
    ];
    if (several) {
      checks.push({
        ok: false,
        status: {
          province,
          source: 'x',
          status: 'noPermission',
          rowsRead: 0,
          errors: 0,
          warnings: 0,
          latestSubmission: null,
          detail: { th: 'ไทย', en: 'en' },
          certification: null,
        },
      });
      checks.push(
        checkSource(
          `${code}-2`,
          [{ name: province.nameTh, rows: sheetRows(reportSpecs(code, 'csv', []), {}, 'csv') }],
          options,
        ),
      );
    }
    const part = consolidateProvince(DLA_ONLINE_MARKET, province, checks, REGISTRY, null);
    const sources = checks.map((c, index) => ({ index: index * 3, ok: c.ok, status: c.status }));
    const code_ = encodePart({ version: 4, sources, part }, REGISTRY);
    const text = JSON.stringify(code_);
    // what travels through properties is plain JSON, and small: the links are not in it
    expect(text).not.toContain('facebook.com');
    expect(utf8Bytes(text)).toBeLessThan(9 * 1024);
    const back = decodePart(JSON.parse(text), REGISTRY, part.result.links);
    expect(back.version).toBe(4);
    expect(back.linkCount).toBe(part.result.links.canonical.length);
    expect(back.sources).toEqual(sources);
    expect(back.part).toEqual(part);
  });
});

test('a part counted for a period, its source certified, comes back with the period’s figures and the certification', () => {
  const province = provinceByCode('56')!;
  const period = { kind: 'quarter' as const, fiscalYear: 2569, quarter: 1 as const };
  const sheets = [
    { name: province.nameTh, rows: sheetRows(reportSpecs('56', 'xlsx', []), { dateCells: true }, 'xlsx') },
    { name: 'การรับรองผล', rows: certificationRows([act({ period: '2569-Q1', by: 'suda@phayao.go.th' })]) },
  ];
  const check = checkSource('56-1', sheets, { form: DLA_ONLINE_MARKET, today: TODAY, registry: REGISTRY, period });
  expect(check.status.certification?.state).toBe('province');
  const part = consolidateProvince(DLA_ONLINE_MARKET, province, [check], REGISTRY, period);
  const encoded = JSON.parse(
    JSON.stringify(encodePart({ version: 1, sources: [{ index: 0, ok: true, status: check.status }], part }, REGISTRY)),
  );
  const back = decodePart(encoded, REGISTRY, part.result.links);
  expect(back.part).toEqual(part);
  expect(back.part.status.certification).toEqual(check.status.certification);
  // a checkpoint written before certification was kept decodes as none
  encoded.s[0][2] = encoded.s[0][2].slice(0, 9);
  expect(decodePart(encoded, REGISTRY, part.result.links).sources[0].status.certification).toBeNull();
});

describe('the paged log', () => {
  test('UTF-8 sizes as Buffer counts them, Thai and emoji included', () => {
    for (const t of ['', 'abc', 'จังหวัดพะเยา', 'ก😀x', 'é']) expect(utf8Bytes(t)).toBe(Buffer.byteLength(t, 'utf8'));
  });

  test('records of any size cut into pages under 9 kB, read back with the latest record of each key winning', () => {
    const log = new RunLog();
    const big = 'ทดสอบ😀'.repeat(3000);
    log.put('a', { text: big });
    log.put('b', [1, 2, 3]);
    log.put('a', { text: 'แทนที่' });
    const { write } = log.changes();
    for (const page of Object.values(write)) expect(Buffer.byteLength(page, 'utf8')).toBeLessThanOrEqual(PAGE_BYTES);
    const again = RunLog.load(write, log.pageCount);
    expect(again.get('a')).toEqual({ text: 'แทนที่' });
    expect(again.get('b')).toEqual([1, 2, 3]);
    expect(again.keys()).toEqual(['a', 'b']);
  });

  test('a page written only in part (an execution killed mid-save) loses the cut record, not the log', () => {
    const log = new RunLog();
    log.put('a', 1);
    log.put('b', 'x'.repeat(PAGE_BYTES));
    const { write } = log.changes();
    delete write[`${PAGE_KEY}1`];
    const again = RunLog.load(write, log.pageCount);
    expect(again.get('a')).toBe(1);
    expect(again.get('b')).toBeUndefined();
  });

  test('superseded records are compacted away before the log outgrows its share of the 500 kB store', () => {
    const log = new RunLog();
    for (let i = 0; i < 200; i++) log.put('same', 'ก'.repeat(3000));
    expect(log.bytes).toBeLessThan(LOG_LIMIT_BYTES);
    const { write, remove } = log.changes();
    expect(RunLog.load(write, log.pageCount).get('same')).toBe('ก'.repeat(3000));
    expect(remove.length).toBeGreaterThan(0);
  });
});

test('links chunked under the 50,000 characters of a cell and read back in order', () => {
  const links = {
    canonical: Array.from({ length: 3000 }, (_, i) => `youtube.com/watch?v=${i}abcdefghij`),
    platform: Array.from(
      { length: 3000 },
      (_, i): Platform => (i % 3 === 0 ? 'facebook' : i % 3 === 1 ? 'youtube' : 'tiktok'),
    ),
  };
  const chunks = encodeLinks(links);
  expect(chunks.length).toBeGreaterThan(1);
  for (const c of chunks) expect(c.length).toBeLessThanOrEqual(40_000);
  expect(decodeLinks(chunks)).toEqual(links);
  const none = { canonical: [], platform: [] };
  expect(decodeLinks(encodeLinks(none))).toEqual(none);
});

describe('ทะเบียนไฟล์จังหวัด', () => {
  const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-';
  test('spreadsheet ids from links as browsers show them, and bare ids', () => {
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`)).toBe(ID);
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit?usp=sharing`)).toBe(ID);
    expect(spreadsheetId(` ${ID} `)).toBe(ID);
    expect(spreadsheetId('ส่งทางอีเมล')).toBeNull();
    expect(spreadsheetId('https://drive.google.com/drive/folders/abc')).toBeNull();
  });

  test('rows as staff fill them: title lines, blank rows, a tab, a bad link, an unknown province, a province without a file', () => {
    const read = registerSources([
      ['ทะเบียนไฟล์'],
      ['ที่', 'จังหวัด', 'ลิงก์ไฟล์', 'ชื่อแผ่นงาน'],
      ['1', 'จ.พะเยา', `https://docs.google.com/spreadsheets/d/${ID}/edit`, ''],
      ['', '', '', ''],
      ['2', 'น่าน', ID, 'รายงานผล'],
      ['3', 'แพร่', 'ส่งทางอีเมล', ''],
      ['4', 'เมืองลับแล', ID, ''],
      ['5', 'ลำปาง', '', ''],
    ]);
    if (!read.ok) throw new Error(read.message.en);
    expect(read.sources.map((s) => [s.hint, s.locator, s.invalid?.status ?? null])).toEqual([
      ['56', { kind: 'file', id: ID, tab: null }, null],
      ['55', { kind: 'file', id: ID, tab: 'รายงานผล' }, null],
      ['54', null, 'notFound'],
      [null, null, 'noProvince'],
    ]);
    expect(read.sources[1].label).toBe(`https://docs.google.com/spreadsheets/d/${ID} › รายงานผล`);
    expect(read.provinces.map((p) => p.code)).toEqual(['56', '55', '54', '52']);
  });

  test('a sheet without the columns, or without any link, says what to do', () => {
    const noHeader = registerSources([['จังหวัด', 'หมายเหตุ']]);
    expect(noHeader.ok || noHeader.message.th).toContain('ไม่มีหัวตาราง');
    const empty = registerSources([
      ['จังหวัด', 'ลิงก์'],
      ['พะเยา', ''],
    ]);
    expect(empty.ok || empty.message.th).toContain('ยังไม่มีลิงก์ไฟล์');
  });
});
