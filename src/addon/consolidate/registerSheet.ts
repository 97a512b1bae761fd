// ทะเบียนไฟล์จังหวัด: the central workbook's list of province → spreadsheet link or id (and optionally the tab), read into the
// plan of a files run, and made on request with the 76 provinces pre-filled by inspection zone for staff to paste links into;
// an optional column of e-mail addresses per province is where ส่งอีเมลติดตามผล sends the follow-up messages.

import { cellText } from '../../core/cell';
import { DLA_PROVINCES, findProvince, zoneHeading } from '../../core/geo/provinces';
import type { Province } from '../../core/geo/types';
import { followupMailMessages as F } from '../../core/messages/followupMail';
import { centralRunMessages as M, REGISTER_SHEET } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import { normaliseText } from '../../core/normalise/text';
import { asSheetText } from '../../core/report/grid';
import type { SpreadsheetApi } from '../adapter/services';
import type { SheetDays } from '../adapter/sheetDays';
import { readUsedBlock } from '../adapter/sheetValues';
import type { PlannedSource } from './sources';

const HEADER_SCAN_ROWS = 10;
const PROVINCE_HEADER = /^(?:ชื่อ)?จังหวัด|^province/i;
const LINK_HEADER = /ลิงก์|ลิงค์|link|url|รหัสไฟล์|file\s*id/i;
const TAB_HEADER = /แผ่นงาน|sheet|tab/i;
const CONTACTS_HEADER = /อีเมล|e-?mail/i;
/** addresses in one cell: separated by commas, semicolons, spaces or new lines */
const ADDRESS_SEPARATORS = /[\s,;]+/;
/** something@domain.tld, without spaces or a second @: a check of the shape only (Google refuses what it cannot deliver) */
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;
const FILE_URL = /\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})/;
const BARE_ID = /^[A-Za-z0-9_-]{20,}$/;

export type RegisterRead =
  | {
      readonly ok: true;
      readonly sources: readonly PlannedSource[];
      readonly provinces: readonly Province[];
      /** e-mail addresses by province code, in register order (a province on two rows has both rows' addresses, once each) */
      readonly contacts: ReadonlyMap<string, readonly string[]>;
      /** addresses left out (not an address, or a row without a known province), each naming its row */
      readonly contactProblems: readonly Text[];
    }
  | { readonly ok: false; readonly message: Text };

/** The addresses of one register cell; one that does not look like an address is a problem naming the row (1-based). */
export function parseAddresses(cell: string, row: number): { addresses: string[]; problems: Text[] } {
  const addresses: string[] = [];
  const problems: Text[] = [];
  for (const part of cell.split(ADDRESS_SEPARATORS)) {
    const address = part.trim().replace(/^mailto:/i, '');
    if (!address) continue;
    if (ADDRESS.test(address)) addresses.push(address);
    else problems.push(F.badAddress(row, address));
  }
  return { addresses, problems };
}

/** Adds a row's addresses to its province's, once each whatever the case. */
function addContacts(contacts: Map<string, string[]>, code: string, addresses: readonly string[]): void {
  const list = contacts.get(code) ?? [];
  for (const a of addresses) if (!list.some((b) => b.toLowerCase() === a.toLowerCase())) list.push(a);
  if (list.length > 0) contacts.set(code, list);
}

/** The spreadsheet id in a link as the browser shows it, or a bare id; null for anything else. */
export function spreadsheetId(text: string): string | null {
  const t = text.trim();
  return FILE_URL.exec(t)?.[1] ?? (BARE_ID.test(t) ? t : null);
}

export const fileUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}`;

/** The register's rows as the plan of sources: one per row with a link, in the register's order. */
export function registerSources(rows: readonly (readonly string[])[]): RegisterRead {
  const at = rows
    .slice(0, HEADER_SCAN_ROWS)
    .findIndex((r) => r.some((c) => PROVINCE_HEADER.test(normaliseText(c))) && r.some((c) => LINK_HEADER.test(c)));
  if (at < 0) return { ok: false, message: M.registerNoHeader };
  const header = rows[at].map((c) => normaliseText(c));
  const provinceCol = header.findIndex((c) => PROVINCE_HEADER.test(c));
  const linkCol = header.findIndex((c) => LINK_HEADER.test(c));
  const tabCol = header.findIndex((c, i) => i !== linkCol && TAB_HEADER.test(c));
  const contactsCol = header.findIndex((c, i) => i !== linkCol && i !== tabCol && CONTACTS_HEADER.test(c));
  const sources: PlannedSource[] = [];
  const provinces = new Map<string, Province>();
  const contacts = new Map<string, string[]>();
  const contactProblems: Text[] = [];
  for (let r = at + 1; r < rows.length; r++) {
    const provinceText = normaliseText(rows[r][provinceCol] ?? '');
    const link = (rows[r][linkCol] ?? '').trim();
    const tab = tabCol >= 0 ? normaliseText(rows[r][tabCol] ?? '') : '';
    const mail = contactsCol >= 0 ? parseAddresses(rows[r][contactsCol] ?? '', r + 1) : null;
    if (!provinceText && !link && !mail?.addresses.length && !mail?.problems.length) continue;
    const province = provinceText ? findProvince(provinceText) : undefined;
    if (province) provinces.set(province.code, province);
    if (mail) {
      contactProblems.push(...mail.problems);
      if (province) addContacts(contacts, province.code, mail.addresses);
      else if (mail.addresses.length > 0) contactProblems.push(F.contactsNoProvince(r + 1));
    }
    if (!link) continue;
    const id = spreadsheetId(link);
    const label = id ? `${fileUrl(id)}${tab ? ` › ${tab}` : ''}` : link;
    const display = province?.nameTh ?? provinceText ?? label;
    if (!province) {
      sources.push({
        label,
        display: display || label,
        hint: null,
        locator: null,
        invalid: { status: 'noProvince', detail: M.registerProvinceUnknown(r + 1, provinceText) },
      });
    } else if (!id) {
      sources.push({
        label,
        display,
        hint: province.code,
        locator: null,
        invalid: { status: 'notFound', detail: M.badFileAddress(link) },
      });
    } else {
      sources.push({ label, display, hint: province.code, locator: { kind: 'file', id, tab: tab || null } });
    }
  }
  if (sources.length === 0) return { ok: false, message: M.registerEmpty };
  return { ok: true, sources, provinces: [...provinces.values()], contacts, contactProblems };
}

/** Reads the register sheet (two calls); a missing sheet is a message saying how to make it. */
export function readRegister(ss: SpreadsheetApi, days: SheetDays): RegisterRead {
  const sheet = ss.getSheetByName(REGISTER_SHEET);
  if (!sheet) return { ok: false, message: M.registerMissing };
  const rows = readUsedBlock(sheet, days).map((r) => r.map(cellText));
  return registerSources(rows);
}

/** The register's header: the consolidation's columns, then the follow-up e-mail's, then the note. */
export function registerHeader(): string[] {
  const header = [...M.registerHeader];
  header.splice(header.length - 1, 0, F.registerHeader);
  return header;
}

/** The register's cells for every DLA province, by inspection zone then DOPA code, with empty link, tab and e-mail columns. */
export function registerTemplate(): (string | number)[][] {
  const ordered = [...DLA_PROVINCES].sort(
    (a, b) => a.zone - b.zone || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const header = registerHeader();
  const width = header.length;
  const pad = (cells: (string | number)[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  return [
    pad([M.registerTitle]),
    header.map(asSheetText),
    ...ordered.map((p, i) => pad([i + 1, zoneHeading(p.zone), p.nameTh])),
  ];
}

/** Makes the register when the workbook has none (a few calls, once); an existing one is never touched. */
export function createRegister(ss: SpreadsheetApi): Text {
  if (ss.getSheetByName(REGISTER_SHEET)) return M.registerExists;
  const values = registerTemplate();
  const sheet = ss.insertSheet(REGISTER_SHEET);
  const width = values[1].length;
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.getRange(1, 1, 2, width).setFontWeight('bold');
  sheet.setFrozenRows(2);
  sheet.setColumnWidths(4, 1, 420);
  sheet.setColumnWidths(6, 1, 320);
  return M.registerCreated(values.length - 2);
}
