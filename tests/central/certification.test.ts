// The central script's national consolidation for a period: each province file's การรับรองผล sheet read with it (one call
// more a file, two when it has the sheet), the status table's การรับรองผล column, certified-only counting that names the
// provinces left out, the choices kept by a paused run and asked about by a new one, and the dialog's choices checked first.

import { STATE_KEY } from '../../src/addon/consolidate/runLog';
import { runNational } from '../../src/addon/consolidate/runner';
import { FILES_RUN } from '../../src/central/config';
import { consolidateFromDialog } from '../../src/central/nationRun';
import type { Twin } from '../../src/twin';
import { act, certificationRows } from '../consolidate/certificationSources';
import { FILES_OPENED, ID, scenario } from './scenario';
import { outputs, sheetTable, sheetTables } from './tables';

jest.setTimeout(120_000);

const FY2569 = { period: '2569', certifiedOnly: false };
const CERTIFIED_ONLY = { period: '2569', certifiedOnly: true };

/** The scenario with พะเยา certified by the province for fiscal 2569 and น่าน by one district. */
function certifiedScenario(msPerCall?: number) {
  const c = scenario({ scriptApp: true, msPerCall });
  const sheet = (id: string, records: Parameters<typeof certificationRows>[0]) => {
    const book = c.twin.workbooks.get(id)!;
    book.addSheet('การรับรองผล', book.typedRows(certificationRows(records)));
  };
  sheet(ID.phayao, [act({ by: 'suda@phayao.go.th' })]);
  sheet(ID.nan, [act({ level: 'district', district: 'เมืองน่าน', by: 'amphoe@nan.go.th' }), act({ period: '2568' })]);
  return c;
}

const statusOf = (twin: Twin, province: string) => {
  const t = sheetTable(twin.workbook, 'สถานะรายจังหวัด');
  const col = t.header.indexOf('การรับรองผล');
  const name = t.header.indexOf('จังหวัด');
  return t.rows.filter((r) => r[name] === province).map((r) => r[col]);
};

describe('a period: where each province stands', () => {
  const { twin } = certifiedScenario();
  const outcome = runNational(twin.services, FILES_RUN, 'start', FY2569);
  const calls = twin.counter.snapshot();

  test('the status table names who certified, a district certification, and the provinces that have not', () => {
    expect(outcome.kind).toBe('finished');
    expect(outcome.message.th).toContain('แล้ว ช่วงเวลา ปีงบประมาณ 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569) สรุปสถานะ');
    expect(statusOf(twin, 'พะเยา')).toEqual([expect.stringMatching(/^จังหวัดรับรองแล้ว .*suda@phayao\.go\.th/)]);
    // น่าน's province certification is of another period: only its district's counts for 2569
    expect(statusOf(twin, 'น่าน')).toEqual(['อำเภอรับรองแล้ว 1 อำเภอ']);
    expect(statusOf(twin, 'สงขลา')).toEqual(['ยังไม่รับรอง']);
    expect(sheetTable(twin.workbook, 'สรุปรายจังหวัด').subtitle.join(' ')).toContain('ปีงบประมาณ 2569');
  });

  test('calls: each file opened asks for its การรับรองผล sheet once, and reads it only where there is one', () => {
    const plain = certifiedScenario();
    runNational(plain.twin.services, FILES_RUN, 'start');
    const without = plain.twin.counter.snapshot();
    const more = (method: string) => (calls.byMethod[method] ?? 0) - (without.byMethod[method] ?? 0);
    const opened = FILES_OPENED + 1 - 2; // นนทบุรี's first file twice; เชียงใหม่ and แพร่ never open
    expect(more('Spreadsheet.getSheetByName')).toBe(opened);
    expect(more('Sheet.getSheetValues')).toBe(2); // พะเยา's and น่าน's การรับรองผล
    expect(calls.calls - without.calls).toBe(opened + 2);
  });
});

describe('certified only', () => {
  const { twin } = certifiedScenario();
  const all = certifiedScenario();
  const outcome = runNational(twin.services, FILES_RUN, 'start', CERTIFIED_ONLY);
  runNational(all.twin.services, FILES_RUN, 'start', FY2569);

  test('the national total is พะเยา’s alone; the reported provinces left out are named with where they stand', () => {
    expect(outcome.kind).toBe('finished');
    const summary = sheetTables(twin.workbook, 'สรุปรายจังหวัด')[0];
    const everyone = sheetTables(all.twin.workbook, 'สรุปรายจังหวัด')[0];
    const name = summary.header.indexOf('จังหวัด');
    const entries = summary.header.indexOf('รายการที่รายงาน (รายการ)');
    const row = (t: typeof summary, label: string) => t.rows.find((r) => r[name] === label)!;
    const phayao = row(everyone, 'พะเยา')[entries];
    expect(phayao).toBeGreaterThan(0);
    expect(row(summary, 'รวมทั้งประเทศ')[entries]).toBe(phayao);
    expect(row(everyone, 'รวมทั้งประเทศ')[entries]).toBeGreaterThan(phayao as number);
    const note = summary.footnotes.join(' ');
    for (const left of ['น่าน (อำเภอรับรองแล้ว 1 อำเภอ)', 'นนทบุรี (ยังไม่รับรอง)', 'สงขลา (ยังไม่รับรอง)'])
      expect(note).toContain(left);
    expect(note).not.toContain('พะเยา (');
    // and said to whoever ran it
    expect(outcome.kind === 'finished' && outcome.notices.map((n) => n.th).join(' ')).toContain('สงขลา (ยังไม่รับรอง)');
    expect(outcome.message.th).toContain('นับเฉพาะจังหวัดที่รับรองผลแล้ว');
    // every province keeps its status row
    expect(statusOf(twin, 'สงขลา')).toEqual(['ยังไม่รับรอง']);
    // a province left out reported: its row says it is not counted, not that it sent nothing
    expect(summary.rows.map((r) => r[name]).filter((n) => /^(น่าน|พะเยา|สงขลา|ลำพูน)/.test(String(n)))).toEqual([
      'สงขลา (ยังไม่รับรองผล ไม่นับรวม)',
      'ลำพูน (ยังไม่ส่งรายงาน)',
      'น่าน (ยังไม่รับรองผล ไม่นับรวม)',
      'พะเยา',
    ]);
  });
});

describe('a paused run keeps its choices', () => {
  test('continued, it gives what one uninterrupted run gives; a new start is asked about, naming them', () => {
    const cut = certifiedScenario(20_000);
    const manual = { ...FILES_RUN, continuation: null };
    expect(runNational(cut.twin.services, manual, 'start', CERTIFIED_ONLY).kind).toBe('paused');
    const asked = runNational(cut.twin.services, manual, 'start', FY2569);
    expect(asked.kind).toBe('choose');
    expect(asked.message.th).toContain('ช่วงเวลา ปีงบประมาณ 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569) นับเฉพาะจังหวัดที่รับรองผลแล้ว');
    cut.msPerCall = 0;
    // ทำต่อ carries no choices: the saved run's are used
    expect(runNational(cut.twin.services, manual, 'continue').kind).toBe('finished');
    const whole = certifiedScenario();
    runNational(whole.twin.services, FILES_RUN, 'start', CERTIFIED_ONLY);
    const asOf = /ข้อมูล ณ วันที่ [^"]*/g;
    expect(JSON.stringify(outputs(cut.twin)).replace(asOf, '')).toBe(
      JSON.stringify(outputs(whole.twin)).replace(asOf, ''),
    );
  });
});

describe('the dialog’s choices, checked before anything is claimed', () => {
  const nothingClaimed = (twin: Twin) =>
    expect(twin.services.propertiesService.getDocumentProperties().getProperty(STATE_KEY)).toBeNull();

  test('a period that cannot be read, and certified-only without a period, are refused with what to do', () => {
    const { twin } = certifiedScenario();
    const bad = consolidateFromDialog(twin.services, 'ไตรมาสหน้า', false, 'start');
    expect(bad).toMatchObject({ ok: false, kind: 'refused' });
    expect(bad.message).toContain('ไตรมาสหน้า');
    const noPeriod = consolidateFromDialog(twin.services, '', true, 'start');
    expect(noPeriod).toMatchObject({ ok: false, kind: 'refused' });
    expect(noPeriod.message).toContain('ต้องเลือกช่วงเวลา');
    nothingClaimed(twin);
    expect(twin.workbook.sheetNames()).not.toContain('สรุปรายจังหวัด');
  });

  test('a period as people type it is counted by its key; an unknown request starts', () => {
    const { twin } = certifiedScenario();
    const answer = consolidateFromDialog(twin.services, 'ปีงบประมาณ ๒๕๖๙', true, 'anything');
    expect(answer).toMatchObject({ ok: true, kind: 'finished' });
    expect(answer.message).toContain('30 ก.ย. 2569) นับเฉพาะจังหวัดที่รับรองผลแล้ว');
    expect(answer.notices.join(' ')).toContain('สงขลา (ยังไม่รับรอง)');
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });
});
