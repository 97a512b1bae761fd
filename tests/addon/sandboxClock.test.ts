// The clock a bundle sees in the tests' node:vm sandboxes and in the preview: the test's (a fixed instant by default), never
// the machine's, with the rest of Date and the twin's Dates working as in any V8 context.

import { writeFileSync } from 'node:fs';
import vm from 'node:vm';
import { Executions } from '../../scripts/preview/executions';
import { asGlobals, createServices } from '../../src/twin';
import { CENTRAL_BUNDLE, load } from '../central/sandbox';
import { loadBundle, SANDBOX_NOW } from '../support/appsScriptSandbox';
import { tempDir } from '../support/tempDir';

/** What the context's Date says now, as plain numbers and text. */
const readings = (context: vm.Context) =>
  vm.runInContext(
    '({ now: Date.now(), made: new Date().getTime(), called: Date(), iso: new Date().toISOString() })',
    context,
  ) as {
    now: number;
    made: number;
    called: string;
    iso: string;
  };

/** Waits until the machine's clock has moved on. */
function letTimePass(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

describe('the sandboxes that load a bundle', () => {
  test.each([
    ['dist/Code.js (loadBundle)', () => loadBundle({}).context],
    ['central/dist/Code.js (load)', () => load(CENTRAL_BUNDLE, {}).context],
  ])('%s: today is the fixed instant and stays it while the machine clock moves', (_, make) => {
    const context = make();
    const first = readings(context);
    letTimePass(5);
    const later = readings(context);
    expect(first).toEqual({
      now: SANDBOX_NOW,
      made: SANDBOX_NOW,
      called: new Date(SANDBOX_NOW).toString(),
      iso: '2026-11-21T02:00:00.000Z',
    });
    expect(later).toEqual(first);
  });

  test('a test’s clock is read on every call', () => {
    let t = Date.UTC(2031, 0, 2, 3, 4, 5);
    const { context } = loadBundle({}, () => t);
    expect(readings(context).iso).toBe('2031-01-02T03:04:05.000Z');
    t += 86_400_000;
    expect(readings(context)).toMatchObject({ now: t, made: t, iso: '2031-01-03T03:04:05.000Z' });
  });

  test('Dates with arguments, Date.UTC, Date.parse, instanceof, constructor and subclasses are the context’s own', () => {
    const { context } = loadBundle({});
    const out = vm.runInContext(
      `(() => {
        class Day extends Date {}
        const d = new Date(2020, 0, 31, 12);
        return [d.getFullYear(), d.getMonth(), d.getDate(), new Date(0).getTime(), Date.UTC(2020, 1, 29), Date.parse('2020-02-29T00:00:00Z'),
          d instanceof Date, d.constructor === Date, Object.prototype.toString.call(d), new Day(5).getTime(), new Day() instanceof Date, new Day().getTime()];
      })()`,
      context,
    );
    expect(out).toEqual([
      2020,
      0,
      31,
      0,
      Date.UTC(2020, 1, 29),
      Date.UTC(2020, 1, 29),
      true,
      true,
      '[object Date]',
      5,
      true,
      SANDBOX_NOW,
    ]);
  });

  test('Dates the twin hands in once bound to the context are Dates of the context', () => {
    const instant = Date.UTC(2026, 10, 1, 5);
    const twin = createServices({ sheets: { Data: [[new Date(instant)]] } });
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    const read = vm.runInContext(
      '(() => { const v = SpreadsheetApp.getActiveSheet().getDataRange().getValues()[0][0]; return [v instanceof Date, v.constructor === Date, v.getTime()]; })',
      context,
    ) as () => unknown[];
    expect(read()).toEqual([true, true, instant]);
  });
});

describe('the preview’s executions', () => {
  test('each execution reads the twin’s clock', async () => {
    const tmp = tempDir();
    try {
      const code = tmp.path('Code.js');
      writeFileSync(code, 'function whatTime() { return { now: Date.now(), made: new Date().getTime() }; }\n');
      const twin = createServices();
      twin.clock = () => SANDBOX_NOW;
      const executions = new Executions(twin, code);
      expect(JSON.parse((await executions.run('whatTime', '[]', '')).json!)).toEqual({
        now: SANDBOX_NOW,
        made: SANDBOX_NOW,
      });
      twin.clock = () => SANDBOX_NOW + 1;
      expect(JSON.parse((await executions.run('whatTime', '[]', '')).json!)).toEqual({
        now: SANDBOX_NOW + 1,
        made: SANDBOX_NOW + 1,
      });
    } finally {
      tmp.cleanup();
    }
  });
});
