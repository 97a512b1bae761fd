// Embedded charts and their builder. The builder is local in Apps Script (not counted); a built chart's methods are
// Spreadsheet calls. `info` is the twin-only, uncounted view a test asserts on.

import type { ChartApi, ChartBuilderApi, RangeApi } from '../addon/adapter/services';
import type { ServiceCounter } from './counter';

export interface ChartPosition {
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface ChartInfo {
  readonly type: GoogleAppsScript.Charts.ChartType | null;
  /** each added range as "Sheet!A1:B2" */
  readonly ranges: string[];
  readonly options: Record<string, unknown>;
  readonly position: ChartPosition | null;
}

/** What a chart needs of a range: its A1 text with the sheet name (the twin's ranges provide it). */
export interface NamedRange extends RangeApi {
  qualifiedA1(): string;
}

function qualified(range: RangeApi): string {
  const named = range as Partial<NamedRange>;
  return typeof named.qualifiedA1 === 'function' ? named.qualifiedA1() : range.getA1Notation();
}

export class TwinChart implements ChartApi {
  constructor(
    private readonly counter: ServiceCounter,
    private readonly data: ChartInfo,
  ) {}

  getOptions(): { get(option: string): unknown } {
    this.counter.call('Chart', 'getOptions');
    const options = { ...this.data.options };
    return { get: (option: string) => options[option] };
  }

  /** twin-only, uncounted */
  get info(): ChartInfo {
    return { ...this.data, ranges: [...this.data.ranges], options: { ...this.data.options } };
  }
}

export class TwinChartBuilder implements ChartBuilderApi {
  private type: GoogleAppsScript.Charts.ChartType | null = null;
  private readonly ranges: string[] = [];
  private readonly options: Record<string, unknown> = {};
  private position: ChartPosition | null = null;

  constructor(private readonly counter: ServiceCounter) {}

  addRange(range: RangeApi): this {
    this.ranges.push(qualified(range));
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.options[option] = value;
    return this;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.type = type;
    return this;
  }

  build(): TwinChart {
    return new TwinChart(this.counter, {
      type: this.type,
      ranges: [...this.ranges],
      options: { ...this.options },
      position: this.position,
    });
  }
}
