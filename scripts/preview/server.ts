// The local preview server on 127.0.0.1 (no authentication: one person's tool): the built sidebar and dialogs with a
// google.script.run stand-in running dist/Code.js in node:vm against an in-memory twin, and the workbook as HTML tables.

import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../src/node/packageRoot';
import type { Twin } from '../../src/twin';
import { Executions } from './executions';
import { cellShown, escapeHtml, indexPage, workbookPage } from './pages';
import { SAMPLE_WORKBOOK, twinFromWorkbook } from './seed';
import { withStandIn } from './standIn';

export interface PreviewOptions {
  readonly port?: number;
  readonly host?: string;
  readonly distDir?: string;
  readonly workbookFile?: string;
  /** Session.getActiveUser().getEmail() when the page does not name a user (?user=…) */
  readonly userEmail?: string;
}

export interface Preview {
  readonly url: string;
  readonly twin: Twin;
  readonly executions: Executions;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
export const DEFAULT_USER = 'officer@example.go.th';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('request body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

function sheetsJson(twin: Twin): Record<string, { values: unknown[][]; formulas: string[][] }> {
  const out: Record<string, { values: unknown[][]; formulas: string[][] }> = {};
  for (const sheet of twin.workbook.sheets) {
    const view = sheet.peek();
    // Dates as yyyy-mm-dd (the day the sheet shows), everything else as the cell holds it
    out[sheet.name] = {
      values: view.values.map((row) => row.map((v) => (typeof v === 'object' ? cellShown(twin.workbook, v, '') : v))),
      formulas: view.formulas,
    };
  }
  return out;
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const distDir = options.distDir ?? join(packageRoot(), 'dist');
  const codeFile = join(distDir, 'Code.js');
  if (!existsSync(codeFile)) throw new Error(`${codeFile} is missing: run npm run build first`);
  const defaultUser = options.userEmail ?? DEFAULT_USER;
  const twin = await twinFromWorkbook(options.workbookFile ?? SAMPLE_WORKBOOK, { userEmail: defaultUser, distDir });
  const executions = new Executions(twin, codeFile);
  const functions = executions.functionNames();
  await executions.run('onOpen', '[{"authMode":"FULL"}]', defaultUser);
  const menu = (twin.ui.menusOnUi.at(-1)?.items ?? []).filter(
    (i): i is { caption: string; functionName: string } => i !== 'separator',
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview.local');
    const user = url.searchParams.get('user') || defaultUser;
    const path = url.pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', indexPage(menu));
    if (req.method === 'GET' && path === '/workbook')
      return send(res, 200, 'text/html', workbookPage(twin, executions.records));
    if (req.method === 'GET' && path === '/state.json') {
      return send(
        res,
        200,
        'application/json',
        JSON.stringify({
          sheets: sheetsJson(twin),
          executions: executions.records,
          lock: { holder: twin.workbook.lock.holder },
        }),
      );
    }
    if (req.method === 'GET' && path === '/sidebar') {
      if (!functions.includes('openEntrySidebar')) {
        return send(
          res,
          501,
          'text/html',
          `<p>dist/Code.js has no top-level <code>openEntrySidebar</code>: wire the entry exports in src/addon/main.ts and rebuild. Functions found: ${escapeHtml(functions.join(', '))}</p>`,
        );
      }
      const answer = await executions.run('openEntrySidebar', '[]', user);
      const shown = twin.ui.sidebars.at(-1);
      if (!answer.record.ok || !shown)
        return send(res, 500, 'text/plain', `openEntrySidebar failed: ${answer.error ?? 'no sidebar shown'}`);
      return send(res, 200, 'text/html', withStandIn(shown.content));
    }
    const ui = /^\/ui\/(sidebar|dialog)\/(\d+)$/.exec(path);
    if (req.method === 'GET' && ui) {
      const shown = (ui[1] === 'sidebar' ? twin.ui.sidebars : twin.ui.dialogs)[Number(ui[2])];
      return shown
        ? send(res, 200, 'text/html', withStandIn(shown.content))
        : send(res, 404, 'text/plain', 'no such dialog');
    }
    const run = /^\/run\/([^/]+)$/.exec(path);
    if (req.method === 'POST' && run) {
      const fn = decodeURIComponent(run[1]);
      // only what the bundle declares at top level may be called (not `constructor` or `toString`, which every object has),
      // and, as in Apps Script, not a private function ending in _
      if (!functions.includes(fn) || fn.endsWith('_')) {
        return send(
          res,
          404,
          'application/json',
          JSON.stringify({
            ok: false,
            error: `Script function not found: ${fn} (dist/Code.js declares: ${functions.filter((f) => !f.endsWith('_')).join(', ')})`,
          }),
        );
      }
      const sidebars = twin.ui.sidebars.length;
      const dialogs = twin.ui.dialogs.length;
      const answer = await executions.run(fn, (await readBody(req)) || '[]', user);
      // a lost answer: the server did the work, the browser hears nothing back
      if (answer.drop) return void res.socket?.destroy();
      const opened = {
        ...(twin.ui.sidebars.length > sidebars
          ? { sidebar: `/ui/sidebar/${twin.ui.sidebars.length - 1}?user=${encodeURIComponent(user)}` }
          : {}),
        ...(twin.ui.dialogs.length > dialogs
          ? { dialog: `/ui/dialog/${twin.ui.dialogs.length - 1}?user=${encodeURIComponent(user)}` }
          : {}),
      };
      const body =
        answer.error === undefined
          ? { ok: true, json: answer.json, ...opened }
          : { ok: false, error: answer.error, ...opened };
      return send(res, 200, 'application/json', JSON.stringify(body));
    }
    if (req.method === 'POST' && path === '/faults') {
      const faults = JSON.parse((await readBody(req)) || '{}') as {
        holdLockForAttempts?: number;
        dropResponses?: Record<string, number>;
      };
      if (faults.holdLockForAttempts)
        twin.workbook.lock.holdBy('another-execution', { releaseAfterAttempts: faults.holdLockForAttempts });
      for (const [fn, n] of Object.entries(faults.dropResponses ?? {})) executions.faults.dropResponses.set(fn, n);
      return send(res, 200, 'application/json', '{"ok":true}');
    }
    send(res, 404, 'text/plain', 'not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain', e instanceof Error ? e.message : String(e));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    twin,
    executions,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
