// Two people at once and runs left behind: a second start while a run is live is refused with its owner's name and the first
// run ends as if alone; a busy lock, a waiting trigger, a saved run and a dead execution are each handled without damage.

import { STATE_KEY } from '../../src/addon/consolidate/runLog';
import { type NationalRunConfig, runNational } from '../../src/addon/consolidate/runner';
import { parseState } from '../../src/addon/consolidate/runState';
import { FILES_RUN } from '../../src/central/config';
import { STAFF } from './fixture';
import { scenario } from './scenario';
import { outputs } from './tables';

jest.setTimeout(60_000);

const OTHER = 'director@dla.go.th';
const ONE_SHOT = scenario({ scriptApp: true });
runNational(ONE_SHOT.twin.services, FILES_RUN, 'start');
// the central script's run made to wait for ทำต่อ, as the officer add-on's does (its permission check still asks ScriptApp)
const MANUAL: NationalRunConfig = { ...FILES_RUN, continuation: null };

const stateOf = (c: ReturnType<typeof scenario>) => parseState(c.twin.workbook.documentProperties.get(STATE_KEY));

test('a second start while the first is reading is refused with the first one’s name; the first finishes as if alone', () => {
  const c = scenario({ scriptApp: true });
  const { twin } = c;
  const base = twin.env.now;
  let second: ReturnType<typeof runNational> | null = null;
  let stateBefore = '';
  let stateAfter = '';
  twin.clock = () => {
    const now = base();
    // once the first run is half way, someone else clicks รวมผลทั้งประเทศ (the twin runs both in one thread)
    if (second === null && (twin.counter.byMethod['SpreadsheetApp.openById'] ?? 0) === 4) {
      second = { kind: 'refused', message: { th: '', en: '' } }; // re-entry guard
      stateBefore = twin.workbook.documentProperties.get(STATE_KEY)!;
      twin.setUser(OTHER);
      second = runNational(twin.services, FILES_RUN, 'start');
      stateAfter = twin.workbook.documentProperties.get(STATE_KEY)!;
      twin.setUser(STAFF);
    }
    return now;
  };
  const first = runNational(twin.services, FILES_RUN, 'start');
  expect(second).not.toBeNull();
  expect(second!.kind).toBe('refused');
  expect(second!.message.th).toContain(`${STAFF} กำลังรวมผลอยู่`);
  expect(second!.message.th).toMatch(/อ่านแล้ว \d+ \/ 10\)/);
  // the refusal wrote nothing
  expect(stateAfter).toBe(stateBefore);
  expect(first.kind).toBe('finished');
  expect(outputs(twin)).toEqual(outputs(ONE_SHOT.twin));
});

test('the document lock held by another execution: told to wait a moment, nothing written', () => {
  const c = scenario({ scriptApp: true });
  c.twin.workbook.lock.holdBy('another-execution');
  const before = new Map(c.twin.workbook.documentProperties);
  const outcome = runNational(c.twin.services, FILES_RUN, 'start');
  expect(outcome).toEqual({
    kind: 'refused',
    message: expect.objectContaining({ th: expect.stringContaining('กรุณารอสักครู่') }),
  });
  expect(c.twin.workbook.documentProperties).toEqual(before);
  expect(c.twin.counter.byMethod['SpreadsheetApp.openById']).toBeUndefined();
});

test('a run waiting for its trigger: another person’s start is refused with the owner and the time it continues; the trigger finishes it', () => {
  const c = scenario({ scriptApp: true, msPerCall: 20_000 });
  const { twin } = c;
  expect(runNational(twin.services, FILES_RUN, 'start').kind).toBe('paused');
  const saved = twin.workbook.documentProperties.get(STATE_KEY);
  twin.setUser(OTHER);
  const refused = runNational(twin.services, FILES_RUN, 'start');
  expect(refused.kind).toBe('refused');
  expect(refused.message.th).toContain(`ที่ ${STAFF} เริ่มไว้`);
  expect(refused.message.th).toMatch(/จะทำต่อเองเวลาประมาณ \d\d:\d\d น\./);
  expect(twin.workbook.documentProperties.get(STATE_KEY)).toBe(saved);
  twin.setUser(STAFF);
  let outcome = runNational(twin.services, FILES_RUN, 'trigger');
  while (outcome.kind === 'paused') outcome = runNational(twin.services, FILES_RUN, 'trigger');
  expect(outcome.kind).toBe('finished');
  expect(outputs(twin)).toEqual(outputs(ONE_SHOT.twin));
});

test('ทำต่อ while the trigger is still waiting goes on at once; the trigger then finds nothing to do', () => {
  const c = scenario({ scriptApp: true, msPerCall: 20_000 });
  const { twin } = c;
  expect(runNational(twin.services, FILES_RUN, 'start').kind).toBe('paused');
  let outcome = runNational(twin.services, FILES_RUN, 'continue');
  while (outcome.kind === 'paused') outcome = runNational(twin.services, FILES_RUN, 'continue');
  expect(outcome.kind).toBe('finished');
  expect(twin.scriptApp.triggers).toEqual([]);
  expect(runNational(twin.services, FILES_RUN, 'trigger')).toEqual({
    kind: 'refused',
    message: expect.objectContaining({ th: expect.stringContaining('ไม่มีการรวมผลที่ค้างอยู่') }),
  });
  expect(outputs(twin)).toEqual(outputs(ONE_SHOT.twin));
});

test('a saved run without a trigger: starting again asks; continuing gives the one-shot result, starting over discards it', () => {
  const c = scenario({ scriptApp: true, msPerCall: 20_000 });
  const { twin } = c;
  const paused = runNational(twin.services, MANUAL, 'start');
  expect(paused.kind).toBe('paused');
  expect(paused.message.th).toContain('รวมผลทั้งประเทศ: ทำต่อ');
  const firstId = stateOf(c)!.id;
  const ask = runNational(twin.services, MANUAL, 'start');
  expect(ask.kind).toBe('choose');
  expect(ask.message.th).toContain(STAFF);
  expect(stateOf(c)!.id).toBe(firstId);
  // start over: a new run id, the old pages gone, and the same result in the end
  let outcome = runNational(twin.services, MANUAL, 'restart');
  expect(stateOf(c)?.id ?? 'ended').not.toBe(firstId);
  while (outcome.kind === 'paused') outcome = runNational(twin.services, MANUAL, 'continue');
  expect(outcome.kind).toBe('finished');
  expect(outputs(twin)).toEqual(outputs(ONE_SHOT.twin));
});

test('a run whose execution died (no sign of life for 7 minutes) is not “running” any more: it can be continued', () => {
  const c = scenario({ scriptApp: true, msPerCall: 20_000 });
  const { twin } = c;
  expect(runNational(twin.services, MANUAL, 'start').kind).toBe('paused');
  // as if an execution had taken the run and been killed: running, heartbeat long ago
  const state = stateOf(c)!;
  twin.workbook.documentProperties.set(
    STATE_KEY,
    JSON.stringify({ ...state, status: 'running', heartbeat: twin.services.now() - 8 * 60_000, execution: 'dead' }),
  );
  expect(runNational(twin.services, MANUAL, 'start').kind).toBe('choose');
  let outcome = runNational(twin.services, MANUAL, 'continue');
  while (outcome.kind === 'paused') outcome = runNational(twin.services, MANUAL, 'continue');
  expect(outcome.kind).toBe('finished');
  expect(outputs(twin)).toEqual(outputs(ONE_SHOT.twin));
});

test('nothing saved: ทำต่อ says there is nothing to continue and how to start', () => {
  const c = scenario({ scriptApp: true });
  const outcome = runNational(c.twin.services, FILES_RUN, 'continue');
  expect(outcome.kind).toBe('refused');
  expect(outcome.message.th).toContain('ใช้เมนู รวมผลทั้งประเทศ');
});
