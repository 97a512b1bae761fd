// The 77 provinces (DOPA codes, Thai and English names) and the 19 inspection-zone headings government tables group them under,
// held as data in the source so the add-on and the CLI never need a file at run time; plus recognising a province in what people type.

import { normaliseText } from '../normalise/text';
import { toArabicDigits } from '../normalise/thaiDigits';
import type { InspectionZone, Province } from './types';

// [DOPA code, Thai name, English name, inspection zone], in DOPA code order.
const PROVINCE_DATA: readonly (readonly [string, string, string, number])[] = [
  ['10', 'กรุงเทพมหานคร', 'Bangkok', 0],
  ['11', 'สมุทรปราการ', 'Samut Prakan', 2],
  ['12', 'นนทบุรี', 'Nonthaburi', 2],
  ['13', 'ปทุมธานี', 'Pathum Thani', 2],
  ['14', 'พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya', 1],
  ['15', 'อ่างทอง', 'Ang Thong', 1],
  ['16', 'ลพบุรี', 'Lop Buri', 1],
  ['17', 'สิงห์บุรี', 'Sing Buri', 1],
  ['18', 'ชัยนาท', 'Chai Nat', 1],
  ['19', 'สระบุรี', 'Saraburi', 1],
  ['20', 'ชลบุรี', 'Chon Buri', 8],
  ['21', 'ระยอง', 'Rayong', 8],
  ['22', 'จันทบุรี', 'Chanthaburi', 9],
  ['23', 'ตราด', 'Trat', 9],
  ['24', 'ฉะเชิงเทรา', 'Chachoengsao', 8],
  ['25', 'ปราจีนบุรี', 'Prachin Buri', 9],
  ['26', 'นครนายก', 'Nakhon Nayok', 9],
  ['27', 'สระแก้ว', 'Sa Kaeo', 9],
  ['30', 'นครราชสีมา', 'Nakhon Ratchasima', 13],
  ['31', 'บุรีรัมย์', 'Buri Ram', 13],
  ['32', 'สุรินทร์', 'Surin', 13],
  ['33', 'ศรีสะเกษ', 'Si Sa Ket', 14],
  ['34', 'อุบลราชธานี', 'Ubon Ratchathani', 14],
  ['35', 'ยโสธร', 'Yasothon', 14],
  ['36', 'ชัยภูมิ', 'Chaiyaphum', 13],
  ['37', 'อำนาจเจริญ', 'Amnat Charoen', 14],
  ['38', 'บึงกาฬ', 'Bueng Kan', 10],
  ['39', 'หนองบัวลำภู', 'Nong Bua Lam Phu', 10],
  ['40', 'ขอนแก่น', 'Khon Kaen', 12],
  ['41', 'อุดรธานี', 'Udon Thani', 10],
  ['42', 'เลย', 'Loei', 10],
  ['43', 'หนองคาย', 'Nong Khai', 10],
  ['44', 'มหาสารคาม', 'Maha Sarakham', 12],
  ['45', 'ร้อยเอ็ด', 'Roi Et', 12],
  ['46', 'กาฬสินธุ์', 'Kalasin', 12],
  ['47', 'สกลนคร', 'Sakon Nakhon', 11],
  ['48', 'นครพนม', 'Nakhon Phanom', 11],
  ['49', 'มุกดาหาร', 'Mukdahan', 11],
  ['50', 'เชียงใหม่', 'Chiang Mai', 15],
  ['51', 'ลำพูน', 'Lamphun', 15],
  ['52', 'ลำปาง', 'Lampang', 15],
  ['53', 'อุตรดิตถ์', 'Uttaradit', 17],
  ['54', 'แพร่', 'Phrae', 16],
  ['55', 'น่าน', 'Nan', 16],
  ['56', 'พะเยา', 'Phayao', 16],
  ['57', 'เชียงราย', 'Chiang Rai', 16],
  ['58', 'แม่ฮ่องสอน', 'Mae Hong Son', 15],
  ['60', 'นครสวรรค์', 'Nakhon Sawan', 18],
  ['61', 'อุทัยธานี', 'Uthai Thani', 18],
  ['62', 'กำแพงเพชร', 'Kamphaeng Phet', 18],
  ['63', 'ตาก', 'Tak', 17],
  ['64', 'สุโขทัย', 'Sukhothai', 17],
  ['65', 'พิษณุโลก', 'Phitsanulok', 17],
  ['66', 'พิจิตร', 'Phichit', 18],
  ['67', 'เพชรบูรณ์', 'Phetchabun', 17],
  ['70', 'ราชบุรี', 'Ratchaburi', 3],
  ['71', 'กาญจนบุรี', 'Kanchanaburi', 3],
  ['72', 'สุพรรณบุรี', 'Suphan Buri', 3],
  ['73', 'นครปฐม', 'Nakhon Pathom', 2],
  ['74', 'สมุทรสาคร', 'Samut Sakhon', 4],
  ['75', 'สมุทรสงคราม', 'Samut Songkhram', 4],
  ['76', 'เพชรบุรี', 'Phetchaburi', 4],
  ['77', 'ประจวบคีรีขันธ์', 'Prachuap Khiri Khan', 4],
  ['80', 'นครศรีธรรมราช', 'Nakhon Si Thammarat', 5],
  ['81', 'กระบี่', 'Krabi', 6],
  ['82', 'พังงา', 'Phangnga', 6],
  ['83', 'ภูเก็ต', 'Phuket', 6],
  ['84', 'สุราษฎร์ธานี', 'Surat Thani', 5],
  ['85', 'ระนอง', 'Ranong', 6],
  ['86', 'ชุมพร', 'Chumphon', 5],
  ['90', 'สงขลา', 'Songkhla', 5],
  ['91', 'สตูล', 'Satun', 6],
  ['92', 'ตรัง', 'Trang', 6],
  ['93', 'พัทลุง', 'Phatthalung', 5],
  ['94', 'ปัตตานี', 'Pattani', 7],
  ['95', 'ยะลา', 'Yala', 7],
  ['96', 'นราธิวาส', 'Narathiwat', 7],
];

// The province cluster (กลุ่มจังหวัด) that goes with each inspection zone; zone 0 is Bangkok, shown as ส่วนกลาง.
const ZONE_CLUSTERS: readonly string[] = [
  'ส่วนกลาง',
  'ภาคกลางตอนบน',
  'ภาคกลางปริมณฑล',
  'ภาคกลางตอนล่าง 1',
  'ภาคกลางตอนล่าง 2',
  'ภาคใต้ฝั่งอ่าวไทย',
  'ภาคใต้ฝั่งอันดามัน',
  'ภาคใต้ชายแดน',
  'ภาคตะวันออก 1',
  'ภาคตะวันออก 2',
  'ภาคตะวันออกเฉียงเหนือตอนบน 1',
  'ภาคตะวันออกเฉียงเหนือตอนบน 2',
  'ภาคตะวันออกเฉียงเหนือตอนกลาง',
  'ภาคตะวันออกเฉียงเหนือตอนล่าง 1',
  'ภาคตะวันออกเฉียงเหนือตอนล่าง 2',
  'ภาคเหนือตอนบน 1',
  'ภาคเหนือตอนบน 2',
  'ภาคเหนือตอนล่าง 1',
  'ภาคเหนือตอนล่าง 2',
];

export const BANGKOK_CODE = '10';

/** All 77 provinces, Bangkok included, in DOPA code order. */
export const PROVINCES: readonly Province[] = PROVINCE_DATA.map(([code, nameTh, nameEn, zone]) => ({
  code,
  nameTh,
  nameEn,
  zone,
}));

/** Inspection zones 0 (Bangkok, ส่วนกลาง) to 18. */
export const ZONES: readonly InspectionZone[] = ZONE_CLUSTERS.map((cluster, zone) => ({ zone, cluster }));

/** The 76 provinces with อปท. under the Department of Local Administration: Bangkok governs itself and is not among them. */
export const DLA_PROVINCES: readonly Province[] = PROVINCES.filter((p) => p.code !== BANGKOK_CODE);

const BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code);
}

/** The group heading of an official table: "เขตตรวจราชการที่ 2 : กลุ่มจังหวัดภาคกลางปริมณฑล", or "ส่วนกลาง" for Bangkok's zone 0. */
export function zoneHeading(zone: number): string {
  const cluster = ZONE_CLUSTERS[zone];
  // A zone outside 0-18 can only come from a bug, not from what a person typed.
  if (!Number.isInteger(zone) || cluster === undefined) throw new RangeError(`No inspection zone ${zone}`);
  return zone === 0 ? cluster : `เขตตรวจราชการที่ ${zone} : กลุ่มจังหวัด${cluster}`;
}

// ---- recognising a typed province ---------------------------------------------------------------

// Short and colloquial names people write for a province, besides its official Thai and English names.
const ALIASES: readonly (readonly [string, string])[] = [
  ['กรุงเทพ', '10'],
  ['กรุงเทพฯ', '10'],
  ['กทม.', '10'],
  ['Krung Thep', '10'],
  ['Krung Thep Maha Nakhon', '10'],
  ['อยุธยา', '14'],
  ['Ayutthaya', '14'],
  ['โคราช', '30'],
  ['Korat', '30'],
];

// "จังหวัด", "จ.", "จ ", "จว." (the abbreviation used in official letters) and "Changwat" only say that a province follows.
const PROVINCE_WORD_BEFORE = /^(?:จังหวัด|จว\.|จ\.|จ\s|changwat\s)\s*/i;
const PROVINCE_WORD_AFTER = /\s*(?:province|จังหวัด)$/i;
// Spaces, hyphens, dots and ไปยาลน้อย never tell two provinces apart: "Chon Buri" = "Chonburi", "กทม." = "กทม", "กรุงเทพฯ" = "กรุงเทพ".
const IGNORED = /[\s\-.ฯ]/g;

function lookupKey(text: string): string {
  const plain = toArabicDigits(normaliseText(text)).toLowerCase();
  return plain.replace(PROVINCE_WORD_BEFORE, '').replace(PROVINCE_WORD_AFTER, '').replace(IGNORED, '');
}

const BY_KEY: Map<string, Province> = (() => {
  const map = new Map<string, Province>();
  for (const p of PROVINCES) {
    map.set(p.code, p);
    map.set(lookupKey(p.nameTh), p);
    map.set(lookupKey(p.nameEn), p);
  }
  for (const [alias, code] of ALIASES) map.set(lookupKey(alias), BY_CODE.get(code) as Province);
  return map;
})();

/**
 * The province a cell names, exactly: "จ.พะเยา", "จังหวัดพะเยา", "พะเยา", "Phayao", "56", "๕๖", "กทม." all work;
 * anything more or less than a province ("พะเยาใหม่", "จังหวัด") is undefined.
 */
export function findProvince(text: string): Province | undefined {
  const key = lookupKey(text);
  return key === '' ? undefined : BY_KEY.get(key);
}

// Where a province name is written in running text: after "จังหวัด" or "จ.".
const MENTION = /(?:จังหวัด|จ\.)\s*/g;
// A match followed by a vowel or tone mark would have cut a syllable in two, so it is not the province's name.
const COMBINING_MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/**
 * The province a longer line names as "จังหวัดXXX" or "จ.XXX" ("แบบรายงาน … จังหวัดพะเยา ข้อมูล ณ วันที่ …").
 * Undefined when none is named, or when two different provinces are, since the line then does not say which one it is about.
 */
export function provinceInText(text: string): Province | undefined {
  const line = normaliseText(text);
  let found: Province | undefined;
  for (const match of line.matchAll(MENTION)) {
    const start = (match.index ?? 0) + match[0].length;
    const province = provinceAt(line, start);
    if (province === undefined) continue;
    if (found !== undefined && found !== province) return undefined;
    found = province;
  }
  return found;
}

function provinceAt(line: string, start: number): Province | undefined {
  let best: Province | undefined;
  for (const p of PROVINCES) {
    if (!line.startsWith(p.nameTh, start)) continue;
    if (COMBINING_MARK.test(line.charAt(start + p.nameTh.length))) continue;
    if (best === undefined || p.nameTh.length > best.nameTh.length) best = p;
  }
  return best;
}
