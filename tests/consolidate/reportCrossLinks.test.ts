// Consolidation report's ลิงก์ซ้ำข้ามจังหวัด table: every link reported in more than one province, most widely claimed first.

import { FACT, linkMark, sharedAcrossProvinces } from './fixture';
import { ALL, table } from './reportConsolidation';

test('ลิงก์ซ้ำข้ามจังหวัด: every link reported in more than one province, with its provinces', () => {
  const t = table('ลิงก์ซ้ำข้ามจังหวัด');
  const shared = [...sharedAcrossProvinces(ALL).values()];
  expect(t.rows).toHaveLength(shared.length);
  const label = { facebook: 'Facebook', tiktok: 'TikTok', youtube: 'YouTube' };
  for (const { link, provinces } of shared) {
    const row = t.rows.find((r) => String(r.cells[1]).includes(linkMark(link)))!;
    const codes = [...provinces].sort();
    expect(row.cells.slice(2)).toEqual([
      label[link.platform],
      codes.length,
      codes.map((c) => FACT.get(c)!.nameTh).join(', '),
    ]);
  }
  // most widely claimed first, numbered from 1
  expect(t.rows.map((r) => r.cells[0])).toEqual(shared.map((_, i) => i + 1));
  const counts = t.rows.map((r) => r.cells[3] as number);
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
});
