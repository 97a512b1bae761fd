// Tests of reading and writing registry files for the CLI: DLA's national CSV (as published, repeated per ตำบล, and in Windows-874),
// our registry sheet in xlsx, our JSON file round trip, and every unusable file turned into a Thai and English message.

import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import * as ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { laoDisplayName } from '../../src/core/registry/laoTypes';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { FileProblem } from '../../src/node/readTable';
import {
  REGISTRY_FORMAT,
  RegistryFileProblem,
  type RegistryProblemReason,
  readRegistryFile,
  writeRegistryFile,
} from '../../src/node/registryFile';
import { REGISTRY_CSV } from '../support/rollupData';

const national: string[][] = parse(readFileSync(REGISTRY_CSV), { bom: true });
const [DLA_HEADER, ...DLA_ROWS] = national;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'registryFile-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

let counter = 0;
async function writeFile(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, `${counter++}-${name}`);
  await fs.writeFile(file, content);
  return file;
}

/** RFC 4180 CSV with CRLF line ends and a BOM, as DLA publishes it. */
function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

async function expectProblem(file: string, reason: RegistryProblemReason): Promise<RegistryFileProblem> {
  const error = await readRegistryFile(file).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(RegistryFileProblem);
  expect(error).toBeInstanceOf(FileProblem);
  const problem = error as RegistryFileProblem;
  expect(problem.reason).toBe(reason);
  expect(problem.text.th).toMatch(/[\u0e01-\u0e5b]/);
  expect(problem.text.en.length).toBeGreaterThan(20);
  return problem;
}

// ---- DLA's national CSV -------------------------------------------------------------------------------

describe('DLA national CSV', () => {
  test('imports to 7,849 อปท. of each type across 76 provinces', async () => {
    const registry = await readRegistryFile(REGISTRY_CSV);
    expect(registry.format).toBe('csv');
    expect(registry.laos).toHaveLength(7849);
    expect(registry.stats.byType).toEqual({
      pao: 76,
      city: 30,
      town: 195,
      subdistrictMunicipality: 2247,
      sao: 5300,
      special: 1,
    });
    expect(Object.keys(registry.stats.byProvince)).toHaveLength(76);
    expect(new Set(registry.laos.map((l) => l.provinceCode)).size).toBe(76);
    expect(registry.laos.filter((l) => l.provinceCode === '56')).toEqual(PHAYAO_DEMO_REGISTRY.laos);
  });

  test('(province, district, type, name) is unique', async () => {
    const { laos } = await readRegistryFile(REGISTRY_CSV);
    expect(new Set(laos.map((l) => [l.provinceName, l.districtName, l.type, l.name].join('|'))).size).toBe(laos.length);
  });

  test('the two เทศบาลตำบล with a 6-prefix code are เทศบาลตำบล', async () => {
    const { laos } = await readRegistryFile(REGISTRY_CSV);
    for (const code of ['6130408', '6720123'])
      expect(laos.find((l) => l.code === code)?.type).toBe('subdistrictMunicipality');
    expect(laos.find((l) => l.code === '3200408')).toMatchObject({ type: 'special', name: 'เมืองพัทยา' });
  });

  test('a copy repeating every row 3-11 times (once per ตำบล) imports to the identical registry', async () => {
    const repeated: string[][] = [DLA_HEADER];
    DLA_ROWS.forEach((row, i) => {
      const times = 3 + ((i * 7) % 9);
      for (let n = 0; n < times; n++) repeated.push([row[0], row[1], `ตำบล ${n + 1}`, ...row.slice(3)]);
    });
    const file = await writeFile('repeated.csv', toCsv(repeated));
    const [once, many] = await Promise.all([readRegistryFile(REGISTRY_CSV), readRegistryFile(file)]);
    expect(many.laos).toEqual(once.laos);
    expect(many.stats.rowsRead).toBe(repeated.length - 1);
    expect(many.stats.duplicateRows).toBe(repeated.length - 1 - 7849);
    expect(many.stats.conflicts).toBe(0);
  });

  test('a Windows-874 encoded slice reads the same as UTF-8', async () => {
    const slice = [DLA_HEADER, ...DLA_ROWS.filter((r) => r[0] === 'พะเยา' || r[0] === 'ชลบุรี')];
    const text = toCsv(slice).slice(1); // Thai Excel's "CSV" has no BOM
    const file = await writeFile('win874.csv', iconv.encode(text, 'win874'));
    const registry = await readRegistryFile(file);
    expect(registry.laos.filter((l) => l.provinceCode === '56')).toEqual(PHAYAO_DEMO_REGISTRY.laos);
    expect(registry.laos.find((l) => l.type === 'special')?.name).toBe('เมืองพัทยา');
    expect(Object.keys(registry.stats.byProvince).sort()).toEqual(['20', '56']);
  });
});

// ---- unusable tables ----------------------------------------------------------------------------------

describe('unusable registry tables', () => {
  test('wrong shape: the message lists the missing columns', async () => {
    const file = await writeFile(
      'report.csv',
      toCsv([
        ['ที่', 'อำเภอ', 'อปท.', 'ลิงก์'],
        ['1', 'เมืองพะเยา', 'อบต.แม่ใส', 'https://facebook.com/x'],
      ]),
    );
    const problem = await expectProblem(file, 'TABLE');
    for (const column of ['รหัส อปท.', 'ประเภท อปท.', 'จังหวัด']) {
      expect(problem.text.th).toContain(`“${column}”`);
      expect(problem.text.en).toContain(`“${column}”`);
    }
    expect(problem.text.th).toContain(file);
  });

  test('a header and no อปท.', async () => {
    const problem = await expectProblem(await writeFile('empty.csv', toCsv([DLA_HEADER])), 'TABLE');
    expect(problem.text.en).toContain('no LAOs');
  });

  test('a bad code, listed by row', async () => {
    const rows = [DLA_HEADER, ...DLA_ROWS.slice(0, 3)];
    rows[2] = [...rows[2]];
    rows[2][3] = '311010';
    const problem = await expectProblem(await writeFile('badcode.csv', toCsv(rows)), 'TABLE');
    expect(problem.text.th).toContain('แถว 3 “311010”');
  });

  test('an unknown type, listed by row', async () => {
    const rows = [DLA_HEADER, ...DLA_ROWS.slice(0, 3)];
    rows[3] = [...rows[3]];
    rows[3][4] = 'สุขาภิบาล';
    const problem = await expectProblem(await writeFile('badtype.csv', toCsv(rows)), 'TABLE');
    expect(problem.text.en).toContain('row 4 “สุขาภิบาล”');
  });

  test('file problems from the reader pass through as FileProblems', async () => {
    const error = await readRegistryFile(path.join(dir, 'missing.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileProblem);
    expect((error as FileProblem).code).toBe('FILE_NOT_FOUND');
  });
});

// ---- xlsx ---------------------------------------------------------------------------------------------

async function xlsxFile(name: string, sheets: Record<string, (string | number)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) wb.addWorksheet(sheetName).addRows(rows);
  const file = path.join(dir, `${counter++}-${name}`);
  await wb.xlsx.writeFile(file);
  return file;
}

const OUR_ROWS: (string | number)[][] = [
  ['รหัส อปท.', 'ประเภท', 'ชื่อ อปท.', 'อำเภอ', 'จังหวัด', 'อีเมลผู้รับผิดชอบ'],
  ...PHAYAO_DEMO_REGISTRY.laos.map((l) => [
    Number(l.code),
    l.type === 'sao' ? 'องค์การบริหารส่วนตำบล' : 'ทต.',
    laoDisplayName(l),
    `อำเภอ${l.districtName}`,
    'จังหวัดพะเยา',
    '',
  ]),
];
// The demo has อบจ. and ทม. too; give them their own type spelling.
for (const row of OUR_ROWS.slice(1)) {
  const name = String(row[2]);
  if (name.startsWith('อบจ.')) row[1] = 'อบจ.';
  if (name.startsWith('ทม.')) row[1] = 'เทศบาลเมือง';
}

describe('xlsx registry', () => {
  test('reads the sheet named ทะเบียน อปท. in our layout, with prefixed names and numeric codes', async () => {
    const file = await xlsxFile('ours.xlsx', { ข้อมูล: [['ที่', 'อำเภอ', 'อปท.']], 'ทะเบียน อปท.': OUR_ROWS });
    const registry = await readRegistryFile(file);
    expect(registry.format).toBe('xlsx');
    expect(registry.sheet).toBe('ทะเบียน อปท.');
    expect(registry.laos).toEqual(PHAYAO_DEMO_REGISTRY.laos);
  });

  test('otherwise reads the first sheet whose header fits', async () => {
    const file = await xlsxFile('second.xlsx', { สรุป: [['รวม', 72]], Sheet2: OUR_ROWS });
    const registry = await readRegistryFile(file);
    expect(registry.sheet).toBe('Sheet2');
    expect(registry.laos).toHaveLength(72);
  });

  test('no sheet fits: names the sheets there are', async () => {
    const file = await xlsxFile('none.xlsx', { ข้อมูล: [['ที่', 'อำเภอ', 'อปท.']], สรุป: [['รวม']] });
    const problem = await expectProblem(file, 'NO_SHEET');
    expect(problem.code).toBe('SHEET_NOT_FOUND');
    expect(problem.text.th).toContain('“ข้อมูล”, “สรุป”');
  });

  test('a one-sheet workbook of the wrong shape lists the missing columns', async () => {
    const file = await xlsxFile('one.xlsx', {
      Sheet1: [
        ['ที่', 'อำเภอ', 'อปท.'],
        [1, 'จุน', 'ทต.จุน'],
      ],
    });
    const problem = await expectProblem(file, 'TABLE');
    expect(problem.text.en).toContain('“รหัส อปท.”');
  });
});

// ---- our JSON file ------------------------------------------------------------------------------------

describe('registry JSON', () => {
  test('round trip of the national registry', async () => {
    const original = await readRegistryFile(REGISTRY_CSV);
    const file = path.join(dir, 'national.json');
    await writeRegistryFile(file, original);
    const back = await readRegistryFile(file);
    expect(back.format).toBe('json');
    expect(back.laos).toEqual(original.laos);
    expect(back.stats.byType).toEqual(original.stats.byType);
    expect(back.stats.byProvince).toEqual(original.stats.byProvince);
    expect(back.source).toBe('ที่มา: กรมส่งเสริมการปกครองท้องถิ่น');
    const json = JSON.parse(await fs.readFile(file, 'utf8'));
    expect(json).toMatchObject({ format: REGISTRY_FORMAT, version: 1 });
    expect(json.laos[0]).not.toHaveProperty('stats');
  });

  test('keeps e-mail addresses and the source, drops unknown fields', async () => {
    const file = path.join(dir, 'email.json');
    const lao = { ...PHAYAO_DEMO_REGISTRY.laos[0], email: 'a@b.go.th', extra: 1 };
    await writeRegistryFile(file, { laos: [lao] }, 'ทดสอบ');
    const back = await readRegistryFile(file);
    expect(back.laos).toEqual([{ ...PHAYAO_DEMO_REGISTRY.laos[0], email: 'a@b.go.th' }]);
    expect(back.source).toBe('ทดสอบ');
  });

  test('an empty registry round-trips too', async () => {
    const file = path.join(dir, 'none.json');
    await writeRegistryFile(file, { laos: [] });
    expect((await readRegistryFile(file)).laos).toEqual([]);
  });

  const json = (value: unknown) => writeFile('registry.json', JSON.stringify(value));
  const valid = () => ({
    format: REGISTRY_FORMAT,
    version: 1,
    source: 'x',
    laos: PHAYAO_DEMO_REGISTRY.laos.slice(0, 3).map((l) => ({ ...l })),
  });

  test('broken JSON', async () => {
    await expectProblem(await writeFile('broken.json', '{"format": "khongdee-registry", "laos": ['), 'JSON_UNREADABLE');
  });

  test('JSON that is not our registry', async () => {
    await expectProblem(await json({ name: 'package' }), 'NOT_REGISTRY');
    await expectProblem(await json([1, 2]), 'NOT_REGISTRY');
  });

  test('a newer format version asks to update the program', async () => {
    const problem = await expectProblem(await json({ ...valid(), version: 2 }), 'NEWER_VERSION');
    expect(problem.text.en).toContain('Update khongdee');
  });

  test('invalid content names where it is', async () => {
    const bad = valid();
    bad.laos[1].code = '12345';
    const problem = await expectProblem(await json(bad), 'JSON_INVALID');
    expect(problem.text.en).toContain('laos[1].code');
    const wrongType = valid() as { laos: { type: string }[] };
    wrongType.laos[2].type = 'village';
    expect((await expectProblem(await json(wrongType), 'JSON_INVALID')).text.th).toContain('laos[2].type');
  });

  test('a district code that does not belong to the LAO code', async () => {
    const bad = valid();
    bad.laos[0].districtCode = '5602';
    await expectProblem(await json(bad), 'JSON_INVALID');
  });

  test('a code listed twice', async () => {
    const bad = valid();
    bad.laos[2] = { ...bad.laos[0] };
    const problem = await expectProblem(await json(bad), 'JSON_INVALID');
    expect(problem.text.th).toContain(bad.laos[0].code);
  });

  test('a failing write leaves no file and no temporary file behind', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'write-'));
    const target = path.join(folder, 'existing');
    await fs.mkdir(target); // renaming a file over a folder fails
    const error = await writeRegistryFile(target, PHAYAO_DEMO_REGISTRY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryFileProblem);
    expect((error as RegistryFileProblem).reason).toBe('WRITE_FAILED');
    expect((error as RegistryFileProblem).text.th).toContain('ไม่ถูกเปลี่ยนแปลง');
    expect(await fs.readdir(folder)).toEqual(['existing']);
  });

  test('a missing folder is created', async () => {
    const file = path.join(dir, 'new-folder', 'registry.json');
    await writeRegistryFile(file, PHAYAO_DEMO_REGISTRY);
    expect((await readRegistryFile(file)).laos).toHaveLength(72);
  });

  test('overwrites an existing registry file in place', async () => {
    const file = path.join(dir, 'overwrite.json');
    await writeRegistryFile(file, { laos: PHAYAO_DEMO_REGISTRY.laos.slice(0, 1) });
    await writeRegistryFile(file, PHAYAO_DEMO_REGISTRY);
    expect((await readRegistryFile(file)).laos).toEqual(PHAYAO_DEMO_REGISTRY.laos);
    expect((await fs.readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
