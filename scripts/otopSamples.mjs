// Writes the OTOP samples: samples/otop-register.csv (the allocation register in its own layout) and
// samples/otop-nonthaburi.xlsx (a province's monthly workload report). Re-run with `node scripts/otopSamples.mjs`.
// The register is the attachment of the department's letter ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ for zones 1-3; within zones 1 and 3 the
// letter's figures used here give only the zone totals, so the split between provinces there is illustrative.
// The workbook's headers are the form's own (OTOP_MARKETER.columns), read from src/core through esbuild, never copied.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const samples = join(root, 'samples');

/** The form declaration, bundled on the fly from the TypeScript source. */
async function otopForm() {
  const bundled = await build({
    entryPoints: [join(root, 'src', 'core', 'form', 'otopMarketer.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(bundled.outputFiles[0].text).toString('base64');
  return (await import(`data:text/javascript;base64,${code}`)).OTOP_MARKETER;
}

// ---- the allocation register ------------------------------------------------------------------------

/** 38,000 baht a marketer for the year */
const BAHT_PER_PERSON = 38_000;

/** Zone heading as the register prints it, then its provinces and their marketers (เป้าหมาย (คน)). */
const ZONES = [
  [
    '1. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางตอนบน',
    [
      ['ชัยนาท', 3],
      ['พระนครศรีอยุธยา', 4],
      ['ลพบุรี', 3],
      ['สระบุรี', 3],
      ['สิงห์บุรี', 2],
      ['อ่างทอง', 2],
    ],
  ],
  [
    '2. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางปริมณฑล',
    [
      ['นนทบุรี', 2],
      ['ปทุมธานี', 2],
      ['สมุทรปราการ', 2],
      ['นครปฐม', 2],
    ],
  ],
  [
    '3. เขตตรวจราชการ : กลุ่มจังหวัดภาคกลางตอนล่าง 1',
    [
      ['กาญจนบุรี', 3],
      ['ราชบุรี', 3],
      ['สุพรรณบุรี', 3],
    ],
  ],
];

const baht = (n) => n.toLocaleString('en-US');

function csvLine(cells) {
  return cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');
}

function registerRows() {
  const rows = [
    ['ทะเบียนการจัดสรรงบประมาณ โครงการส่งเสริมนักการตลาดรุ่นใหม่ (OTOP) ปีงบประมาณ พ.ศ. 2564'],
    ['แนบท้ายหนังสือ ที่ มท ๐๔๐๘.๒/ว ๒๒๙๓ (ตัวเลขรายจังหวัดในเขต 1 และ 3 เป็นตัวอย่าง)'],
    ['ลำดับ', 'จังหวัด', 'เป้าหมาย (คน)', 'งบประมาณ (บาท)'],
  ];
  let seq = 1;
  let people = 0;
  for (const [heading, provinces] of ZONES) {
    rows.push([heading, '', '', '']);
    let zonePeople = 0;
    for (const [province, n] of provinces) {
      rows.push([seq++, province, n, baht(n * BAHT_PER_PERSON)]);
      zonePeople += n;
    }
    rows.push(['', 'รวม', zonePeople, baht(zonePeople * BAHT_PER_PERSON)]);
    people += zonePeople;
  }
  rows.push(['', 'รวมทั้งสิ้น', people, baht(people * BAHT_PER_PERSON)]);
  return rows;
}

// ---- a province's workload report ---------------------------------------------------------------------

/** Each month's own posts, clips and product pages, as a marketer pastes them into one cell. */
const LINKS = {
  kanda: (m) => [
    `https://www.facebook.com/OTOPNonthaburi/posts/10${m}21`,
    `https://www.tiktok.com/@otop.nonthaburi/video/72900${m}1`,
    `https://shopee.co.th/product/4410021/99120${m}1`,
  ],
  thanakorn: (m) => [`https://www.facebook.com/OTOPNonthaburi/videos/33${m}01`, `https://youtu.be/q7NbrT0tp${m}A`],
};

/** marketer, month, the nine counts in the form's order (a cell may carry its unit), links, note */
const WORKLOAD = [
  ['นางสาวพิมพ์ชนก แก้วมณี', 'ต.ค. 2563', [5, 3, 4, 2, 3, 4, 25, 1, 1], LINKS.kanda(1), ''],
  ['นายธนากร ศรีสวัสดิ์', 'ต.ค. 2563', [3, 2, 3, 2, 3, 4, 20, 1, 1], LINKS.thanakorn(1), 'คลิปที่ 4 ตัดต่อไม่ทันสิ้นเดือน'],
  ['นางสาวพิมพ์ชนก แก้วมณี', 'พ.ย. 2563', [4, 2, '4 คลิป', 3, 3, 5, 22, 1, 1], LINKS.kanda(2), ''],
  ['นายธนากร ศรีสวัสดิ์', 'พ.ย. 2563', [4, 2, 4, 1, 3, 4, 21, 1, 1], LINKS.thanakorn(2), 'Live ครั้งที่ 2 ผู้ประกอบการขอเลื่อน'],
  ['นางสาวพิมพ์ชนก แก้วมณี', 'ธ.ค. 2563', [6, 3, 5, 2, 4, 4, 30, 1, 1], LINKS.kanda(3), 'ร่วมงาน OTOP Midyear'],
  ['นายธนากร ศรีสวัสดิ์', 'ธ.ค. 2563', [3, 2, 4, 2, 3, 4, 20, 1, 1], LINKS.thanakorn(3), ''],
];

function workloadRow(columns, seq, [marketer, month, counts, links, note]) {
  const byKey = { seq, province: 'นนทบุรี', marketer, month, links: links.join('\n'), note };
  let item = 0;
  return columns.map((c) => (c.type === 'count' ? counts[item++] : (byKey[c.key] ?? '')));
}

async function writeWorkload(file) {
  const form = await otopForm();
  const columns = form.columns;
  const book = new ExcelJS.Workbook();
  // a fixed date, so a re-run writes the same properties
  book.created = book.modified = new Date(Date.UTC(2021, 0, 8));
  const ws = book.addWorksheet('นนทบุรี');
  const width = columns.length;
  ws.getRow(1).values = ['รายงานผลการปฏิบัติงานประจำเดือนของนักการตลาดรุ่นใหม่ (OTOP) จังหวัดนนทบุรี'];
  ws.getRow(2).values = ['ประจำเดือน ตุลาคม – ธันวาคม 2563 ข้อมูล ณ วันที่ 8 มกราคม 2564'];
  for (const r of [1, 2]) ws.mergeCells(r, 1, r, width);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(4).values = columns.map((c) => c.header);
  ws.getRow(4).font = { bold: true };
  ws.getRow(4).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  WORKLOAD.forEach((w, i) => {
    const row = ws.getRow(5 + i);
    row.values = workloadRow(columns, i + 1, w);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.type === 'count' ? 16 : c.type === 'links' ? 48 : c.key === 'seq' ? 5 : 22;
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  await book.xlsx.writeFile(file);
}

mkdirSync(samples, { recursive: true });
const register = join(samples, 'otop-register.csv');
writeFileSync(register, `\uFEFF${registerRows().map(csvLine).join('\n')}\n`);
console.log(`wrote ${register}`);
const workload = join(samples, 'otop-nonthaburi.xlsx');
await writeWorkload(workload);
console.log(`wrote ${workload} (${WORKLOAD.length} rows)`);
