// The protections of one sheet: its sheet protection, its range protections in creation order, and the check that
// refuses a write into one the current user may not edit (uncounted; the sheet and ranges make the counted calls).

import { overlaps, type Rect } from './a1';
import { ProtectionType } from './enums';
import { fail, MESSAGES } from './errors';
import { type ProtectedSheet, TwinProtection } from './protection';

export class SheetProtections {
  /** range protections, in creation order */
  readonly ranges: TwinProtection[] = [];
  whole: TwinProtection | null = null;

  constructor(private readonly sheet: ProtectedSheet) {}

  /** A protection of `r`, or of the whole sheet for null: the existing one when the sheet is already protected, as in Apps Script. */
  add(r: Rect | null): TwinProtection {
    if (r === null && this.whole) return this.whole;
    const p = new TwinProtection(
      this.sheet,
      r && { row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns },
      this.sheet.env.userEmail,
      (removed) => this.detach(removed),
    );
    if (r === null) this.whole = p;
    else this.ranges.push(p);
    return p;
  }

  /** Sheet.getProtections(type) without the call. */
  ofType(type: GoogleAppsScript.Spreadsheet.ProtectionType): TwinProtection[] {
    if (type === ProtectionType.SHEET) return this.whole ? [this.whole] : [];
    return [...this.ranges];
  }

  /** The sheet protection first (if any), then range protections. */
  all(): TwinProtection[] {
    return this.whole ? [this.whole, ...this.ranges] : [...this.ranges];
  }

  /** Throws as Apps Script does for a write into a protection the current user may not edit. */
  assertEditable(r: Rect): void {
    const email = this.sheet.env.userEmail;
    if (this.whole && !this.whole.allows(email)) fail(MESSAGES.protectedCell);
    for (const p of this.ranges) if (p.rect && overlaps(p.rect, r) && !p.allows(email)) fail(MESSAGES.protectedCell);
  }

  private detach(p: TwinProtection): void {
    if (this.whole === p) this.whole = null;
    const i = this.ranges.indexOf(p);
    if (i >= 0) this.ranges.splice(i, 1);
  }
}
