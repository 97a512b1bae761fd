// The ทะเบียน อปท. dialog: the page's contract, reading DLA's CSV in the browser, and the server calls it makes.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { registryDialogContext, runRegistry } from '../../src/addon/actions/registry';
import { decodeCsv, rowsOfProvince } from '../../src/registryDialog/main';
import { DIST } from '../support/appsScriptSandbox';
import { officerTwin } from '../support/manifestTwin';
import { expectSelfContainedPage } from '../support/pageContract';
import { REGISTRY_CSV } from '../support/rollupData';
import { twinWithReport } from '../support/twinReport';

describe('dist/RegistryDialog.html', () => {
  test('is one self-contained page', () => {
    const file = join(DIST, 'RegistryDialog.html');
    expect(existsSync(file)).toBe(true);
    expectSelfContainedPage(readFileSync(file, 'utf8'));
  });
});

describe('reading DLA’s file in the browser', () => {
  const bytes = readFileSync(REGISTRY_CSV);
  const buffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

  test('UTF-8 with a BOM and Windows-874 decode to the same table', () => {
    const utf8 = decodeCsv(buffer(bytes));
    expect(utf8.startsWith('จังหวัด')).toBe(true);
    const thai = decodeCsv(buffer(iconv.encode(utf8, 'win874')));
    expect(thai).toBe(utf8);
  });

  test('keeps the header and only the rows of the report’s province', () => {
    const table = Papa.parse<string[]>(decodeCsv(buffer(bytes)), { skipEmptyLines: true }).data;
    const rows = rowsOfProvince(table, '56');
    expect(rows?.[0][0]).toBe('จังหวัด');
    expect(rows).toHaveLength(73);
    expect(rows?.slice(1).every((r) => r[0] === 'พะเยา')).toBe(true);
    expect(
      rowsOfProvince(
        [
          ['ชื่อ', 'ที่อยู่'],
          ['ก', 'ข'],
        ],
        '56',
      ),
    ).toBeNull();
  });

  test('the rows it sends make the province’s registry sheet on the server', () => {
    const twin = twinWithReport(5);
    const table = Papa.parse<string[]>(decodeCsv(buffer(bytes)), { skipEmptyLines: true }).data;
    const outcome = runRegistry(twin.services, rowsOfProvince(table, '56'), false);
    expect(outcome.ok).toBe(true);
    expect(outcome.message.th).toContain('72');
  });
});

describe('the dialog’s first server call', () => {
  test('names the report’s province and offers the built-in registry for พะเยา only', () => {
    expect(registryDialogContext(twinWithReport(5).services)).toEqual({
      province: { code: '56', name: 'พะเยา' },
      demoAvailable: true,
    });
    const nan = officerTwin();
    nan.workbook.addSheet('รายงาน', [['จังหวัดน่าน'], ['อปท.', 'ลิงก์'], ['ทต.ในเวียง', 'https://www.facebook.com/x']]);
    expect(registryDialogContext(nan.services)).toEqual({
      province: { code: '55', name: 'น่าน' },
      demoAvailable: false,
    });
  });
});
