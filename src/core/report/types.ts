// The report document every front end renders: tables of cells with formats and row styles, plus bar charts.
// The core builds it once; the xlsx writer, the HTML page, the terminal and the add-on's sheets only lay it out.

export type CellFormat = 'text' | 'integer' | 'money' | 'percent';

export interface ReportColumn {
  readonly header: string;
  readonly format: CellFormat;
  /** width in characters, enough for Thai text */
  readonly width: number;
}

/** heading: a group title across the whole row (e.g. an inspection zone); subtotal: a bold รวม row; total: the grand total */
export type RowStyle = 'normal' | 'heading' | 'subtotal' | 'total';

export type ReportCell = string | number | null;

export interface ReportRow {
  /** money cells hold baht (two decimals), percent cells hold the percentage (12.5 means 12.5 %) */
  readonly cells: readonly ReportCell[];
  readonly style: RowStyle;
}

/**
 * What a table is, so a front end finds it by meaning rather than by place: the results (tables[0], and its continuations
 * when the form has more figures than one A4 table holds), the comparison with targets, who has not reported, the problems.
 */
export type TableKind = 'results' | 'targets' | 'notReported' | 'owners' | 'status' | 'crossLinks' | 'problems';

export interface ReportTable {
  /** the sheet (tab) name in xlsx and in the add-on: สรุปรายอำเภอ, ยังไม่รายงาน, ปัญหาข้อมูล */
  readonly sheetName: string;
  readonly kind?: TableKind;
  readonly title: string;
  /** lines under the title: scope, "ข้อมูล ณ วันที่ …", period */
  readonly subtitle: readonly string[];
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  readonly footnotes: readonly string[];
  /**
   * The HTML shows at most this many rows under each heading row (a province or a district), then how many are left and
   * that the xlsx has them all; the xlsx and the add-on always write every row.
   */
  readonly htmlRowsPerGroup?: number;
}

/** A big number of the first page: the figure, and against its target when one is given (money in baht, like cells). */
export interface KeyFigure {
  /** the metric's key, or `participation` for the reporting rate */
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly format: CellFormat;
  /** unit shown after the value: บาท, คน, % */
  readonly unit: string;
  /** what the value is made of, e.g. "120 จาก 150 แห่ง" under a reporting rate */
  readonly detail?: string;
  /** the target in the value's unit; absent when the targets give none */
  readonly target?: number;
  /** the value as % of the target, one decimal (null when the target is 0) */
  readonly percentOfTarget?: number | null;
}

export interface BarChart {
  readonly title: string;
  readonly categories: readonly string[];
  readonly values: readonly number[];
  readonly format: CellFormat;
  /** unit shown after values: บาท, % */
  readonly unit: string;
}

export interface ReportDocument {
  /** the document title (HTML <title>, xlsx properties) */
  readonly title: string;
  readonly tables: readonly ReportTable[];
  readonly charts: readonly BarChart[];
  /** data source attribution line */
  readonly attribution: string;
  /** the first page's lines under the title: scope, "ข้อมูล ณ วันที่ …" in B.E., period (else the first table's) */
  readonly subtitle?: readonly string[];
  /** the first page's big numbers, computed from the same totals as the results table */
  readonly keyFigures?: readonly KeyFigure[];
  /** a choropleth drawn as one self-contained SVG (provinces or a province's districts), shown on the first page */
  readonly mapSvg?: string;
}
