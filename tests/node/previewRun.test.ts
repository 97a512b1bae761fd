// The preview server's /run/<name> calls only the functions the built bundle declares at top level, as Apps Script does:
// names every object has (constructor, toString) and private names ending in _ are refused with 404 and a message.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { type Preview, startPreview } from '../../scripts/preview/server';
import { ROOT } from '../support/cliFiles';
import { tempDir } from '../support/tempDir';

jest.setTimeout(60_000);

const tmp = tempDir();
let preview: Preview;

beforeAll(async () => {
  // a stand-in for dist/: two entry functions and a private helper, nothing else
  mkdirSync(tmp.path('dist'));
  copyFileSync(`${ROOT}/appsscript.json`, tmp.path('dist/appsscript.json'));
  writeFileSync(
    tmp.path('dist/Code.js'),
    'function onOpen(e) {}\nfunction ping(x) { return { pong: x }; }\nfunction helper_() { return 1; }\n',
  );
  preview = await startPreview({ distDir: tmp.path('dist') });
});
afterAll(async () => {
  await preview.close();
  tmp.cleanup();
});

async function call(name: string): Promise<{ status: number; body: { ok: boolean; json?: string; error?: string } }> {
  const res = await fetch(`${preview.url}/run/${encodeURIComponent(name)}`, { method: 'POST', body: '[7]' });
  return { status: res.status, body: (await res.json()) as { ok: boolean; json?: string; error?: string } };
}

test('a declared function runs', async () => {
  expect(await call('ping')).toEqual({ status: 200, body: { ok: true, json: '{"pong":7}' } });
});

test.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'helper_', 'nothing'])(
  '%s is refused with 404 and a message naming the callable functions',
  async (name) => {
    const before = preview.executions.records.length;
    const { status, body } = await call(name);
    expect(status).toBe(404);
    expect(body.ok).toBe(false);
    expect(body.error).toContain(`Script function not found: ${name}`);
    expect(body.error).toMatch(/declares: onOpen, ping\)$/);
    // nothing ran
    expect(preview.executions.records.length).toBe(before);
  },
);
