// Thai and English text of the command line's refusals and notices: outputs that would replace inputs, options it could
// not read, and what it did instead of what was asked (a district table for --by zone, a file left out, no data rows).

import type { Text } from './text';

const q = (s: string) => `“${s}”`;

export const cliNotices = {
  outputIsInput: (option: string, output: string, input: string): Text => ({
    th: `${option} ${q(output)} เป็นไฟล์เดียวกับไฟล์ที่อ่าน ${q(input)} ถ้าบันทึกจะเขียนทับข้อมูลเดิม จึงไม่ได้บันทึกไฟล์ใด ตั้งชื่อไฟล์ผลลัพธ์ใหม่ เช่น ${option} ${exampleName(option, output, 'th')}`,
    en: `${option} ${q(output)} is the same file as the input ${q(input)} and would overwrite it, so nothing was written. Give the output another name, e.g. ${option} ${exampleName(option, output, 'en')}.`,
  }),
  outputsClash: (first: string, second: string, file: string): Text => ({
    th: `${first} และ ${second} ชี้ไปที่ไฟล์เดียวกัน ${q(file)} ไฟล์หนึ่งจะทับอีกไฟล์หนึ่ง จึงไม่ได้บันทึกไฟล์ใด ตั้งชื่อให้ต่างกัน เช่น --out สรุปผล.xlsx --html สรุปผล.html`,
    en: `${first} and ${second} name the same file ${q(file)}; one would replace the other, so nothing was written. Give them different names, e.g. --out summary.xlsx --html summary.html.`,
  }),
  outputIsFolder: (option: string, folder: string): Text => ({
    th: `${option} ${q(folder)} เป็นโฟลเดอร์ ไม่ใช่ชื่อไฟล์ จึงไม่ได้บันทึกไฟล์ใด ระบุชื่อไฟล์ในโฟลเดอร์นั้น เช่น ${option} ${folder.replace(/[\\/]+$/, '')}/${exampleName(option, '', 'th')}`,
    en: `${option} ${q(folder)} is a folder, not a file name, so nothing was written. Name a file inside it, e.g. ${option} ${folder.replace(/[\\/]+$/, '')}/${exampleName(option, '', 'en')}.`,
  }),
  outputUnderFile: (option: string, output: string, file: string): Text => ({
    th: `${option} ${q(output)} บันทึกไม่ได้ เพราะ ${q(file)} เป็นไฟล์ ไม่ใช่โฟลเดอร์ จึงไม่ได้บันทึกไฟล์ใด ตรวจสอบชื่อโฟลเดอร์ของไฟล์ผลลัพธ์`,
    en: `${option} ${q(output)} cannot be written because ${q(file)} is a file, not a folder, so nothing was written. Check the folder of the output.`,
  }),
  unknownOption: (option: string): Text => ({
    th: `ไม่รู้จักตัวเลือก ${option} ตรวจสอบการสะกด หรือดูตัวเลือกที่ใช้ได้ด้วย khongdee --help`,
    en: `Unknown option ${option}. Check the spelling, or see the options with khongdee --help.`,
  }),
  optionNeedsValue: (option: string): Text => ({
    th: `ตัวเลือก ${option} ต้องมีค่าตามหลัง เช่น ${option} ${exampleValue(option)} ดูวิธีใช้ด้วย khongdee --help`,
    en: `Option ${option} needs a value after it, e.g. ${option} ${exampleValue(option)}. See khongdee --help.`,
  }),
  optionTakesNoValue: (option: string): Text => ({
    th: `ตัวเลือก ${option} ไม่ต้องมีค่าตามหลัง ให้เขียน ${option} อย่างเดียว`,
    en: `Option ${option} takes no value; write ${option} alone.`,
  }),
  unexpectedArgument: (argument: string): Text => ({
    th: `ไม่ทราบว่า ${q(argument)} คืออะไร คำสั่งนี้ไม่รับชื่อไฟล์หรือค่าเพิ่ม ดูวิธีใช้ด้วย khongdee --help`,
    en: `${q(argument)} is not expected here: this command takes no more files or values. See khongdee --help.`,
  }),
  badLang: (value: string): Text => ({
    th: `--lang ${q(value)} ใช้ไม่ได้ ให้เลือก th (ภาษาไทย) หรือ en (ภาษาอังกฤษ)`,
    en: `--lang ${q(value)} is not valid; choose th (Thai) or en (English).`,
  }),
  nationalLevelWithoutRegistry: (by: 'province' | 'zone', province: string): Text => ({
    th:
      `หมายเหตุ: --by ${by} ต้องใช้ทะเบียน อปท. ทั้งประเทศ แต่ไฟล์และทะเบียนที่ใช้มีเพียงจังหวัด${province} จึงสรุปเป็นรายอำเภอของจังหวัด${province} ` +
      `ถ้าต้องการตาราง${by === 'zone' ? 'รายเขตตรวจราชการ' : 'รายจังหวัด'}ทั้งประเทศ ให้ระบุทะเบียนทั้งประเทศ เช่น --registry data/dla-lao-registry.csv`,
    en:
      `Note: --by ${by} needs the national LAO registry, but the files and registry used cover only ${province}, so the table is by district of ${province}. ` +
      `For the national table by ${by}, give the national registry, e.g. --registry data/dla-lao-registry.csv.`,
  }),
  fileLeftOut: (file: string, reason: Text): Text => ({
    th: `ไม่ได้รวมไฟล์ ${q(file)}: ${reason.th}`,
    en: `Left out ${q(file)}: ${reason.en}`,
  }),
  filesLeftOut: (files: readonly string[]): Text => ({
    th: `ยอดรวมนี้ยังไม่ครบ: ไม่ได้รวม ${files.length} ไฟล์ที่ใช้ไม่ได้ (${files.join(', ')}) แก้ไฟล์แล้วสรุปผลอีกครั้ง`,
    en: `These totals are incomplete: ${files.length} file(s) could not be used and were left out (${files.join(', ')}). Fix them and roll up again.`,
  }),
  noDataRows: (file: string, sheet: string): Text => ({
    th: `ไฟล์ ${q(file)} แผ่นงาน ${q(sheet)} มีแต่หัวตาราง ไม่มีแถวข้อมูล ตรวจสอบว่าเลือกไฟล์หรือแผ่นงานถูกต้อง หรือกรอกข้อมูลใต้หัวตารางแล้วลองอีกครั้ง`,
    en: `${q(file)}, sheet ${q(sheet)}, has a header but no data rows. Check it is the right file or sheet, or enter the data below the header and try again.`,
  }),
  registryNotWritten: {
    th: 'ตรวจและนับทะเบียนแล้ว ยังไม่ได้บันทึกไฟล์ใด ถ้าต้องการไฟล์ทะเบียน ให้เพิ่ม --out ทะเบียน.json',
    en: 'The registry was checked and counted; nothing was written. To write the registry file, add --out registry.json.',
  } satisfies Text,
};

/** A name for the output with the extension it was given (.xlsx, .html, .json). */
function exampleName(option: string, file: string, lang: 'th' | 'en'): string {
  const extension = /\.[^./\\]+$/.exec(file)?.[0] ?? (option === '--html' ? '.html' : '.xlsx');
  return `${lang === 'th' ? 'ผลลัพธ์' : 'output'}${extension}`;
}

const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  '--out': 'สรุปผล.xlsx',
  '--html': 'สรุปผล.html',
  '--registry': 'data/dla-lao-registry.csv',
  '--targets': 'ค่าเป้าหมาย.csv',
  '--period': '2569',
  '--province': 'พะเยา',
  '--by': 'district',
  '--sheet': 'รายงานผล',
  '--form': 'form.json',
  '--today': '2026-11-21',
  '--lang': 'en',
};

function exampleValue(option: string): string {
  return EXAMPLE_VALUES[option] ?? '…';
}
