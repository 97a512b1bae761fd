// Writes samples/phayao-report.xlsx: a realistic copy of the official report sheet of จังหวัดพะเยา, used by `npm start`.
// Title lines, a two-row merged header, districts merged down their blocks, Thai digits, units in cells, multi-link cells,
// pre-listed อปท. with no results, a subtotal row and a handful of genuine mistakes. Re-run with `node scripts/make-sample.mjs`.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'phayao-report.xlsx');

// District → pre-listed อปท., in the forms officers write them (facts from DLA's open data).
const DISTRICTS = [
  [
    'อำเภอเมืองพะเยา',
    [
      'อบจ.พะเยา',
      'เทศบาลเมืองพะเยา',
      'ทต.แม่กา',
      'ทต.บ้านต๋อม',
      'ทต.แม่ปืม',
      'ทต.บ้านต๊ำ',
      'ทต.ท่าวังทอง',
      'ทต.ท่าจำปี',
      'ทต.บ้านใหม่',
      'ทต.บ้านสาง',
      'ทต.สันป่าม่วง',
      'อบต.จำป่าหวาย',
      'อบต.บ้านตุ่น',
      'องค์การบริหารส่วนตำบลแม่นาเรือ',
      'อบต.แม่ใส',
    ],
  ],
  ['อ.จุน', ['ทต.ห้วยข้าวก่ำ', 'ทต.จุน', 'ทต.หงส์หิน', 'ทต.เวียงลอ', 'ทต.ทุ่งรวงทอง', 'อบต.พระธาตุขิงแกง', 'อบต.ห้วยยางขาม']],
  [
    'เชียงคำ',
    [
      'ทต.เชียงคำ',
      'ทต.เวียง',
      'ทต.ฝายกวาง',
      'อบต.เจดีย์คำ',
      'อบต.เชียงบาน',
      'อบต.ทุ่งผาสุข',
      'อบต.น้ำแวน',
      'อบต.แม่ลาว',
      'อบต.ร่มเย็น',
      'ทต.หย่วน',
      'อบต.อ่างทอง',
    ],
  ],
  ['เชียงม่วน', ['ทต.เชียงม่วน', 'อบต.บ้านมาง', 'อบต.สระ']],
  [
    'ดอกคำใต้',
    [
      'ทม.ดอกคำใต้',
      'ทต.บ้านถ้ำ',
      'ทต.ห้วยลาน',
      'ทต.หนองหล่ม',
      'อบต.ดอกคำใต้',
      'อบต.บ้านปิน',
      'อบต.สันโค้ง',
      'อบต.คือเวียง',
      'อบต.ดงสุวรรณ',
      'อบต.ดอนศรีชุม',
      'อบต.ป่าซาง',
    ],
  ],
  ['ปง', ['ทต.งิม', 'ทต.ปง', 'ทต.แม่ยม', 'อบต.ขุนควร', 'อบต.ควร', 'อบต.งิม', 'อบต.นาปรัง', 'อบต.ออย', 'อบต.ผาช้างน้อย']],
  ['แม่ใจ', ['ทต.แม่ใจ', 'ทต.บ้านเหล่า', 'ทต.รวมใจพัฒนา', 'ทต.เจริญราษฎร์', 'ทต.ป่าแฝก', 'อบต.แม่สุก', 'ทต.ศรีถ้อย']],
  ['ภูซาง', ['ทต.สบบง', 'อบต.เชียงแรง', 'อบต.ทุ่งกล้วย', 'อบต.ป่าสัก', 'อบต.ภูซาง']],
  ['ภูกามยาว', ['ทต.ดงเจน', 'ดงเจน', 'อบต.แม่อิง', 'อบต.ห้วยแก้ว']],
];

const PRODUCTS = [
  'ข้าวกล้องหอมมะลิ',
  'ปลาส้มกว๊านพะเยา',
  'ผ้าทอไทลื้อ',
  'ลำไยอบแห้ง',
  'น้ำผึ้งดอกลำไย',
  'กาแฟดอยบ่อส้าน',
  'ผักปลอดสารพิษ',
  'ข้าวแต๋นน้ำแตงโม',
  'ไข่เค็มใบเตย',
  'เครื่องจักสานไม้ไผ่',
];

// Deterministic pseudo-random numbers, so the sample is the same every time it is rebuilt.
let seed = 20251001;
function rand() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const thai = (s) => String(s).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);
const grouped = (n) => n.toLocaleString('en-US');

function results(i) {
  const sales = 2 + Math.floor(rand() * 40);
  const revenue = sales * (150 + Math.floor(rand() * 900));
  const people = 3 + Math.floor(rand() * 60);
  const day = 1 + Math.floor(rand() * 28);
  const month = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Math.floor(rand() * 13)];
  const year = month >= 10 ? (i % 3 === 0 ? 2026 : 2025) : 2026;
  const style = i % 5;
  const fbId = 100000 + Math.floor(rand() * 899999);
  const links = [
    `https://www.facebook.com/share/p/${fbId}/`,
    `https://www.facebook.com/watch/?v=${fbId}&mibextid=ZbWKwL`,
    `FB: https://m.facebook.com/story.php?story_fbid=${fbId}&id=1000${fbId}\nTikTok: https://www.tiktok.com/@khongdee${i}/video/7${fbId}`,
    `https://youtu.be/${fbId}abc?si=xyz และ https://shopee.co.th/product/${fbId}/${fbId + 7}`,
    `www.facebook.com/khongdee.phayao${i}/posts/${fbId}?utm_source=line`,
  ][style];
  return {
    date: style === 3 ? `${thai(day)}/${thai(month)}/${thai(year + 543)}` : new Date(Date.UTC(year, month - 1, day)),
    product: pick(PRODUCTS),
    links,
    sales: style === 1 ? `${sales} ครั้ง` : style === 2 ? thai(sales) : sales,
    revenue:
      style === 0
        ? `${grouped(revenue)} บาท`
        : style === 2
          ? `฿${grouped(revenue)}`
          : style === 4
            ? thai(grouped(revenue))
            : revenue,
    people: style === 1 ? `${people} คน` : people,
    note: '',
  };
}

// The genuine mistakes and borderline cases, keyed by อปท. as listed above.
const SPECIAL = {
  'ทต.บ้านต๋อม': {
    date: '15 ต.ค. 2568',
    product: 'ข้าวกล้องหอมมะลิ',
    links: 'เพจ ข้าวดีบ้านต๋อม',
    sales: 12,
    revenue: '1,50',
    people: 8,
    note: 'ลิงก์เป็นชื่อเพจ',
  },
  'ทต.ท่าวังทอง': {
    date: new Date(Date.UTC(2568, 10, 3)),
    product: 'ปลาส้มกว๊านพะเยา',
    links: 'https://www.facebook.com/share/p/ThaWang01/',
    sales: '2.5',
    revenue: 900,
    people: 3,
    note: '',
  },
  'อบต.บ้านตุ่น': {
    date: '31/2/2569',
    product: 'ผ้าทอไทลื้อ',
    links: 'https://www.tiktok.com/@bantun/video/7411111111',
    sales: 4,
    revenue: 2400,
    people: 6,
    note: '',
  },
  'ทต.จุน': {
    date: 'ต.ค. 68',
    product: 'ลำไยอบแห้ง',
    links: 'https://www.facebook.com/share/p/ThaWang01/?mibextid=abc',
    sales: 3,
    revenue: 1200,
    people: 5,
    note: 'ลิงก์เดียวกับ ทต.ท่าวังทอง',
  },
  'ทต.เชียงคำ': {
    date: new Date(Date.UTC(2026, 0, 20)),
    product: 'น้ำผึ้งดอกลำไย',
    links: 'https://www.khongdee-chiangkham.go.th/shop/honey',
    sales: 0,
    revenue: 4500,
    people: 12,
    note: 'ขายหน้าร้าน',
  },
  'ทต.ดงเจน': {
    date: new Date(Date.UTC(2026, 2, 5)),
    product: 'กาแฟดอยบ่อส้าน',
    links: '-',
    sales: 6,
    revenue: '-',
    people: 4,
    note: '',
  },
  'ทต.ปง': {
    date: new Date(Date.UTC(2026, 1, 14)),
    product: 'ข้าวแต๋นน้ำแตงโม',
    links: 'javascript:alert(1)',
    sales: 10,
    revenue: 2500,
    people: 7,
    note: '=HYPERLINK("http://evil")',
  },
  'ทต.แม่ใจ': {
    date: new Date(Date.UTC(2026, 3, 1)),
    product: 'ไข่เค็มใบเตย',
    links: 'https://www.facebook.com/maejai/posts/1 https://www.facebook.com/maejai/posts/1',
    sales: 1,
    revenue: 250000,
    people: 2,
    note: '',
  },
};
// อปท. that report twice, and those that have not reported yet (left blank, as pre-listed).
const TWICE = new Set([
  'อบจ.พะเยา',
  'ทต.แม่กา',
  'อบต.แม่ใส',
  'ทต.เวียงลอ',
  'อบต.สระ',
  'ทม.ดอกคำใต้',
  'อบต.ออย',
  'อบต.ภูซาง',
]);
const SILENT = new Set([
  'ทต.บ้านใหม่',
  'ทต.บ้านสาง',
  'อบต.จำป่าหวาย',
  'ทต.หงส์หิน',
  'อบต.ห้วยยางขาม',
  'อบต.เจดีย์คำ',
  'อบต.น้ำแวน',
  'อบต.แม่ลาว',
  'ทต.หย่วน',
  'อบต.บ้านมาง',
  'ทต.ห้วยลาน',
  'อบต.สันโค้ง',
  'อบต.ดงสุวรรณ',
  'อบต.ขุนควร',
  'อบต.นาปรัง',
  'ทต.รวมใจพัฒนา',
  'ทต.ป่าแฝก',
  'อบต.ทุ่งกล้วย',
  'อบต.ห้วยแก้ว',
  'อบต.แม่อิง',
]);

const book = new ExcelJS.Workbook();
book.creator = 'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดพะเยา';
const ws = book.addWorksheet('รายงานผล');
ws.mergeCells('A1:J1');
ws.getCell('A1').value = 'แบบรายงานผลการดำเนินกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา”';
ws.mergeCells('A2:J2');
ws.getCell('A2').value = 'จังหวัดพะเยา';
ws.mergeCells('A3:J3');
ws.getCell('A3').value = 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙';
const top = [
  'ลำดับ',
  'วัน/เดือน/ปี',
  'อำเภอ',
  'ชื่อ อปท.',
  'สินค้า/ผลผลิต',
  'ลิงก์ (Link)\nเนื้อหาที่เผยแพร่',
  'ผลการดำเนินงาน',
  '',
  '',
  'หมายเหตุ',
];
const sub = ['', '', '', '', '', '', 'จำนวนครั้งที่ขายได้ผ่านออนไลน์\n(ครั้ง)', 'รายรับ\n(บาท)', 'จำนวนคนที่ได้รับประโยชน์\n(คน)', ''];
ws.getRow(5).values = top;
ws.getRow(6).values = sub;
for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'J']) ws.mergeCells(`${col}5:${col}6`);
ws.mergeCells('G5:I5');
for (const r of [5, 6]) ws.getRow(r).font = { bold: true };

let r = 7;
let seq = 1;
let i = 0;
const firstDataRow = r;
for (const [district, laos] of DISTRICTS) {
  const blockStart = r;
  for (const lao of laos) {
    const times = TWICE.has(lao) ? 2 : 1;
    for (let k = 0; k < times; k++) {
      const data = SILENT.has(lao) ? null : SPECIAL[lao] && k === 0 ? SPECIAL[lao] : results(i++);
      const row = ws.getRow(r);
      row.values = [
        thai(seq++),
        data?.date ?? '',
        r === blockStart ? district : '',
        lao,
        data?.product ?? '',
        data?.links ?? '',
        data?.sales ?? '',
        data?.revenue ?? '',
        data?.people ?? '',
        data?.note ?? '',
      ];
      r++;
    }
  }
  // the district cell is merged down its block, as provinces lay the sheet out
  if (r - 1 > blockStart) ws.mergeCells(`C${blockStart}:C${r - 1}`);
}
// A result typed on a row of its own, without the อปท.
ws.getRow(r++).values = [
  thai(seq++),
  new Date(Date.UTC(2026, 4, 2)),
  '',
  '',
  'ลำไยอบแห้ง',
  'https://www.facebook.com/share/p/NoLao77/',
  5,
  1750,
  5,
  'ลืมใส่ชื่อ อปท.',
];
const total = ws.getRow(r);
total.values = [
  'รวมทั้งสิ้น',
  '',
  '',
  '',
  '',
  '',
  { formula: `SUM(G${firstDataRow}:G${r - 1})`, result: 0 },
  { formula: `SUM(H${firstDataRow}:H${r - 1})`, result: 0 },
  { formula: `SUM(I${firstDataRow}:I${r - 1})`, result: 0 },
  '',
];
total.font = { bold: true };
ws.getColumn(2).numFmt = 'd/m/yyyy';
for (const [c, w] of [6, 14, 16, 30, 22, 50, 16, 14, 16, 24].entries()) ws.getColumn(c + 1).width = w;
ws.views = [{ state: 'frozen', ySplit: 6 }];

mkdirSync(dirname(out), { recursive: true });
await book.xlsx.writeFile(out);
console.log(`wrote ${out} (${r} rows)`);
