// The central script's menu as data: each item's label and the top-level function Apps Script calls for it.

import type { MenuItem } from '../addon/menu';
import { followupMailMessages as F } from '../core/messages/followupMail';
import { centralRunMessages as C, nationalRunMessages as M } from '../core/messages/nationalRun';

/** the central script's project name, which Apps Script gives its menu under Extensions */
export const CENTRAL_MENU_TITLE = M.title;

export const CENTRAL_MENU_ITEMS: readonly (MenuItem | 'separator')[] = [
  { label: M.menu.consolidate, functionName: 'consolidateNation' },
  { label: M.menu.continueRun, functionName: 'continueNation' },
  'separator',
  { label: F.menu, functionName: 'openFollowupMail' },
  'separator',
  { label: C.menu.createRegister, functionName: 'createProvinceRegister' },
  'separator',
  { label: C.menu.about, functionName: 'showAbout' },
];
