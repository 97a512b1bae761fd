// The add-on menu as data: each item's label and the top-level function Apps Script calls for it.

import { addonMessages as M } from '../core/messages/addon';
import type { Text } from '../core/messages/text';

export interface MenuItem {
  readonly label: Text;
  readonly functionName: string;
}

export const MENU_TITLE = M.menuTitle;

export const MENU_ITEMS: readonly (MenuItem | 'separator')[] = [
  { label: M.menu.checkData, functionName: 'checkData' },
  { label: M.menu.districtSummary, functionName: 'openDistrictSummary' },
  'separator',
  { label: M.menu.setup, functionName: 'setupReportSheet' },
  { label: M.menu.registry, functionName: 'openRegistry' },
  'separator',
  { label: M.menu.about, functionName: 'showAbout' },
];
