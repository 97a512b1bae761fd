// The add-on menu as data: each item's label and the top-level function Apps Script calls for it.

import { addonMessages as M } from '../core/messages/addon';
import { nationalRunMessages } from '../core/messages/nationalRun';
import type { Text } from '../core/messages/text';

export interface MenuItem {
  readonly label: Text;
  readonly functionName: string;
}

/** the add-on's name, which Apps Script gives its menu under Extensions: the script project (or store listing) carries it */
export const MENU_TITLE = M.menuTitle;

export const MENU_ITEMS: readonly (MenuItem | 'separator')[] = [
  { label: M.menu.entry, functionName: 'openEntrySidebar' },
  { label: M.menu.checkData, functionName: 'checkData' },
  { label: M.menu.review, functionName: 'openReviewSidebar' },
  { label: M.menu.certify, functionName: 'openCertifyDialog' },
  { label: M.menu.districtSummary, functionName: 'openDistrictSummary' },
  { label: M.menu.followup, functionName: 'openFollowup' },
  // one workbook with a tab per province: the national table, continued by hand (this add-on may not make triggers)
  { label: nationalRunMessages.menu.consolidate, functionName: 'consolidateNation' },
  { label: nationalRunMessages.menu.continueRun, functionName: 'continueNation' },
  // the last of สรุปผลรายอำเภอ and รวมผลทั้งประเทศ, drawn in a dialog whose page carries the boundaries
  { label: M.menu.map, functionName: 'openMapDialog' },
  'separator',
  { label: M.menu.setup, functionName: 'setupReportSheet' },
  { label: M.menu.registry, functionName: 'openRegistry' },
  'separator',
  { label: M.menu.about, functionName: 'showAbout' },
];
