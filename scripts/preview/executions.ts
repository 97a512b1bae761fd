// Runs google.script.run calls as Apps Script does: each is a new execution loading the built dist/Code.js into a fresh
// node:vm context with the twin's services as globals and the twin's clock as its Date, one at a time in arrival order, recorded
// with what it did under the lock.

import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { asGlobals, type CallRecord, type Twin } from '../../src/twin';
import { setContextClock } from '../../src/twin/contextClock';
import { overTheWire } from './wire';

const SPREADSHEET = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DeveloperMetadata',
  'Chart',
]);

export interface LockUse {
  /** each tryLock/waitLock of the execution, in order */
  readonly tries: readonly boolean[];
  /** the Spreadsheet calls between the lock being taken and released, as 'Target.method' */
  readonly callsInside: readonly string[];
  readonly released: boolean;
}

export interface ExecutionRecord {
  readonly n: number;
  readonly fn: string;
  readonly user: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly spreadsheetCalls: number;
  readonly lock: LockUse | null;
  /** the answer was dropped on purpose (a simulated lost response): the browser saw a network failure */
  readonly dropped: boolean;
}

export interface Answer {
  /** the result as JSON, when the function returned */
  readonly json?: string;
  /** the failure handler's message, when it threw or its result could not cross */
  readonly error?: string;
  readonly drop: boolean;
  readonly record: ExecutionRecord;
}

/** Faults a test or a person can ask for, to see the sidebar cope. */
export interface Faults {
  /** answers to drop, by function name: the function runs, the browser gets a network failure */
  readonly dropResponses: Map<string, number>;
}

function lockUse(log: readonly CallRecord[], tries: readonly boolean[]): LockUse | null {
  const keys = log.map((c) => `${c.target}.${c.method}`);
  if (!keys.some((k) => k === 'Lock.tryLock' || k === 'Lock.waitLock')) return null;
  let taken = -1;
  let t = 0;
  keys.forEach((k, i) => {
    if (k === 'Lock.tryLock' || k === 'Lock.waitLock') {
      if (tries[t] && taken < 0) taken = i;
      t++;
    }
  });
  const release = taken < 0 ? -1 : keys.indexOf('Lock.releaseLock', taken);
  const inside = taken < 0 ? [] : log.slice(taken + 1, release < 0 ? undefined : release);
  return {
    tries,
    callsInside: inside.filter((c) => SPREADSHEET.has(c.target)).map((c) => `${c.target}.${c.method}`),
    released: taken < 0 || release >= 0,
  };
}

export class Executions {
  readonly records: ExecutionRecord[] = [];
  readonly faults: Faults = { dropResponses: new Map() };
  private readonly script: vm.Script;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly twin: Twin,
    codeFile: string,
  ) {
    this.script = new vm.Script(readFileSync(codeFile, 'utf8'), { filename: 'Code.js' });
  }

  /** The bundle's top-level functions (what google.script.run may call). */
  functionNames(): string[] {
    const context = vm.createContext({});
    const before = new Set(Object.getOwnPropertyNames(context));
    this.script.runInContext(context);
    return Object.getOwnPropertyNames(context).filter((n) => !before.has(n) && typeof context[n] === 'function');
  }

  /** Queues one call; `argsJson` is the JSON array the browser sent. */
  run(fn: string, argsJson: string, user: string): Promise<Answer> {
    const next = this.queue.then(() => this.execute(fn, argsJson, user));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private execute(fn: string, argsJson: string, user: string): Answer {
    const { twin } = this;
    const context = vm.createContext({ ...asGlobals(twin.services) });
    // the execution's "now" is the twin's clock (the machine's unless a test sets twin.clock)
    setContextClock(context, () => twin.services.now());
    this.script.runInContext(context);
    twin.bindToContext(context);
    twin.setUser(user);
    const logStart = twin.counter.log.length;
    const callsStart = twin.counter.calls;
    const triesStart = twin.workbook.lock.attempts.length;
    let json: string | undefined;
    let error: string | undefined;
    try {
      const target = context[fn] as unknown;
      if (fn.endsWith('_') || typeof target !== 'function') throw new Error(`Script function not found: ${fn}`);
      // the arguments are made in the execution's own realm, as Apps Script hands them over
      const parse = vm.runInContext('(text) => JSON.parse(text)', context) as (text: string) => unknown;
      const args = parse(argsJson);
      if (!Array.isArray(args)) throw new Error('the arguments must be a JSON array');
      json = overTheWire((target as (...a: unknown[]) => unknown)(...args));
    } catch (e) {
      error = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
    }
    const log = twin.counter.log.slice(logStart);
    twin.counter.log.length = 0;
    const tries = twin.workbook.lock.attempts.slice(triesStart).map((a) => a.acquired);
    // Apps Script releases a lock an execution forgot when the execution ends
    if (twin.workbook.lock.heldByThisExecution) twin.workbook.lock.free();
    const dropsLeft = this.faults.dropResponses.get(fn) ?? 0;
    if (dropsLeft > 0) this.faults.dropResponses.set(fn, dropsLeft - 1);
    const record: ExecutionRecord = {
      n: this.records.length + 1,
      fn,
      user,
      ok: error === undefined,
      ...(error === undefined ? {} : { error }),
      spreadsheetCalls: twin.counter.calls - callsStart,
      lock: lockUse(log, tries),
      dropped: dropsLeft > 0,
    };
    this.records.push(record);
    return { json, error, drop: dropsLeft > 0, record };
  }
}
