// Counts a monthly form's owner-months (a marketer's month of work): how many were reported in each district, how many
// met every minimum of the form, and, per owner, the months reported and the items most often short.

import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';
import type { TableRow } from '../validate/entryTable';
import type { Group, OwnerSummary } from './types';

interface Minimum {
  readonly key: string;
  readonly label: Text;
  readonly min: number;
}

/** An owner's month: where it was counted and its figures summed over its counted rows, by minimum. */
interface OwnerMonth {
  readonly owner: string;
  readonly name: string;
  readonly group: Group;
  readonly figures: Float64Array;
}

/** The form's minimums (its atLeast rules), with the label of the column each is on. */
function minimumsOf(form: FormSpec): Minimum[] {
  return form.rowRules.flatMap((rule) => {
    if (rule.kind !== 'atLeast') return [];
    const column = form.columns.find((c) => c.key === rule.column);
    return column ? [{ key: rule.column, label: column.label, min: rule.min }] : [];
  });
}

export class OwnerMonthTally {
  private readonly minimums: readonly Minimum[];
  private readonly months = new Map<string, OwnerMonth>();
  private undated = 0;

  constructor(form: FormSpec) {
    this.minimums = minimumsOf(form);
  }

  /** A counted row of `group`; a blank figure counts as 0, and so does an item the sheet has no column for. */
  add(row: TableRow, group: Group): void {
    const identity = row.identity;
    if (!identity) return;
    const date = row.date;
    const month = date === null ? `?${this.undated++}` : String(date.year * 12 + date.month);
    const key = `${identity.key}\u0000${month}`;
    let entry = this.months.get(key);
    if (!entry) {
      entry = { owner: identity.key, name: identity.name, group, figures: new Float64Array(this.minimums.length) };
      this.months.set(key, entry);
    }
    for (let m = 0; m < this.minimums.length; m++) entry.figures[m] += row.figure(this.minimums[m].key) ?? 0;
  }

  /** Owner-months and those meeting every minimum, by the group they were counted in. */
  byGroup(): Map<Group, { months: number; meeting: number }> {
    const out = new Map<Group, { months: number; meeting: number }>();
    for (const entry of this.months.values()) {
      const counts = out.get(entry.group) ?? { months: 0, meeting: 0 };
      counts.months++;
      if (this.shortOf(entry).length === 0) counts.meeting++;
      out.set(entry.group, counts);
    }
    return out;
  }

  /** Each owner of the province, in the order first counted. */
  owners(province: { code: string; nameTh: string }): OwnerSummary[] {
    const byOwner = new Map<string, { name: string; months: number; meeting: number; short: number[] }>();
    for (const entry of this.months.values()) {
      const o = byOwner.get(entry.owner) ?? {
        name: entry.name,
        months: 0,
        meeting: 0,
        short: this.minimums.map(() => 0),
      };
      const short = this.shortOf(entry);
      o.months++;
      if (short.length === 0) o.meeting++;
      for (const m of short) o.short[m]++;
      byOwner.set(entry.owner, o);
    }
    return [...byOwner.values()].map((o) => ({
      provinceCode: province.code,
      province: province.nameTh,
      name: o.name,
      months: o.months,
      monthsMeetingMinimums: o.meeting,
      short: this.minimums
        .map((m, i) => ({ key: m.key, label: m.label, months: o.short[i], order: i }))
        .filter((s) => s.months > 0)
        .sort((a, b) => b.months - a.months || a.order - b.order)
        .map(({ key, label, months }) => ({ key, label, months })),
    }));
  }

  /** The minimums a month fell short of, by their place in the form. */
  private shortOf(entry: OwnerMonth): number[] {
    const short: number[] = [];
    for (let m = 0; m < this.minimums.length; m++) if (entry.figures[m] < this.minimums[m].min) short.push(m);
    return short;
  }
}
