// The ทะเบียน อปท. action on the twin: the demo registry, rows from DLA's file, confirmation before replacing.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { runRegistry } from '../../src/addon/actions/registry';
import { sheetDays } from '../../src/addon/adapter/sheetDays';
import { REGISTRY_RANGE, readRegistrySheet } from '../../src/addon/registrySheet';
import { officerTwin } from '../support/manifestTwin';
import { REGISTRY_CSV } from '../support/rollupData';
import { twinWithReport } from '../support/twinReport';

describe('ทะเบียน อปท.', () => {
  test('writes the 72 อปท. of พะเยา from the built-in registry, with a named range the checks read', () => {
    const twin = twinWithReport(5);
    const outcome = runRegistry(twin.services, null, false);
    expect(outcome.ok).toBe(true);
    const values = twin.workbook.sheet('ทะเบียน อปท.').peek().values;
    expect(values[0]).toEqual(['รหัส อปท.', 'ประเภท', 'ชื่อ อปท.', 'อำเภอ', 'จังหวัด', 'อีเมลผู้รับผิดชอบ']);
    expect(values.filter((r) => /^\d{7}$/.test(String(r[0])))).toHaveLength(72);
    expect(twin.workbook.rangeNames()[REGISTRY_RANGE]).toBeDefined();
    const ss = twin.services.spreadsheetApp.getActiveSpreadsheet();
    const read = readRegistrySheet(ss, true, sheetDays(ss, twin.services.utilities));
    expect(read.ok && read.index?.provinces.get('56')?.laos.length).toBe(72);
  });

  test('rows of DLA’s national file keep only the report’s province', () => {
    const twin = twinWithReport(5);
    const rows = parse(readFileSync(REGISTRY_CSV, 'utf8').replace(/^\uFEFF/, '')) as string[][];
    const outcome = runRegistry(twin.services, rows, false);
    expect(outcome.ok).toBe(true);
    expect(outcome.message.th).toContain('72');
  });

  test('replacing an existing registry sheet asks first; a no leaves it as it was', () => {
    const twin = twinWithReport(5);
    runRegistry(twin.services, null, false);
    twin.workbook
      .sheet('ทะเบียน อปท.')
      .getRange(2, 3, 1, 1)
      .setValues([['แก้ไขแล้ว']]);
    const asked = runRegistry(twin.services, null, false);
    expect(asked).toMatchObject({ ok: false, needsConfirmation: true });
    expect(twin.workbook.sheet('ทะเบียน อปท.').peek().values[1][2]).toBe('แก้ไขแล้ว');
    expect(runRegistry(twin.services, null, true).ok).toBe(true);
    expect(twin.workbook.sheet('ทะเบียน อปท.').peek().values[1][2]).not.toBe('แก้ไขแล้ว');
  });

  test('a sheet whose province cannot be told, or a file without the province, is refused', () => {
    const twin = officerTwin();
    twin.workbook.addSheet('Sheet1', [['x']]);
    expect(runRegistry(twin.services, null, false).ok).toBe(false);
    const other = twinWithReport(5);
    const outcome = runRegistry(
      other.services,
      [
        ['จังหวัด', 'อำเภอ', 'ตำบล', 'รหัส อปท.', 'ประเภท อปท.', 'อปท.'],
        ['น่าน', 'เมืองน่าน', '', '6550101', 'อบต.', 'ผาสิงห์'],
      ],
      false,
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.message.th).toContain('พะเยา');
  });
});
