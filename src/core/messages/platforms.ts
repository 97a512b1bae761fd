// The names people see for the platforms links are sorted into (sidebar, reports): one list for every page and table.

import type { Platform } from '../normalise/links';

export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  instagram: 'Instagram',
  line: 'LINE',
  x: 'X (Twitter)',
  shopee: 'Shopee',
  lazada: 'Lazada',
  other: 'เว็บไซต์อื่น',
};

/** The name of a platform that arrived as plain text (a sidebar payload): unknown text is shown as it is. */
export function platformName(platform: string): string {
  return (PLATFORM_NAMES as Readonly<Record<string, string>>)[platform] ?? platform;
}
