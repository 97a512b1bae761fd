// Thai and English text of the entry sidebar and its two server calls. `entryMessages` is what the server returns (and
// the sidebar shows as it came); `sidebarMessages` is the sidebar's own text, kept apart so it stays out of dist/Code.js.

import type { Text } from './text';

/** "ก ข หรือค": Thai lists with spaces and joins the last with หรือ */
function thaiOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(' ')} หรือ${items[items.length - 1]}`;
}

function englishOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const entryMessages = {
  title: { th: 'บันทึกผลการดำเนินงาน', en: 'Record results' } satisfies Text,
  busyRetrying: { th: 'ระบบไม่ว่าง กำลังลองใหม่…', en: 'The sheet is busy, trying again…' } satisfies Text,
  fixErrors: (n: number): Text => ({
    th: `ยังบันทึกไม่ได้: มีข้อผิดพลาด ${n} รายการ กรุณาแก้ไขช่องที่มีข้อความสีแดง`,
    en: `Not recorded yet: ${n} error(s). Fix the fields with red messages.`,
  }),
  tickToConfirm: (n: number): Text => ({
    th: `มีคำเตือน ${n} รายการ กรุณาตรวจ แล้วติ๊ก “ยืนยัน” ก่อนกดบันทึก`,
    en: `${n} warning(s). Check them, then tick the confirmation before recording.`,
  }),
  /** `results`: the labels of the columns that report something (links and figures), in the form's order */
  noResult: (results: readonly Text[]): Text => ({
    th: `ยังไม่มีผลการดำเนินงาน กรุณาใส่${thaiOr(results.map((r) => r.th))} อย่างน้อยหนึ่งช่อง`,
    en: `There is no result yet. Enter ${englishOr(results.map((r) => r.en.toLowerCase()))}: at least one of them.`,
  }),
  laoRequired: { th: 'กรุณาเลือก อปท. ที่รายงาน', en: 'Choose the local administration that is reporting.' } satisfies Text,
  /** the owner of a person-owned form left blank: its label says who, ชื่อ-สกุล นักการตลาด */
  personRequired: (label: Text): Text => ({
    th: `กรุณาเลือกหรือพิมพ์${label.th}`,
    en: `Choose or type the ${label.en.charAt(0).toLowerCase()}${label.en.slice(1)}.`,
  }),
  recorded: (row: number, sheet: string): Text => ({
    th: `บันทึกแล้ว ในแถวที่ ${row} ของแผ่นงาน “${sheet}”`,
    en: `Recorded in row ${row} of the sheet “${sheet}”.`,
  }),
  alreadyRecorded: (row: number, sheet: string): Text => ({
    th: `รายการนี้บันทึกไว้แล้วในแถวที่ ${row} ของแผ่นงาน “${sheet}” (ไม่บันทึกซ้ำ)`,
    en: `This entry was already recorded in row ${row} of the sheet “${sheet}” (not recorded twice).`,
  }),
  protectedRow: {
    th: 'บันทึกไม่ได้เพราะแถวของแบบรายงานถูกป้องกันไว้ และบัญชีนี้ไม่มีสิทธิ์แก้ไข ข้อมูลที่กรอกยังอยู่ครบ กรุณาขอให้เจ้าของไฟล์เพิ่มสิทธิ์แก้ไข แล้วกด บันทึก อีกครั้ง',
    en: 'Could not record: the report rows are protected and this account may not edit them. Your data is still in the form: ask the file owner for edit access, then press Record again.',
  } satisfies Text,
  noDocumentLock: {
    th: 'บันทึกไม่ได้: สคริปต์นี้ไม่ได้ผูกอยู่กับไฟล์แบบรายงาน จึงล็อกไฟล์ระหว่างบันทึกไม่ได้ (อาจบันทึกทับแถวของผู้อื่น) ข้อมูลที่กรอกยังอยู่ครบ กรุณาเปิดแถบบันทึกจากเมนู ของดีบ้านเรา ในไฟล์แบบรายงาน แล้วกด บันทึก อีกครั้ง',
    en: 'Could not record: this script is not bound to the report file, so it cannot lock the file while writing (it could overwrite another officer’s row). Your data is still in the form: open the entry sidebar from the ของดีบ้านเรา menu inside the report file, then press Record again.',
  } satisfies Text,
  writeFailed: (detail: string): Text => ({
    th: `บันทึกลงแผ่นงานไม่สำเร็จ (${detail}) ข้อมูลที่กรอกยังอยู่ครบ กรุณากด บันทึก อีกครั้ง หากยังไม่ได้ให้แจ้งผู้ดูแลไฟล์`,
    en: `Could not write to the sheet (${detail}). Your data is still in the form: press Record again, and tell the file's administrator if it keeps failing.`,
  }),
  correctionChanged: {
    th: 'บันทึกการแก้ไขไม่ได้: แถวนี้ถูกแก้ไข ย้าย หรือผู้ตรวจบันทึกผลใหม่แล้วหลังจากเปิดมาแก้ ข้อมูลที่กรอกยังอยู่ครบ กรุณาเปิด “รายการที่ถูกส่งกลับแก้ไข” ใหม่ แล้วตรวจดูก่อนบันทึก',
    en: 'Could not record the correction: the row was edited, moved or reviewed again after you opened it. Your data is still in the form: open the returned entries again and check before recording.',
  } satisfies Text,
  badPayload: (detail: string): Text => ({
    th: `ข้อมูลที่ส่งมาไม่ครบหรือผิดรูปแบบ (${detail}) กรุณาปิดแถบด้านข้างแล้วเปิดใหม่`,
    en: `The data sent was incomplete or malformed (${detail}). Close the sidebar and open it again.`,
  }),
  noProvince: {
    th: 'บอกไม่ได้ว่าแบบรายงานนี้เป็นของจังหวัดใด กรุณาใส่บรรทัดหัวเรื่อง “จังหวัด…” เหนือหัวตาราง (หรือใช้เมนู ของดีบ้านเรา > ตั้งค่าแบบรายงาน) แล้วเปิดแบบบันทึกใหม่',
    en: 'Cannot tell which province this report belongs to. Add a title line “จังหวัด…” above the header (or use ของดีบ้านเรา > Set up the report sheet), then open the form again.',
  } satisfies Text,
  submissionHeaders: { id: 'รหัสการส่ง', time: 'เวลาที่ส่ง', user: 'ผู้ส่ง' },
};

export const sidebarMessages = {
  chooseDistrict: { th: '— เลือกอำเภอ —', en: '— choose a district —' } satisfies Text,
  chooseLao: { th: '— เลือก อปท. —', en: '— choose a local administration —' } satisfies Text,
  chooseDistrictFirst: { th: '— เลือกอำเภอก่อน —', en: '— choose the district first —' } satisfies Text,
  noRegistry: {
    th: 'ยังไม่มีทะเบียน อปท. ของจังหวัดนี้ จึงต้องพิมพ์ชื่ออำเภอและ อปท. เอง ผู้ดูแลควรใช้เมนู ของดีบ้านเรา > ทะเบียน อปท. เพื่อให้เลือกจากรายการได้',
    en: 'There is no LAO registry for this province yet, so type the district and LAO names. An administrator should run ของดีบ้านเรา > LAO registry to get lists to choose from.',
  } satisfies Text,
  /** under a person owner's box: the names already in the sheet are offered as the person types */
  ownerListHint: (count: number): Text =>
    count > 0
      ? {
          th: `เลือกจากรายชื่อที่มีในแบบรายงานแล้ว ${count} ชื่อ หรือพิมพ์ชื่อใหม่`,
          en: `Pick one of the ${count} names already in the report, or type a new one.`,
        }
      : { th: 'พิมพ์ชื่อ-สกุลตามที่ใช้ในแบบรายงาน', en: 'Type the full name as the report writes it.' },
  monthOfYear: { th: 'เดือน', en: 'Month' } satisfies Text,
  yearBE: { th: 'ปี พ.ศ.', en: 'Year (B.E.)' } satisfies Text,
  results: { th: 'ผลการดำเนินงาน', en: 'Results' } satisfies Text,
  /** `example`: a figure as people type it, in Thai digits with a unit of the form's, e.g. ๑,๕๐๐ บาท */
  numberHint: (example: string): Text => ({
    th: `พิมพ์ได้ทั้งเลขไทย จุลภาค และหน่วย เช่น ${example} (ใช้ - เมื่อเป็นศูนย์)`,
    en: `Thai digits, commas and units are fine, e.g. ${example} (- for zero).`,
  }),
  linkHint: {
    th: 'วางลิงก์โพสต์ทีละช่อง กด “เพิ่มลิงก์” เมื่อมีหลายโพสต์',
    en: 'Paste one post link per box; press “Add a link” for more posts.',
  } satisfies Text,
  addLink: { th: '+ เพิ่มลิงก์', en: '+ Add a link' } satisfies Text,
  removeLink: { th: 'ลบลิงก์นี้', en: 'Remove this link' } satisfies Text,
  linkNumber: (n: number): Text => ({ th: `ลิงก์ที่ ${n}`, en: `Link ${n}` }),
  readAs: (value: string): Text => ({ th: `อ่านได้เป็น ${value}`, en: `Read as ${value}` }),
  dateShown: (thaiDate: string): Text => ({ th: `วันที่ ${thaiDate}`, en: `Date: ${thaiDate}` }),
  context: (province: string, period: Text): Text => ({
    th: `จังหวัด${province} · ช่วงรายงาน: ${period.th}`,
    en: `${province} province · reporting period: ${period.en}`,
  }),
  confirmWarnings: {
    th: 'ตรวจคำเตือนแล้ว ยืนยันว่าข้อมูลถูกต้อง',
    en: 'I have read the warnings and the data is right',
  } satisfies Text,
  submit: { th: 'บันทึก', en: 'Record' } satisfies Text,
  submitting: { th: 'กำลังบันทึก…', en: 'Recording…' } satisfies Text,
  next: { th: 'บันทึกรายการถัดไป', en: 'Record the next entry' } satisfies Text,
  recordedHeading: { th: 'ข้อมูลที่บันทึก', en: 'What was recorded' } satisfies Text,
  busyFailed: {
    th: 'ระบบไม่ว่างเพราะมีผู้บันทึกพร้อมกันหลายคน ลองแล้ว 3 ครั้งยังไม่สำเร็จ ข้อมูลที่กรอกยังอยู่ครบ กรุณากด บันทึก อีกครั้งในอีกสักครู่',
    en: 'The sheet is busy with other people recording at the same time; 3 tries did not get through. Your data is still in the form: press Record again in a moment.',
  } satisfies Text,
  connectionFailed: (detail: string): Text => ({
    th: `ติดต่อ Google Sheets ไม่สำเร็จ (${detail}) ข้อมูลที่กรอกยังอยู่ครบ กรุณาตรวจการเชื่อมต่ออินเทอร์เน็ตแล้วกด บันทึก อีกครั้ง ระบบจะไม่บันทึกซ้ำ`,
    en: `Could not reach Google Sheets (${detail}). Your data is still in the form: check the connection and press Record again; it will not be recorded twice.`,
  }),
  openFailed: (detail: string): Text => ({
    th: `เปิดแบบบันทึกไม่สำเร็จ (${detail}) กรุณาปิดแถบด้านข้างแล้วเปิดใหม่จากเมนู ของดีบ้านเรา > บันทึกผลการดำเนินงาน`,
    en: `Could not open the form (${detail}). Close the sidebar and open it again from ของดีบ้านเรา > Record results.`,
  }),
  notInBrowser: {
    th: 'หน้านี้ต้องเปิดจาก Google Sheets: เมนู ของดีบ้านเรา > บันทึกผลการดำเนินงาน',
    en: 'Open this page from Google Sheets: ของดีบ้านเรา > Record results.',
  } satisfies Text,
  none: { th: '—', en: '—' } satisfies Text,
};
