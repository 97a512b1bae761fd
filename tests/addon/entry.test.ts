// The entry sidebar's submission on the in-memory twin: a submission checked again, written once in the sheet's own
// column order under the document lock, never twice for one id, and refused clearly when it cannot be.

import { submitEntryWith } from '../../src/addon/actions/entry';
import { RECENT_IDS_KEY } from '../../src/addon/entry/recentIds';
import { SUBMISSION_COLUMNS } from '../../src/addon/entry/submissionColumns';
import {
  CHECKSUM,
  callsInsideLock,
  col,
  HEADER,
  OFFICER,
  payload,
  REPORT,
  reportRows,
  SPREADSHEET_TARGETS,
  submit,
  TODAY,
  twinWith,
  values,
} from './entryTwin';

describe('submitEntryWith', () => {
  test('writes one row below the last, in the sheet’s own column order, with normalised values', () => {
    const twin = twinWith();
    const sent = payload();
    const result = submit(twin, sent);
    expect(result).toMatchObject({
      status: 'recorded',
      row: 5,
      sheetName: REPORT,
      duplicate: false,
      recorded: {
        district: 'เมืองพะเยา',
        lao: 'ทต.แม่กา',
        date: { iso: '2026-11-20', thai: '20 พฤศจิกายน 2569' },
        salesCount: 12,
        revenue: 1500.5,
        beneficiaries: 30,
        links: [
          { url: 'https://www.facebook.com/share/p/1001/', platform: 'facebook' },
          { url: 'https://tiktok.com/@maeka/video/721', platform: 'tiktok' },
        ],
      },
    });
    const rows = values(twin);
    expect(rows).toHaveLength(5);
    const row = rows[4];
    expect(row[col('องค์กรปกครองส่วนท้องถิ่น')]).toBe('ทต.แม่กา');
    expect(row[col('อำเภอ')]).toBe('เมืองพะเยา');
    expect(row[col('รายรับ (บาท)')]).toBe(1500.5);
    expect(row[col('จำนวนครั้งที่ขายได้ผ่านออนไลน์ (ครั้ง)')]).toBe(12);
    expect(row[col('จำนวนคนที่ได้รับประโยชน์ (คน)')]).toBe(30);
    expect(row[col('ลิงก์ (Link) เนื้อหาที่เผยแพร่')]).toBe(
      'https://www.facebook.com/share/p/1001/\nhttps://tiktok.com/@maeka/video/721',
    );
    expect(row[col('สินค้า/ผลผลิต')]).toBe('ข้าวกล้องหอมมะลิ');
    const date = row[col('วันที่')];
    expect(date).toBeInstanceOf(Date);
    expect(twin.workbook.shownDay(date as Date)).toEqual({ year: 2026, month: 11, day: 20 });
    // the hidden submission columns follow the form's, with their headers written once
    expect(rows[2].slice(HEADER.length)).toEqual(SUBMISSION_COLUMNS.map((c) => c.header));
    // and hidden: bookkeeping the sidebar fills, on a sheet set up before they existed as on a new one
    const hidden = twin.workbook.sheet(REPORT).hiddenColumns;
    expect(SUBMISSION_COLUMNS.map((_, i) => hidden.has(HEADER.length + 1 + i))).toEqual(
      SUBMISSION_COLUMNS.map(() => true),
    );
    expect(hidden.has(HEADER.length)).toBe(false);
    expect(row.slice(HEADER.length)).toEqual([
      sent.id,
      result.status === 'recorded' ? result.submittedAt : '',
      OFFICER,
      expect.stringMatching(CHECKSUM),
    ]);
    expect(twin.workbook.sheet(REPORT).formulaAt(5, HEADER.length + 2)).toBe('');
  });

  test('where Google keeps the e-mail blank, the submitter column holds the temporary user key and says that it is one', () => {
    const twin = twinWith();
    twin.setUser('', 'temp-key-42');
    const p = payload();
    submit(twin, p);
    expect(values(twin)[4].slice(HEADER.length)).toEqual([
      p.id,
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      'ผู้ใช้ที่ Google ไม่แสดงอีเมล (รหัสชั่วคราว temp-key-42)',
      expect.stringMatching(CHECKSUM),
    ]);
    expect(twin.counter.count('Session.getTemporaryActiveUserKey')).toBe(1);
  });

  test('a repeated id is written once, also when the recent-id list has lost it (a retry after a lost answer)', () => {
    const twin = twinWith();
    const p = payload();
    const first = submit(twin, p);
    const again = submit(twin, { ...p, attempt: 2 });
    expect(first).toMatchObject({ status: 'recorded', row: 5, duplicate: false });
    expect(again).toMatchObject({ status: 'recorded', row: 5, duplicate: true });
    expect(values(twin)).toHaveLength(5);
    // the same id a second time as a first try: the list inside the lock still catches it
    expect(submit(twin, p)).toMatchObject({ status: 'recorded', row: 5, duplicate: true });

    twin.workbook.documentProperties.delete(RECENT_IDS_KEY);
    expect(submit(twin, { ...p, attempt: 3 })).toMatchObject({ status: 'recorded', row: 5, duplicate: true });
    expect(values(twin)).toHaveLength(5);
    expect(submit(twin, payload())).toMatchObject({ status: 'recorded', row: 6 });
  });

  test('keeps only the last 200 ids, within the 9 kB a property holds', () => {
    const twin = twinWith();
    for (let i = 0; i < 205; i++) submit(twin, payload({ links: [`https://www.facebook.com/share/p/${i}/`] }));
    const stored = twin.workbook.documentProperties.get(RECENT_IDS_KEY) ?? '';
    expect(stored.split(',')).toHaveLength(200);
    expect(Buffer.byteLength(stored)).toBeLessThan(9 * 1024);
    expect(values(twin)).toHaveLength(4 + 205);
  });

  test('lock busy: a busy result the sidebar retries on, and nothing written', () => {
    const twin = twinWith();
    twin.workbook.lock.holdBy('another-officer');
    const result = submit(twin, payload());
    expect(result).toEqual({ status: 'busy', message: { th: 'ระบบไม่ว่าง กำลังลองใหม่…', en: expect.any(String) } });
    expect(values(twin)).toHaveLength(3 + 1);
    expect(twin.workbook.lock.attempts.at(-1)).toEqual({ method: 'tryLock', timeoutInMillis: 30000, acquired: false });
    twin.workbook.lock.free();
    expect(submit(twin, payload())).toMatchObject({ status: 'recorded', row: 5 });
  });

  test('errors block, with the core’s messages for the fields', () => {
    const twin = twinWith();
    const result = submit(twin, payload({ revenue: 'ห้าร้อย', links: ['ดูในเพจ'] }, true));
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.field, p.code])).toEqual(
      expect.arrayContaining([
        ['revenue', 'NOT_A_NUMBER'],
        ['links', 'LINK_INVALID'],
      ]),
    );
    expect(result.message.th).toContain('ข้อผิดพลาด');
    expect(values(twin)).toHaveLength(4);
  });

  test('a link box holding no link is an error, although words beside a link in a sheet cell are only a label', () => {
    const twin = twinWith();
    const result = submit(twin, payload({ links: ['https://www.facebook.com/share/p/9/', 'ดูในเพจของเรา'] }));
    expect(result.status === 'invalid' && result.problems.map((p) => [p.field, p.code, p.value])).toEqual([
      ['links', 'LINK_INVALID', 'ดูในเพจของเรา'],
    ]);
    expect(values(twin)).toHaveLength(4);
  });

  test('an entry without any result, or without an อปท., is refused', () => {
    const twin = twinWith();
    const empty = submit(twin, payload({ links: [], salesCount: '', revenue: '-', beneficiaries: '' }));
    expect(empty.status === 'invalid' && empty.problems.map((p) => p.code)).toEqual(['ENTRY_NO_RESULT']);
    const noLao = submit(twin, payload({ lao: '' }));
    expect(noLao.status === 'invalid' && noLao.problems.map((p) => [p.field, p.code])).toEqual([
      ['lao', 'LAO_MISSING'],
    ]);
    const unknown = submit(twin, payload({ lao: 'อบต.ไม่มีจริง' }));
    expect(unknown.status === 'invalid' && unknown.problems.map((p) => p.code)).toEqual(['LAO_UNKNOWN']);
    expect(values(twin)).toHaveLength(4);
  });

  test('warnings need the officer’s confirmation', () => {
    const twin = twinWith();
    const p = payload({ salesCount: '', revenue: '', beneficiaries: '5', links: [] });
    const asked = submit(twin, p);
    expect(asked.status).toBe('confirm');
    if (asked.status === 'confirm') expect(asked.problems.map((x) => x.code)).toEqual(['RESULT_WITHOUT_LINK']);
    expect(values(twin)).toHaveLength(4);
    expect(submit(twin, { ...p, confirmWarnings: true })).toMatchObject({ status: 'recorded', row: 5 });
  });

  test('formula-looking and HTML text is stored as text, never as a formula', () => {
    const twin = twinWith();
    const note = '<img src=x onerror=alert(1)> =HYPERLINK("http://evil")';
    const product = '=HYPERLINK("http://evil")';
    const result = submit(twin, payload({ note, product }, true));
    expect(result).toMatchObject({ status: 'recorded', recorded: { note, product } });
    const sheet = twin.workbook.sheet(REPORT);
    expect(sheet.valueAt(5, col('สินค้า/ผลผลิต') + 1)).toBe(product);
    expect(sheet.formulaAt(5, col('สินค้า/ผลผลิต') + 1)).toBe('');
    expect(sheet.valueAt(5, col('หมายเหตุ') + 1)).toBe(note);
    // number-like text stays text too
    submit(twin, payload({ product: '1/10', note: '+66812345678' }, true));
    expect([sheet.valueAt(6, col('สินค้า/ผลผลิต') + 1), sheet.valueAt(6, col('หมายเหตุ') + 1)]).toEqual([
      '1/10',
      '+66812345678',
    ]);
  });

  test('at most 6 Spreadsheet calls inside the lock, two of them writes (the row, the audit trail), and flush before release', () => {
    const twin = twinWith();
    submit(twin, payload());
    twin.counter.reset();
    expect(submit(twin, payload()).status).toBe('recorded');
    const inside = callsInsideLock(twin.counter.log);
    const spreadsheet = inside.filter((c) => SPREADSHEET_TARGETS.has(c.target)).map((c) => `${c.target}.${c.method}`);
    expect(spreadsheet).toEqual([
      'Sheet.getLastRow',
      'Sheet.getRange',
      'Range.setValues',
      'Sheet.getRange',
      'Range.setValues',
      'SpreadsheetApp.flush',
    ]);
    expect(spreadsheet.filter((m) => /\.(set|insert|clear|append|delete)/.test(m))).toEqual([
      'Range.setValues',
      'Range.setValues',
    ]);
    // the recent ids and the audit trail's next row are read and updated inside the lock, as Properties calls
    expect(inside.filter((c) => c.target === 'Properties').map((c) => c.method)).toEqual([
      'getProperty',
      'getProperty',
      'setProperty',
      'setProperty',
    ]);
    expect(twin.counter.count('Lock.releaseLock')).toBe(1);
  });

  test('a protected range the officer may not edit: a clear message, nothing written, the lock released', () => {
    const twin = twinWith();
    twin.setUser('owner@phayao.go.th');
    twin.workbook.sheet(REPORT).protect();
    twin.workbook.restrictProtectedEditing([]);
    twin.setUser(OFFICER);
    const before = JSON.stringify(values(twin));
    const result = submit(twin, payload());
    expect(result.status).toBe('protected');
    expect('message' in result && result.message.th).toContain('ถูกป้องกัน');
    expect(JSON.stringify(values(twin))).toBe(before);
    expect(twin.workbook.lock.holder).toBeNull();
  });

  test('a protection on the data rows only: the header columns are added, the row is refused with the same message', () => {
    const twin = twinWith();
    twin.setUser('owner@phayao.go.th');
    twin.workbook.sheet(REPORT).getRange(4, 1, 900, 10).protect();
    twin.workbook.restrictProtectedEditing([]);
    twin.setUser(OFFICER);
    expect(submit(twin, payload()).status).toBe('protected');
    expect(values(twin)).toHaveLength(4);
  });

  test('a full sheet grows instead of failing', () => {
    const twin = twinWith(reportRows(), 4);
    const result = submit(twin, payload());
    expect(result).toMatchObject({ status: 'recorded', row: 5 });
    expect(twin.workbook.sheet(REPORT).getMaxRows()).toBeGreaterThan(5);
    expect(values(twin)[4][col('องค์กรปกครองส่วนท้องถิ่น')]).toBe('ทต.แม่กา');
  });

  test('finds existing (hidden) submission columns instead of adding them again, and adds only the one missing', () => {
    const header = [...HEADER, 'ผู้ส่ง', 'รหัสการส่ง', 'เวลาที่ส่ง'];
    const twin = twinWith(reportRows('จังหวัดพะเยา', header));
    const p = payload();
    submit(twin, p);
    const rows = values(twin);
    // a sheet set up before the row checksum existed gets its column after the others
    expect(rows[2]).toEqual([...header, 'รหัสตรวจสอบแถว']);
    expect(rows[4].slice(HEADER.length)).toEqual([
      OFFICER,
      p.id,
      expect.stringMatching(/T/),
      expect.stringMatching(CHECKSUM),
    ]);
  });

  test('a malformed payload is refused without touching the sheet', () => {
    const twin = twinWith();
    twin.counter.reset();
    const result = submitEntryWith(twin.services, TODAY, { id: 'x', values: { links: 'not a list' } });
    expect(result.status).toBe('failed');
    expect(twin.counter.calls).toBe(0);
  });
});
