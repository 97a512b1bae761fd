// The certification record read back from การรับรองผล: rows written by certificationRow read as the same records, rows a
// hand edit broke passed over, the latest act per period and level deciding where a period stands and which are closed.

import {
  type CertificationRecord,
  certificationHeader,
  certificationRow,
  closedPeriods,
  closingOf,
  periodCertification,
  readCertifications,
} from '../../src/core/review/certification';

const FIGURES = {
  laosReported: 3,
  laosTotal: 72,
  reportingRate: 4.2,
  onTimeRate: null,
  entries: 5,
  rowsPending: 1,
  sums: [{ header: 'รายรับ (บาท)', value: '3,500.50' }],
};
const record = (over: Partial<CertificationRecord>): CertificationRecord => ({
  period: '2570-Q1',
  level: 'province',
  district: '',
  act: 'certify',
  by: 'province@phayao.go.th',
  at: '5/1/2570 10:00:00',
  ...over,
});
/** The rows as the sheet gives them back: a leading ' kept the text as text and is not part of the value. */
const sheet = (records: CertificationRecord[]) => [
  certificationHeader(FIGURES),
  ...records.map((r) =>
    certificationRow(r, 'ไตรมาส', r.act === 'certify' ? FIGURES : null).map((c) =>
      typeof c === 'string' ? c.replace(/^'/, '') : c,
    ),
  ),
];

test('what is written reads back as the same records, figures beside them', () => {
  const records = [record({}), record({ level: 'district', district: 'จุน', act: 'reopen' })];
  expect(readCertifications(sheet(records))).toEqual(records);
  const row = certificationRow(record({}), 'ไตรมาส', FIGURES);
  expect(row.slice(7)).toEqual([3, 72, 4.2, '-', 5, 1, "'3,500.50"]);
});

test('rows a hand edit broke are passed over; a sheet without the shared header has no records', () => {
  const rows = sheet([record({})]);
  rows.push(['ไตรมาสหน้า', '', 'จังหวัด', '', 'รับรอง', 'x', 'y']);
  rows.push(['2570-Q2', '', 'ตำบล', '', 'รับรอง', 'x', 'y']);
  rows.push(['2570-Q2', '', 'จังหวัด', '', 'อนุมัติ', 'x', 'y']);
  rows.push(['', '', '', '', '', '', '']);
  expect(readCertifications(rows)).toHaveLength(1);
  expect(
    readCertifications([
      ['ช่วงเวลา', 'ระดับ'],
      ['2570-Q1', 'จังหวัด'],
    ]),
  ).toEqual([]);
  expect(readCertifications([])).toEqual([]);
});

test('a quarter typed another way reads as its key; a formula-like name stays text', () => {
  const rows = sheet([]);
  rows.push(['ไตรมาส 1/2570', '', 'จังหวัด', '', 'รับรอง', '=cmd', '1/1/2570']);
  expect(readCertifications(rows)).toEqual([record({ by: '=cmd', at: '1/1/2570' })]);
  expect(certificationRow(record({ by: '=cmd' }), 'x', null)[5]).toBe("'=cmd");
});

test('where a period stands: the province over the districts, the latest act of each', () => {
  const d = (district: string, act: 'certify' | 'reopen') => record({ level: 'district', district, act });
  expect(periodCertification([], '2570-Q1')).toEqual({ state: 'none', record: null, districts: [] });
  expect(periodCertification([d('จุน', 'certify'), d('ปง', 'certify'), d('ปง', 'reopen')], '2570-Q1')).toMatchObject({
    state: 'district',
    districts: ['จุน'],
  });
  expect(periodCertification([d('จุน', 'certify'), record({})], '2570-Q1').state).toBe('province');
  expect(periodCertification([record({}), record({ act: 'reopen' })], '2570-Q1').state).toBe('none');
  expect(periodCertification([record({})], '2570-Q2').state).toBe('none');
});

test('closed periods are those the province certified last; a date inside one finds it, a date outside does not', () => {
  const closed = closedPeriods([
    record({}),
    record({ period: '2569-Q4' }),
    record({ period: '2569-Q4', act: 'reopen' }),
    record({ period: '2570-Q2', level: 'district', district: 'จุน' }),
  ]);
  expect(closed.map((r) => r.period)).toEqual(['2570-Q1']);
  expect(closingOf(closed, { year: 2026, month: 11, day: 20 })?.record.period).toBe('2570-Q1');
  expect(closingOf(closed, { year: 2026, month: 12, day: null })?.record.period).toBe('2570-Q1');
  expect(closingOf(closed, { year: 2026, month: 9, day: 30 })).toBeNull();
  expect(closingOf(closed, { year: 2027, month: 1, day: 1 })).toBeNull();
});
