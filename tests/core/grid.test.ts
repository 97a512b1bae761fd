// Laying report tables out for a spreadsheet write, and keeping typed text as text.

import { asSheetText, reportGrid } from '../../src/core/report/grid';
import type { ReportTable } from '../../src/core/report/types';

describe('asSheetText', () => {
  test.each([
    '=HYPERLINK("http://evil")',
    '+66 81',
    '-500',
    '@mention',
    '1,50',
    '0812345678',
    '1/10/2568',
    'TRUE',
    '50%',
  ])('%s is kept as text with a leading quote', (text) => {
    expect(asSheetText(text)).toBe(`'${text}`);
  });
  test.each(['อบต.บ้านใหม่', 'https://www.facebook.com/x', 'ข้าว 5 กก.', ''])('%s is written as it is', (text) => {
    expect(asSheetText(text)).toBe(text);
  });
});

describe('reportGrid', () => {
  const table: ReportTable = {
    sheetName: 'สรุปรายอำเภอ',
    title: 'สรุปผล',
    subtitle: ['จังหวัดพะเยา', 'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569'],
    columns: [
      { header: 'ที่', format: 'text', width: 4 },
      { header: 'อำเภอ', format: 'text', width: 20 },
      { header: 'รายรับ (บาท)', format: 'money', width: 12 },
      { header: 'ร้อยละ', format: 'percent', width: 8 },
    ],
    rows: [
      { cells: ['เขตตรวจราชการที่ 16'], style: 'heading' },
      { cells: [1, 'เมืองพะเยา', 1500.25, null], style: 'normal' },
      { cells: [null, 'รวม', 1500.25, 12.5], style: 'total' },
    ],
    footnotes: ['หมายเหตุ'],
  };

  test('title, subtitle, a blank row, the bold header, rows and footnotes, all the same width', () => {
    const grid = reportGrid(table);
    expect(grid.values.map((r) => r[0])).toEqual([
      'สรุปผล',
      'จังหวัดพะเยา',
      'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569',
      '',
      'ที่',
      'เขตตรวจราชการที่ 16',
      1,
      '',
      '',
      '* หมายเหตุ',
    ]);
    expect(grid.headerRow).toBe(4);
    for (const row of [...grid.values, ...grid.numberFormats, ...grid.fontWeights]) expect(row).toHaveLength(4);
    expect(grid.values[6]).toEqual([1, 'เมืองพะเยา', 1500.25, '–']);
    expect(grid.numberFormats[6]).toEqual(['@', '@', '#,##0.00', '0.0']);
    expect(grid.fontWeights[4]).toEqual(['bold', 'bold', 'bold', 'bold']);
    expect(grid.fontWeights[6][0]).toBe('normal');
    expect(grid.fontWeights[7][0]).toBe('bold');
  });
});
