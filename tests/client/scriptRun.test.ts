// The pages' calls to the server: typed from the add-on's entry module (a renamed function or wrong arguments fail
// `tsc --noEmit` in npm test), and carried through google.script.run with its handlers.

import { runServer } from '../../src/client/scriptRun';

type Handler = (value: unknown) => void;

/** A stand-in for google.script.run that answers each call with `answer(name, args)`, or fails it when that throws. */
function fakeRun(answer: (name: string, args: unknown[]) => unknown): string[] {
  const calls: string[] = [];
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get: (_t, key: string) => {
          if (key === 'withSuccessHandler') return (h: Handler) => runner(h, failure);
          if (key === 'withFailureHandler') return (h: Handler) => runner(success, h);
          return (...args: unknown[]) => {
            calls.push(`${key}(${JSON.stringify(args)})`);
            try {
              success(answer(key, args));
            } catch (e) {
              failure(e);
            }
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = {
    script: {
      run: runner(
        () => undefined,
        () => undefined,
      ),
    },
  };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

test('a call reaches the named server function with its arguments and resolves with its answer', async () => {
  const calls = fakeRun((name) =>
    name === 'useDemoRegistry' ? { ok: true, needsConfirmation: false, message: 'ใช้ทะเบียนในตัวแล้ว' } : null,
  );
  await expect(runServer('useDemoRegistry', true)).resolves.toEqual({
    ok: true,
    needsConfirmation: false,
    message: 'ใช้ทะเบียนในตัวแล้ว',
  });
  expect(calls).toEqual(['useDemoRegistry([true])']);
});

test('a failed call rejects with the server’s message', async () => {
  fakeRun(() => {
    throw { message: 'ระบบไม่ว่าง' };
  });
  await expect(runServer('getEntryContext')).rejects.toThrow('ระบบไม่ว่าง');
});

test('outside Apps Script a call rejects instead of hanging', async () => {
  await expect(runServer('getEntryContext')).rejects.toThrow('google.script.run is not available');
});

/** Never run: tsc checks these lines, and fails npm test if any of them compiles. */
// biome-ignore lint/suspicious/noExportsInTest: exported only so that neither tsc nor Biome calls it unused
export function seamIsTyped(): void {
  // @ts-expect-error not a server function of the add-on
  void runServer('submitEntries');
  // @ts-expect-error a helper of the bundle is not callable from a page
  void runServer('guarded');
  // @ts-expect-error submitEntry takes the payload
  void runServer('submitEntry');
  // @ts-expect-error confirmed is a boolean
  void runServer('useDemoRegistry', 'yes');
}
