// Thai and English text of the add-on's small dialogs: the summary period, the follow-up, the setup's choice of form, the
// registry and the about box. What only a dialog's page shows has tables of its own, so dist/Code.js carries none of it.

import type { Text } from './text';

/** What the server shows: the summary dialog's title and the about box. */
export const dialogMessages = {
  periodTitle: { th: 'สรุปผลรายอำเภอ', en: 'District summary' } satisfies Text,
  aboutTitle: { th: 'เกี่ยวกับ ของดีบ้านเรา', en: 'About Khong Dee Ban Rao' } satisfies Text,
  about: (version: string): Text => ({
    th: [
      `ของดีบ้านเรา report รุ่น ${version}`,
      'ช่วยบันทึก ตรวจสอบ และสรุปผลกิจกรรม “ตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา” ตามแบบรายงานของกระทรวงมหาดไทย',
      'ที่มาของข้อมูล: ทะเบียน อปท. จากข้อมูลเปิด “ชื่อและที่ตั้งองค์กรปกครองส่วนท้องถิ่น” ที่มา: กรมส่งเสริมการปกครองท้องถิ่น (สัญญาอนุญาต Open Data Common) · รหัสจังหวัดและอำเภอตามกรมการปกครอง · เขตตรวจราชการตามคำสั่งสำนักนายกรัฐมนตรี',
      'วิธีใช้: เมนู ตั้งค่าแบบรายงาน → ทะเบียน อปท. → บันทึกผลการดำเนินงาน → ตรวจสอบข้อมูล → สรุปผลรายอำเภอ (คู่มือฉบับเต็มอยู่ใน README ของโครงการ)',
    ].join('\n\n'),
    en: [
      `Khong Dee Ban Rao report version ${version}`,
      'Records, checks and rolls up the “Local Online Market” activity in the Ministry of Interior’s report sheet.',
      'Data sources: LAO registry from DLA open data (Source: Department of Local Administration, Open Data Common licence); DOPA province and district codes; inspection zones per the Office of the Prime Minister’s order.',
      'How to use: Set up the report sheet → LAO registry → Record results → Check data → District summary (full guide in the project README).',
    ].join('\n\n'),
  }),
};

/** The period's two fields, on the add-on's period dialogs and on the central script's mail dialog. */
export const periodFieldMessages = {
  periodLabel: { th: 'ช่วงเวลาที่จะสรุป', en: 'Period to summarise' } satisfies Text,
  periodOther: {
    th: 'หรือพิมพ์ช่วงเวลาเอง (เช่น 2569-Q2 หรือ 2568-10)',
    en: 'Or type a period (e.g. 2569-Q2 or 2568-10)',
  } satisfies Text,
};

/** the typed period's placeholder: period keys, the same in both languages */
export const PERIOD_EXAMPLES = '2569-Q2, 2568-10';

/** สรุปผลรายอำเภอ: the dialog's page */
export const summaryDialogMessages = {
  periodRun: { th: 'สรุปผล', en: 'Summarise' } satisfies Text,
  periodWorking: { th: 'กำลังสรุปผล…', en: 'Summarising…' } satisfies Text,
};

/** ตั้งค่าแบบรายงาน: the dialog's page */
export const setupDialogMessages = {
  setupLabel: { th: 'แบบรายงานของโครงการ', en: 'The programme’s report form' } satisfies Text,
  setupNote: {
    th: 'ทุกเมนูของไฟล์นี้ (บันทึกผล ตรวจสอบ สรุปผล รวมผล) จะใช้แบบรายงานที่เลือก',
    en: 'Every menu of this file (record, check, summarise, consolidate) uses the chosen form.',
  } satisfies Text,
  setupRun: { th: 'ตั้งค่า', en: 'Set up' } satisfies Text,
  setupWorking: { th: 'กำลังตั้งค่าแบบรายงาน…', en: 'Setting up the report sheet…' } satisfies Text,
  timelyLabel: {
    th: 'กำหนดส่ง: กี่วันหลังวันสุดท้ายของช่วงเวลา (ใช้นับการส่งทันกำหนด)',
    en: "Deadline: days after the period's last day (for on-time reporting)",
  } satisfies Text,
};

/** ติดตามผล: the dialog of follow-up messages for the อปท. that have not reported, as the server words it */
export const followupDialogMessages = {
  followupTitle: { th: 'ติดตามผลการรายงาน', en: 'Follow up on reporting' } satisfies Text,
  followupReady: (districts: number, deadline: Text): Text =>
    districts === 0
      ? {
          th: `ทุก อปท. รายงานแล้ว ไม่มีอำเภอที่ต้องติดตาม (ข้อความถึงจังหวัดอยู่ด้านล่าง) กำหนดส่ง ${deadline.th}`,
          en: `Every LAO has reported: no district to follow up (the province’s message is below). Deadline ${deadline.en}.`,
        }
      : {
          th: `ข้อความติดตามผล ${districts} อำเภอ และ 1 ข้อความถึงจังหวัด กำหนดส่ง ${deadline.th}`,
          en: `Follow-up messages for ${districts} district(s) and one for the province. Deadline ${deadline.en}.`,
        },
  followupNotForPersons: {
    th: 'แบบรายงานนี้รายงานเป็นรายบุคคล จึงไม่มีรายชื่อผู้ที่ต้องรายงานให้ติดตาม ใช้ สรุปผลรายอำเภอ เพื่อดูผลรวมแทน',
    en: 'This form reports by person, so there is no list of who must report to follow up: use District summary for the totals.',
  } satisfies Text,
};

/** ติดตามผล: the dialog's page */
export const followupPageMessages = {
  followupIntro: {
    th: 'เลือกช่วงเวลา แล้วคัดลอกข้อความของแต่ละอำเภอไปส่งทาง LINE หรืออีเมล ข้อความระบุ อปท. ที่ยังไม่รายงานและวันสุดท้ายที่ต้องรายงาน',
    en: 'Choose the period, then copy each district’s message into LINE or an e-mail. Each names the LAOs yet to report and the deadline.',
  } satisfies Text,
  followupRun: { th: 'สร้างข้อความติดตามผล', en: 'Write the follow-up messages' } satisfies Text,
  followupWorking: { th: 'กำลังสร้างข้อความ…', en: 'Writing the messages…' } satisfies Text,
  followupCopy: { th: 'คัดลอกข้อความ', en: 'Copy the message' } satisfies Text,
  followupCopied: {
    th: 'คัดลอกแล้ว วางใน LINE หรืออีเมลได้เลย',
    en: 'Copied: paste it into LINE or an e-mail.',
  } satisfies Text,
  followupSelected: {
    th: 'เลือกข้อความไว้แล้ว กด Ctrl+C (หรือ ⌘+C) เพื่อคัดลอก',
    en: 'The text is selected: press Ctrl+C (or ⌘+C) to copy it.',
  } satisfies Text,
};

/** ทะเบียน อปท.: the dialog's page */
export const registryDialogMessages = {
  heading: { th: 'ทะเบียน อปท.', en: 'LAO registry' } satisfies Text,
  province: (name: string | null): Text =>
    name
      ? { th: `แบบรายงานนี้เป็นของจังหวัด${name}`, en: `This report belongs to ${name}.` }
      : {
          th: 'ยังบอกไม่ได้ว่าแบบรายงานนี้เป็นของจังหวัดใด กรุณาใส่บรรทัด “จังหวัด…” เหนือหัวตารางก่อน',
          en: 'The report’s province is not known yet: add a line “จังหวัด…” above the header first.',
        },
  useDemo: { th: 'ใช้ทะเบียนในตัว (จังหวัดพะเยา 72 แห่ง)', en: 'Use the built-in registry (Phayao, 72 LAOs)' } satisfies Text,
  chooseFile: {
    th: 'หรือเลือกไฟล์ข้อมูลเปิด “ชื่อและที่ตั้งองค์กรปกครองส่วนท้องถิ่น” (.csv) ของกรมส่งเสริมการปกครองท้องถิ่น: ระบบจะเก็บเฉพาะ อปท. ของจังหวัดนี้',
    en: "Or choose DLA's open-data file of local government names and locations (.csv): only this province's LAOs are kept.",
  } satisfies Text,
  reading: { th: 'กำลังอ่านไฟล์…', en: 'Reading the file…' } satisfies Text,
  sending: (count: number): Text => ({
    th: `พบ ${count} แถวของจังหวัดนี้ กำลังเขียนทะเบียน…`,
    en: `Found ${count} rows of this province; writing the registry…`,
  }),
  notCsv: {
    th: 'อ่านไฟล์นี้ไม่ได้ กรุณาเลือกไฟล์ .csv ที่ดาวน์โหลดจากเว็บไซต์ข้อมูลเปิดของ สถ.',
    en: "This file cannot be read. Choose the .csv downloaded from DLA's open-data site.",
  } satisfies Text,
  close: { th: 'ปิด', en: 'Close' } satisfies Text,
};
