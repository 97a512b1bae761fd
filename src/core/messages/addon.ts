// Thai and English text of the add-on's menu.

import type { Text } from './text';

export const addonMessages = {
  menuTitle: { th: 'ของดีบ้านเรา', en: 'Khong Dee Ban Rao' } satisfies Text,
  menu: {
    entry: { th: 'บันทึกผลการดำเนินงาน', en: 'Record results' } satisfies Text,
    checkData: { th: 'ตรวจสอบข้อมูล', en: 'Check data' } satisfies Text,
    districtSummary: { th: 'สรุปผลรายอำเภอ', en: 'District summary' } satisfies Text,
    setup: { th: 'ตั้งค่าแบบรายงาน', en: 'Set up the report sheet' } satisfies Text,
    registry: { th: 'ทะเบียน อปท.', en: 'LAO registry' } satisfies Text,
    about: { th: 'เกี่ยวกับ', en: 'About' } satisfies Text,
  },
};
