// Columns that mean the same in every programme's form (the province, the note, the review and submission time), named once.

import { entryMessages } from '../messages/entry';
import type { ColumnSpec } from './types';

/** The province: often written once at the top of a block and left blank below, so it fills down. */
export const PROVINCE_COLUMN: ColumnSpec = {
  key: 'province',
  header: 'จังหวัด',
  label: { th: 'จังหวัด', en: 'Province' },
  role: 'province',
  variants: ['Province'],
  type: 'text',
  required: false,
  fillDown: true,
};

/** A free note, typed on several lines in the sidebar. */
export const NOTE_COLUMN: ColumnSpec = {
  key: 'note',
  header: 'หมายเหตุ',
  label: { th: 'หมายเหตุ', en: 'Note' },
  variants: ['Remark', 'Note'],
  type: 'text',
  required: false,
  entry: { multiline: true },
};

/** The reviewer's verdict on a row: ผ่าน counts, ส่งกลับแก้ไข is left out, blank or รอตรวจ awaits review. */
export const REVIEW_STATUS_COLUMN: ColumnSpec = {
  key: 'reviewStatus',
  header: 'ผลการตรวจสอบ',
  label: { th: 'ผลการตรวจสอบ', en: 'Review' },
  role: 'review',
  variants: ['สถานะการตรวจสอบ', 'ผลการตรวจ', 'Review', 'Review status'],
  type: 'review',
  required: false,
  choices: {
    approved: ['ผ่าน', 'ผ่านการตรวจสอบ', 'approved'],
    returned: ['ส่งกลับแก้ไข', 'ส่งกลับ', 'returned'],
    pending: ['รอตรวจ', 'รอตรวจสอบ', 'pending'],
  },
};

/** Why the reviewer returned a row (or any remark of theirs). */
export const REVIEW_NOTE_COLUMN: ColumnSpec = {
  key: 'reviewNote',
  header: 'หมายเหตุผู้ตรวจ',
  label: { th: 'หมายเหตุผู้ตรวจ', en: "Reviewer's note" },
  role: 'reviewNote',
  variants: ['หมายเหตุผู้ตรวจสอบ', 'เหตุผลที่ส่งกลับ', "Reviewer's note", 'Review note'],
  type: 'text',
  required: false,
};

/** When the row was submitted: the hidden column the entry sidebar writes (see addon/entry/submissionColumns.ts). */
export const SUBMITTED_AT_COLUMN: ColumnSpec = {
  key: 'submittedAt',
  header: entryMessages.submissionHeaders.time,
  label: { th: 'เวลาที่ส่ง', en: 'Submitted at' },
  role: 'submittedAt',
  variants: ['วันเวลาที่ส่ง', 'Submitted at', 'Submission time', 'Timestamp'],
  type: 'dateTime',
  required: false,
};

/** The review and submission columns every form ends with: optional, so a sheet without them still reads. */
export const REVIEW_COLUMNS: readonly ColumnSpec[] = [REVIEW_STATUS_COLUMN, REVIEW_NOTE_COLUMN, SUBMITTED_AT_COLUMN];
