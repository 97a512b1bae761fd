// The add-on menu as data: each item's label and the top-level function Apps Script calls for it.

import { addonMessages } from '../core/messages/addon';
import type { Text } from '../core/messages/text';

export interface MenuItem {
  readonly label: Text;
  readonly functionName: string;
}

export const MENU_TITLE = addonMessages.menuTitle;

export const MENU_ITEMS: readonly (MenuItem | 'separator')[] = [{ label: addonMessages.menu.checkData, functionName: 'checkData' }];
