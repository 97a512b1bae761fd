// Targets (ค่าเป้าหมาย) as the roll-up uses them: per province, optionally per district, by metric key.

export interface TargetRow {
  readonly provinceCode: string;
  /** the registry's district code, or the district's comparison key without a registry; null for a whole-province row */
  readonly district: string | null;
  /** by metric key; money in satang */
  readonly values: Readonly<Record<string, number>>;
}

export interface ExtraTarget {
  readonly key: string;
  /** the column header as the targets table writes it */
  readonly header: string;
  readonly money: boolean;
}

export interface Targets {
  readonly rows: readonly TargetRow[];
  /** target columns that are not roll-up metrics (e.g. งบประมาณ (บาท)): carried and summed, never compared */
  readonly extras: readonly ExtraTarget[];
}
