// Consolidation report's สถานะรายจังหวัด table, cell by cell: one row per province under its zone, then unknown sources.

import type { ReportRow } from '../../src/core/report/types';
import { FACT, latestLineDate, type Spec, thaiShort } from './fixture';
import { ALL, heading, inZone, NAN_SOURCE, SPECS, table, ZONES } from './reportConsolidation';

describe('สถานะรายจังหวัด, cell by cell', () => {
  const t = table('สถานะรายจังหวัด');
  const specsOf = (code: string) => ALL.filter((s) => s.provinceCode === code);
  const reported = (source: string, specs: readonly Spec[], latest: string | null) => {
    const errors = specs.filter((s) => s.status === 'error').length;
    return {
      source,
      rowsRead: specs.length,
      errors,
      warnings: specs.filter((s) => s.status === 'warning').length,
      latest: thaiShort(latest),
      label: 'ส่งแล้ว',
      explains: `ข้อผิดพลาด ${errors} รายการ`,
    };
  };
  const EXPECTED: Record<
    string,
    {
      source: string;
      rowsRead: number | null;
      errors: number | null;
      warnings: number | null;
      latest: string | null;
      label: string;
      explains: string;
    }
  > = {
    '56': reported('พะเยา.csv', SPECS.phayao, latestLineDate(SPECS.phayao)),
    '55': reported(NAN_SOURCE, SPECS.nan, '2026-11-21'),
    '12': reported('นนทบุรี ชุดที่ 1\nนนทบุรี ชุดที่ 2', specsOf('12'), latestLineDate(specsOf('12'))),
    '90': reported('report-south', SPECS.songkhla, latestLineDate(SPECS.songkhla)),
    '52': {
      source: 'ลำปาง',
      rowsRead: null,
      errors: null,
      warnings: null,
      latest: null,
      label: 'ไม่พบหัวตารางแบบรายงาน',
      explains: 'หัวตาราง',
    },
    '50': {
      source: 'https://docs.google.com/spreadsheets/d/1cmXYZ',
      rowsRead: null,
      errors: null,
      warnings: null,
      latest: null,
      label: 'เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้',
      explains: 'แชร์',
    },
  };
  const NOT_REPORTED = {
    source: '',
    rowsRead: null,
    errors: null,
    warnings: null,
    latest: null,
    label: 'ยังไม่รายงาน',
    explains: 'ยังไม่ได้รับ',
  };

  test('columns', () => {
    expect(t.columns.map((c) => c.header)).toEqual([
      'ที่',
      'จังหวัด',
      'แหล่งข้อมูล (ไฟล์/แผ่นงาน)',
      'แถวที่อ่าน (แถว)',
      'ข้อผิดพลาด (รายการ)',
      'คำเตือน (รายการ)',
      'ส่งข้อมูลล่าสุด',
      'สถานะ',
      'คำอธิบาย/สิ่งที่จังหวัดควรดำเนินการ',
      'การรับรองผล',
    ]);
  });

  test('one row per province under its zone heading, then the source of unknown province', () => {
    const rows = [...t.rows];
    let seq = 0;
    const check = (row: ReportRow, name: string, want: (typeof EXPECTED)[string]) => {
      const [s, province, source, rowsRead, errors, warnings, latest, label, explanation, certified] = row.cells;
      // no period: nothing to certify; a source of unknown province certifies nothing
      expect(certified).toBe(name === 'ไฟล์ที่ไม่ทราบจังหวัด' ? null : '-');
      expect({ s, province, source, rowsRead, errors, warnings, latest, label }).toEqual({
        s: ++seq,
        province: name,
        source: want.source,
        rowsRead: want.rowsRead,
        errors: want.errors,
        warnings: want.warnings,
        latest: want.latest,
        label: want.label,
      });
      expect(explanation).toContain(want.explains);
    };
    for (const zone of ZONES) {
      expect(rows.shift()).toEqual({ cells: [heading(zone)], style: 'heading' });
      for (const code of inZone(zone)) check(rows.shift()!, FACT.get(code)!.nameTh, EXPECTED[code] ?? NOT_REPORTED);
    }
    expect(rows.shift()).toEqual({ cells: ['ไฟล์ที่ไม่ทราบจังหวัด'], style: 'heading' });
    check(rows.shift()!, 'ไฟล์ที่ไม่ทราบจังหวัด', {
      source: '1deadXYZ',
      rowsRead: null,
      errors: null,
      warnings: null,
      latest: null,
      label: 'เปิดไม่ได้: ไม่พบไฟล์',
      explains: 'ทะเบียนไฟล์จังหวัด',
    });
    expect(rows).toEqual([]);
    expect(t.footnotes[0]).toBe(
      'สรุปสถานะ: ส่งแล้ว 4 จังหวัด · ยังไม่รายงาน 70 จังหวัด · เปิดไม่ได้: ไม่มีสิทธิ์หรือไม่มีไฟล์นี้ 1 จังหวัด · ไม่พบหัวตารางแบบรายงาน 1 จังหวัด',
    );
  });
});
