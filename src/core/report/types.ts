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

export interface ReportTable {
  /** the sheet (tab) name in xlsx and in the add-on: สรุปรายอำเภอ, ยังไม่รายงาน, ปัญหาข้อมูล */
  readonly sheetName: string;
  readonly title: string;
  /** lines under the title: scope, "ข้อมูล ณ วันที่ …", period */
  readonly subtitle: readonly string[];
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  readonly footnotes: readonly string[];
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
  /** a choropleth drawn as one self-contained SVG (provinces or a province's districts), shown on the first page */
  readonly mapSvg?: string;
}
