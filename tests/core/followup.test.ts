// Follow-up messages (ติดตามผล) for the Phayao sample and for hand-built sheets: the exact text to one district (checked by
// hand against the sample's rows and the Phayao registry), the province's message, Thai and English, a district where
// everyone reported (no message), a period where everyone reported, the deadline note, and refusals.

import { checkReport, loadRegistry } from '../../src/cli/reportInputs';
import { buildFollowup, type Followup } from '../../src/core/followup/followup';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { type Period, parsePeriod } from '../../src/core/period/period';
import { laoDisplayName } from '../../src/core/registry/laoTypes';
import { indexRegistry, matchLao, textIdentity } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { type RollupSheet, rollup } from '../../src/core/rollup/rollup';
import type { RollupResult } from '../../src/core/rollup/types';
import { LinkNumbering } from '../../src/core/validate/linkNumbering';
import { readWorkbook } from '../../src/node/readTable';
import { SAMPLE_REPORT } from '../support/cliFiles';
import { check, GOOD, type RowInput, sheet } from '../support/sheets';

const FORM = DLA_ONLINE_MARKET;
const PHAYAO = provinceByCode('56')!;
const INDEX = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
const REG = INDEX.provinces.get('56')!;
const AFTER = { year: 2026, month: 11, day: 21 }; // 310 days after 15 Jan 2026
const BEFORE = { year: 2026, month: 1, day: 10 }; // 5 days before it

function period(text: string): Period {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(p.message.en);
  return p.period;
}

/** The sample rolled up for a period, read and checked as the CLI does (its built-in Phayao registry). */
async function sampleResult(p: Period, today = AFTER): Promise<RollupResult> {
  const book = await readWorkbook(SAMPLE_REPORT);
  const registry = await loadRegistry(undefined, [book]);
  const checked = await checkReport(book, {
    form: FORM,
    today,
    registry,
    requireProvince: true,
    linkNumbers: new LinkNumbering(),
    period: p,
  });
  const sheets: RollupSheet[] = [{ ...checked, province: PHAYAO }];
  return rollup({ form: FORM, sheets, registry, period: p, targets: null });
}

function built(result: RollupResult, today = AFTER, timelyDays?: number): Followup {
  const outcome = buildFollowup({ form: FORM, result, today, timelyDays });
  if (!outcome.ok) throw new Error(outcome.message.en);
  return outcome.followup;
}

const districtText = (f: Followup, title: string) => f.districtMessages.find((m) => m.title === title)?.text;

// อำเภอจุน in the registry: ทต.ห้วยข้าวก่ำ, ทต.จุน, ทต.หงส์หิน, ทต.เวียงลอ, ทต.ทุ่งรวงทอง, อบต.พระธาตุขิงแกง, อบต.ห้วยยางขาม.
// In Q1 2569 (Oct – Dec 2025) only ทต.จุน has a row (ต.ค. 68); the others' rows are dated 2026 or blank, and none has errors.
const CHUN_Q1_TH = [
  'เรียน ท้องถิ่นอำเภอจุน',
  'เรื่อง ติดตามการส่งแบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”',
  'ช่วงเวลา ไตรมาสที่ 1 ปีงบประมาณ 2569 (ต.ค. – ธ.ค. 2568)',
  '',
  'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569',
  'อปท. ที่ยังไม่รายงาน 6 แห่ง จากทั้งหมด 7 แห่ง ดังนี้',
  '1. ทต.ห้วยข้าวก่ำ',
  '2. ทต.หงส์หิน',
  '3. ทต.เวียงลอ',
  '4. ทต.ทุ่งรวงทอง',
  '5. อบต.พระธาตุขิงแกง',
  '6. อบต.ห้วยยางขาม',
  '',
  'กำหนดส่งภายในวันที่ 15 มกราคม 2569 (เลยกำหนดมาแล้ว 310 วัน)',
  'ขอความร่วมมือแจ้ง อปท. ข้างต้นบันทึกผลผ่านเมนู ส่วนขยาย > ของดีบ้านเรา > บันทึกผลการดำเนินงาน',
  'ในแบบรายงานของจังหวัด หรือกรอกลงแผ่นงานรายงานของจังหวัดโดยตรง',
  'หากมีข้อสงสัย ติดต่อสำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดพะเยา',
  '',
  'จึงเรียนมาเพื่อโปรดทราบและดำเนินการ',
  'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดพะเยา',
].join('\n');

const CHUN_Q1_EN_BEFORE = [
  'To: the local administration officer of อำเภอจุน',
  'Subject: follow-up on the Report of the “Local Online Market: Khong Dee Ban Rao network” activity',
  'Period: Quarter 1 of fiscal year 2569 (Oct – Dec 2025)',
  '',
  'As of 10 January 2026',
  '6 of the 7 LAOs have not reported:',
  '1. ทต.ห้วยข้าวก่ำ',
  '2. ทต.หงส์หิน',
  '3. ทต.เวียงลอ',
  '4. ทต.ทุ่งรวงทอง',
  '5. อบต.พระธาตุขิงแกง',
  '6. อบต.ห้วยยางขาม',
  '',
  'Deadline: 15 January 2026 (5 days left)',
  'Please ask these LAOs to enter their results through Extensions > Khong Dee Ban Rao > Record results',
  "in the province's report sheet, or to type them into the province's report sheet directly.",
  'For any question, contact the Phayao Provincial Office of Local Administration.',
  '',
  'Phayao Provincial Office of Local Administration',
].join('\n');

// Reported in Q1 2569 by district (registry total): เมืองพะเยา ทม.พะเยา, ทต.ท่าจำปี, ทต.สันป่าม่วง, อบต.แม่ใส (15);
// จุน ทต.จุน (7); เชียงคำ อบต.เชียงบาน (11); เชียงม่วน none (3); ดอกคำใต้ อบต.บ้านปิน (11); ปง ทต.งิม, อบต.ผาช้างน้อย (9);
// แม่ใจ อบต.แม่สุก (7); ภูซาง ทต.สบบง, อบต.ภูซาง (5); ภูกามยาว none (4): 12 of 72. The 3 rows with errors are
// ทต.บ้านต๋อม (a page name for a link), ทต.ท่าวังทอง (2.5 sales) and อบต.บ้านตุ่น (31/2/2569, no such day: undated, so in every period).
const PROVINCE_Q1_TH = [
  'เรียน ท้องถิ่นจังหวัดพะเยา',
  'เรื่อง สรุปการส่งแบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”',
  'ช่วงเวลา ไตรมาสที่ 1 ปีงบประมาณ 2569 (ต.ค. – ธ.ค. 2568)',
  'ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569',
  'กำหนดส่งภายในวันที่ 15 มกราคม 2569 (เลยกำหนดมาแล้ว 310 วัน)',
  '',
  'อปท. รายงานแล้ว 12 จาก 72 แห่ง (ร้อยละ 16.7)',
  'ยังไม่รายงาน 60 แห่ง',
  'มีรายการที่ข้อมูลผิดพลาด 3 รายการ ซึ่งยังไม่นับ (ดูได้ที่เมนู ตรวจสอบข้อมูล)',
  '',
  'อำเภอที่ต้องติดตาม 9 อำเภอ (รายงานแล้ว/ทั้งหมด)',
  '1. อำเภอเมืองพะเยา 4/15 ยังไม่รายงาน 11 แห่ง',
  '2. อำเภอจุน 1/7 ยังไม่รายงาน 6 แห่ง',
  '3. อำเภอเชียงคำ 1/11 ยังไม่รายงาน 10 แห่ง',
  '4. อำเภอเชียงม่วน 0/3 ยังไม่รายงาน 3 แห่ง',
  '5. อำเภอดอกคำใต้ 1/11 ยังไม่รายงาน 10 แห่ง',
  '6. อำเภอปง 2/9 ยังไม่รายงาน 7 แห่ง',
  '7. อำเภอแม่ใจ 1/7 ยังไม่รายงาน 6 แห่ง',
  '8. อำเภอภูซาง 2/5 ยังไม่รายงาน 3 แห่ง',
  '9. อำเภอภูกามยาว 0/4 ยังไม่รายงาน 4 แห่ง',
  '',
  'จึงเรียนมาเพื่อโปรดทราบ',
].join('\n');

describe('follow-up messages for the Phayao sample', () => {
  it('writes the exact message to อำเภอจุน for Q1 2569, after the deadline', async () => {
    const f = built(await sampleResult(period('2569-Q1')));
    expect(districtText(f, 'อำเภอจุน')?.th).toBe(CHUN_Q1_TH);
  });

  it('writes the same message in English, before the deadline, with the days left', async () => {
    const f = built(await sampleResult(period('2569-Q1'), BEFORE), BEFORE);
    expect(districtText(f, 'อำเภอจุน')?.en).toBe(CHUN_Q1_EN_BEFORE);
    expect(districtText(f, 'อำเภอจุน')?.th).toContain('กำหนดส่งภายในวันที่ 15 มกราคม 2569 (เหลืออีก 5 วัน)');
  });

  it('writes the province message: the rate, each district reported/total, and whom to follow up', async () => {
    const f = built(await sampleResult(period('2569-Q1')));
    expect(f.provinceMessage.title).toBe('จังหวัดพะเยา');
    expect(f.provinceMessage.districtCode).toBeNull();
    expect(f.provinceMessage.text.th).toBe(PROVINCE_Q1_TH);
    const en = f.provinceMessage.text.en.split('\n');
    expect(en).toContain('12 of 72 LAOs have reported (16.7%)');
    expect(en).toContain('Districts to follow up: 9 (reported/total)');
    expect(en).toContain('8. อำเภอภูซาง 2/5, 3 not reported');
    expect(en).toContain('3 entries with errors are not counted (see the Check data menu)');
  });

  it('lists every non-reporter once, in its district, numbered, type-prefixed, in registry order', async () => {
    const result = await sampleResult(period('2569-Q1'));
    const f = built(result);
    expect(f.districtMessages.map((m) => m.title)).toEqual([
      'อำเภอเมืองพะเยา',
      'อำเภอจุน',
      'อำเภอเชียงคำ',
      'อำเภอเชียงม่วน',
      'อำเภอดอกคำใต้',
      'อำเภอปง',
      'อำเภอแม่ใจ',
      'อำเภอภูซาง',
      'อำเภอภูกามยาว',
    ]);
    const listed = f.districtMessages.flatMap((m) =>
      m.text.th
        .split('\n')
        .filter((l) => /^\d+\. /.test(l))
        .map((l) => l.replace(/^\d+\. /, '')),
    );
    expect(listed).toEqual(result.nonReporters.map((l) => l.name));
    expect(listed).toHaveLength(60);
  });

  it('tells a district with rows in error that those rows are not counted', async () => {
    const f = built(await sampleResult(period('2569-Q1')));
    const mueang = districtText(f, 'อำเภอเมืองพะเยา')!;
    expect(mueang.th).toContain(
      '(มีรายการที่ข้อมูลผิดพลาด 3 รายการ ซึ่งยังไม่นับ\nหาก อปท. ข้างต้นส่งแล้ว ขอให้ตรวจสอบและแก้ไขรายการนั้น)',
    );
    expect(mueang.th).toContain('6. ทต.ท่าวังทอง'); // its only row in Q1 has an error
    expect(mueang.en).toContain('(3 entries have errors and are not counted;');
    expect(districtText(f, 'อำเภอจุน')!.th).not.toContain('ผิดพลาด');
  });

  it('counts the deadline from the period and timelyDays', async () => {
    const f = built(await sampleResult(period('2569')), AFTER, 30); // 30 Sep 2026 + 30
    expect(f.deadline.text.th).toBe('30 ตุลาคม 2569');
    expect(f.provinceMessage.text.th).toContain('กำหนดส่งภายในวันที่ 30 ตุลาคม 2569 (เลยกำหนดมาแล้ว 22 วัน)');
    const onTheDay = built(await sampleResult(period('2569')), { year: 2026, month: 10, day: 15 });
    expect(onTheDay.provinceMessage.text.th).toContain('กำหนดส่งภายในวันที่ 15 ตุลาคม 2569 (วันนี้เป็นวันสุดท้าย)');
  });
});

// ---- hand-built sheets: every อปท. of Phayao reports, or all but one -----------------------------------------

let linkSeq = 0;
function rowFor(laoIndex: number): RowInput {
  const lao = PHAYAO_DEMO_REGISTRY.laos[laoIndex];
  return {
    ...GOOD,
    district: lao.districtName,
    lao: laoDisplayName(lao),
    links: `https://www.facebook.com/share/p/followup${++linkSeq}`,
  };
}

function phayaoResult(rows: RowInput[], p: Period): RollupResult {
  const validation = check(sheet(...rows), { identify: (l, d) => matchLao(INDEX, REG, l, d) });
  const sheets: RollupSheet[] = [{ file: 'พะเยา.xlsx', sheet: 'รายงาน', province: PHAYAO, validation }];
  return rollup({ form: FORM, sheets, registry: INDEX, period: p, targets: null });
}

const ALL = PHAYAO_DEMO_REGISTRY.laos.map((_, i) => i);

describe('follow-up when (nearly) everyone has reported', () => {
  it('gives no district a message when every อปท. reported, and says so to the province', () => {
    const f = built(phayaoResult(ALL.map(rowFor), period('2568-10')));
    expect(f.districtMessages).toEqual([]);
    const th = f.provinceMessage.text.th.split('\n');
    expect(th).toContain('อปท. รายงานครบทั้ง 72 แห่ง (ร้อยละ 100.0)');
    expect(th).toContain('อำเภอที่รายงานครบทุกแห่ง 9 อำเภอ');
    expect(th).toContain('1. อำเภอเมืองพะเยา 15/15');
    expect(th).toContain('9. อำเภอภูกามยาว 4/4');
    expect(th.some((l) => l.startsWith('ยังไม่รายงาน') || l.startsWith('อำเภอที่ต้องติดตาม'))).toBe(false);
    expect(f.provinceMessage.text.en).toContain('All 72 LAOs have reported (100.0%)');
    // October 2025 ends on the 31st: deadline 15 Nov 2025, 371 days before 21 Nov 2026
    expect(f.deadline.text.th).toBe('15 พฤศจิกายน 2568');
    expect(f.provinceMessage.text.th).toContain('(เลยกำหนดมาแล้ว 371 วัน)');
  });

  it('writes to the one district with a non-reporter and lists the others as complete', () => {
    const chunHuaiYangKham = PHAYAO_DEMO_REGISTRY.laos.findIndex((l) => l.code === '6560207');
    const f = built(phayaoResult(ALL.filter((i) => i !== chunHuaiYangKham).map(rowFor), period('2568-10')));
    expect(f.districtMessages.map((m) => m.title)).toEqual(['อำเภอจุน']);
    expect(f.districtMessages[0].text.th).toContain('อปท. ที่ยังไม่รายงาน 1 แห่ง จากทั้งหมด 7 แห่ง ดังนี้\n1. อบต.ห้วยยางขาม\n');
    const th = f.provinceMessage.text.th;
    expect(th).toContain('อปท. รายงานแล้ว 71 จาก 72 แห่ง (ร้อยละ 98.6)\nยังไม่รายงาน 1 แห่ง');
    expect(th).toContain('อำเภอที่ต้องติดตาม 1 อำเภอ (รายงานแล้ว/ทั้งหมด)\n1. อำเภอจุน 6/7 ยังไม่รายงาน 1 แห่ง');
    expect(th).toContain('อำเภอที่รายงานครบทุกแห่ง 8 อำเภอ\n1. อำเภอเมืองพะเยา 15/15\n2. อำเภอเชียงคำ 11/11');
  });

  it('counts a row outside the period as not reported for it', () => {
    const rows = ALL.map(rowFor);
    const f = built(phayaoResult(rows, period('2568-11'))); // every row is dated 15/10/2568
    expect(f.districtMessages).toHaveLength(9);
    expect(f.provinceMessage.text.th).toContain('อปท. รายงานแล้ว 0 จาก 72 แห่ง (ร้อยละ 0.0)');
  });
});

describe('refusals', () => {
  it('has no list of non-reporters without a registry', () => {
    const validation = check(sheet(GOOD), { identify: (l, d) => textIdentity(l, d, 'พะเยา') });
    const result = rollup({
      form: FORM,
      sheets: [{ file: 'พะเยา.xlsx', sheet: 'รายงาน', province: PHAYAO, validation }],
      registry: null,
      period: period('2569-Q1'),
      targets: null,
    });
    const outcome = buildFollowup({ form: FORM, result, today: AFTER });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message.th).toBe('ไม่มีทะเบียน อปท. ของจังหวัดพะเยา จึงไม่ทราบว่า อปท. ใดยังไม่รายงาน');
    expect(outcome.message.en).toBe('There is no LAO registry for พะเยา, so who has not reported is unknown.');
  });

  it('takes one province rolled up for a period', () => {
    const whole = phayaoResult([rowFor(0)], period('2569'));
    expect(() => buildFollowup({ form: FORM, result: { ...whole, period: null }, today: AFTER })).toThrow(/period/);
    expect(() => buildFollowup({ form: FORM, result: { ...whole, national: true }, today: AFTER })).toThrow(
      /one province/,
    );
  });
});
