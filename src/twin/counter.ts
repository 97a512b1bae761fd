// Counts what the twin's callers cost in Apps Script terms: Spreadsheet-service round trips (by target and method),
// cells moved by the 2-D calls, and, kept apart, calls to the Ui, Html, Lock, Properties and Session services.

/** Objects of the Spreadsheet service: every method call on them is a round trip in Apps Script. */
export type SpreadsheetTarget =
  | 'SpreadsheetApp'
  | 'Spreadsheet'
  | 'Sheet'
  | 'Range'
  | 'Protection'
  | 'DeveloperMetadata'
  | 'Chart';
/** Objects of the other services: counted separately, never as Spreadsheet calls. */
export type OtherTarget =
  | 'Ui'
  | 'Menu'
  | 'HtmlService'
  | 'HtmlOutput'
  | 'LockService'
  | 'Lock'
  | 'PropertiesService'
  | 'Properties'
  | 'Session'
  | 'ScriptApp'
  | 'AuthorizationInfo'
  | 'Trigger'
  | 'MailApp'
  | 'Utilities';

export interface CallRecord {
  readonly target: SpreadsheetTarget | OtherTarget;
  readonly method: string;
}

/** A frozen copy of the counts at one moment, or the difference between two moments. */
export interface CounterSnapshot {
  /** Spreadsheet-service calls */
  readonly calls: number;
  /** Spreadsheet-service calls by 'Target.method', e.g. { 'Range.getValues': 1 } */
  readonly byMethod: Readonly<Record<string, number>>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** Ui, Menu, HtmlService, HtmlOutput, LockService, Lock, PropertiesService, Properties and Session calls */
  readonly otherCalls: number;
  readonly otherByMethod: Readonly<Record<string, number>>;
}

export class ServiceCounter {
  calls = 0;
  byMethod: Record<string, number> = {};
  cellsRead = 0;
  cellsWritten = 0;
  otherCalls = 0;
  otherByMethod: Record<string, number> = {};
  /** Every call in order, both kinds (turn off with `logging = false` when a run makes millions of calls). */
  readonly log: CallRecord[] = [];
  logging = true;
  /** Runs before each call is counted and may refuse it: the twin's manifest check (scopes.ts); allows all by default. */
  authorize: (key: string) => void = () => {};

  /** One Spreadsheet-service call. */
  call(target: SpreadsheetTarget, method: string): void {
    const key = `${target}.${method}`;
    this.authorize(key);
    this.calls++;
    this.byMethod[key] = (this.byMethod[key] ?? 0) + 1;
    if (this.logging) this.log.push({ target, method });
  }

  /** One call to a service other than Spreadsheet. */
  other(target: OtherTarget, method: string): void {
    const key = `${target}.${method}`;
    this.authorize(key);
    this.otherCalls++;
    this.otherByMethod[key] = (this.otherByMethod[key] ?? 0) + 1;
    if (this.logging) this.log.push({ target, method });
  }

  read(cells: number): void {
    this.cellsRead += cells;
  }

  wrote(cells: number): void {
    this.cellsWritten += cells;
  }

  /** Calls of one 'Target.method' so far, either kind (0 when never called). */
  count(key: string): number {
    return this.byMethod[key] ?? this.otherByMethod[key] ?? 0;
  }

  reset(): void {
    this.calls = 0;
    this.byMethod = {};
    this.cellsRead = 0;
    this.cellsWritten = 0;
    this.otherCalls = 0;
    this.otherByMethod = {};
    this.log.length = 0;
  }

  snapshot(): CounterSnapshot {
    return {
      calls: this.calls,
      byMethod: { ...this.byMethod },
      cellsRead: this.cellsRead,
      cellsWritten: this.cellsWritten,
      otherCalls: this.otherCalls,
      otherByMethod: { ...this.otherByMethod },
    };
  }

  /** What happened since `before` (methods not called since are left out). */
  since(before: CounterSnapshot): CounterSnapshot {
    return {
      calls: this.calls - before.calls,
      byMethod: diff(this.byMethod, before.byMethod),
      cellsRead: this.cellsRead - before.cellsRead,
      cellsWritten: this.cellsWritten - before.cellsWritten,
      otherCalls: this.otherCalls - before.otherCalls,
      otherByMethod: diff(this.otherByMethod, before.otherByMethod),
    };
  }

  /** Runs `work` and returns its result with the counts it caused. */
  measure<T>(work: () => T): { result: T; counts: CounterSnapshot } {
    const before = this.snapshot();
    const result = work();
    return { result, counts: this.since(before) };
  }
}

function diff(now: Record<string, number>, before: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(now)) {
    const d = now[key] - (before[key] ?? 0);
    if (d !== 0) out[key] = d;
  }
  return out;
}
