// Range and sheet protections (SheetApi.protect, RangeApi.protect): description, warning-only, and canEdit(), which is
// false only for a non-warning protection whose editors a test restricted and the current user is not among.

import type { ProtectionApi, RangeApi } from '../addon/adapter/services';
import { a1Notation, type Rect } from './a1';
import { ProtectionType } from './enums';
import type { TwinEnv } from './env';

/** What a protection needs of its sheet (declared here so that protection.ts does not import the sheet back). */
export interface ProtectedSheet {
  readonly env: TwinEnv;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly workbook: {
    readonly protectedEditors: ReadonlySet<string> | null;
    /** twin-only: the spreadsheet's owner ('' unknown) and other editors */
    readonly owner: string;
    readonly editors: readonly string[];
  };
  rangeAt(r: Rect): RangeApi;
}

export interface ProtectionInfo {
  readonly type: 'RANGE' | 'SHEET';
  /** A1 of the protected range ('' for a sheet protection) */
  readonly a1: string;
  readonly description: string;
  readonly warningOnly: boolean;
}

export class TwinProtection implements ProtectionApi {
  description = '';
  warningOnly = false;
  /** twin-only: who may edit besides the creator; undefined = the workbook's setting */
  editors: ReadonlySet<string> | null | undefined = undefined;
  /**
   * the editors once the script changed them (addEditors, removeEditors, setDomainEdit); until then the protection
   * mirrors the spreadsheet's permissions (https://developers.google.com/apps-script/reference/spreadsheet/range#protect)
   */
  listed: Set<string> | null = null;
  domainEdit = false;
  removed = false;

  constructor(
    readonly sheet: ProtectedSheet,
    /** null for a sheet protection */
    public rect: Rect | null,
    /** the user who protected it (always an editor), '' when unknown */
    readonly createdBy: string,
    /** takes it off its sheet's list (remove) */
    private readonly detach: (p: TwinProtection) => void,
  ) {}

  private count(method: string): void {
    this.sheet.env.counter.call('Protection', method);
  }

  setWarningOnly(warningOnly: boolean): this {
    this.count('setWarningOnly');
    this.warningOnly = warningOnly;
    return this;
  }

  isWarningOnly(): boolean {
    this.count('isWarningOnly');
    return this.warningOnly;
  }

  setDescription(description: string): this {
    this.count('setDescription');
    this.description = description;
    return this;
  }

  getDescription(): string {
    this.count('getDescription');
    return this.description;
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.count('getProtectionType');
    return this.rect ? ProtectionType.RANGE : ProtectionType.SHEET;
  }

  getRange(): RangeApi {
    this.count('getRange');
    const r = this.rect ?? { row: 1, column: 1, numRows: this.sheet.maxRows, numColumns: this.sheet.maxColumns };
    return this.sheet.rangeAt(r);
  }

  remove(): void {
    this.count('remove');
    this.removed = true;
    this.detach(this);
  }

  canEdit(): boolean {
    this.count('canEdit');
    return this.allows(this.sheet.env.userEmail);
  }

  /** The spreadsheet's editors a changed list starts from: the creator and, in the twin, the workbook's named editors. */
  private list(): Set<string> {
    if (this.listed === null) {
      const workbook = this.sheet.workbook.protectedEditors;
      this.listed = new Set(
        [this.createdBy, ...(workbook ?? []), ...this.sheet.workbook.editors].filter((e) => e !== ''),
      );
    }
    return this.listed;
  }

  addEditors(emailAddresses: string[]): this {
    this.count('addEditors');
    for (const e of emailAddresses) this.list().add(e);
    return this;
  }

  /** The owner cannot be removed: "The owner of the spreadsheet is always able to edit" (Protection reference). */
  removeEditors(emailAddresses: string[]): this {
    this.count('removeEditors');
    for (const e of emailAddresses) if (e !== this.sheet.workbook.owner) this.list().delete(e);
    return this;
  }

  getEditors(): { getEmail(): string }[] {
    this.count('getEditors');
    const owner = this.sheet.workbook.owner;
    const emails = [...new Set([...(owner ? [owner] : []), ...this.list()])];
    return emails.map((email) => ({ getEmail: () => email }));
  }

  canDomainEdit(): boolean {
    this.count('canDomainEdit');
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this.count('setDomainEdit');
    this.list();
    this.domainEdit = editable;
    return this;
  }

  /** twin-only, uncounted: whether `email` may edit what this protects */
  allows(email: string): boolean {
    if (this.removed || this.warningOnly) return true;
    if (email !== '' && email === this.sheet.workbook.owner) return true;
    if (this.listed !== null) return this.domainEdit || (email !== '' && this.listed.has(email));
    const editors = this.editors === undefined ? this.sheet.workbook.protectedEditors : this.editors;
    if (editors === null) return true;
    return (email !== '' && email === this.createdBy) || editors.has(email);
  }

  /** twin-only: only these users (and the creator) may edit; null lifts the restriction */
  onlyEditableBy(emails: readonly string[] | null): this {
    this.editors = emails === null ? null : new Set(emails);
    return this;
  }

  /** twin-only, uncounted */
  get info(): ProtectionInfo {
    return {
      type: this.rect ? 'RANGE' : 'SHEET',
      a1: this.rect ? a1Notation(this.rect) : '',
      description: this.description,
      warningOnly: this.warningOnly,
    };
  }
}
