// The ทะเบียน อปท. dialog in the browser: the built-in registry, or DLA's open-data CSV read here (UTF-8 or Windows-874,
// parsed with papaparse), keeping only the report's province, so only those rows travel to the server.
/// <reference lib="dom" />

import Papa from 'papaparse';
import { closeDialog, runServer } from '../client/scriptRun';
import { findProvince } from '../core/geo/provinces';
import { registryDialogMessages as M } from '../core/messages/dialogs';
import { normaliseText } from '../core/normalise/text';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-874, which Thai Excel writes. */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

/** The header row and the rows of one province, from a parsed table whose header has a จังหวัด column. */
export function rowsOfProvince(table: readonly string[][], provinceCode: string): string[][] | null {
  const header = table[0];
  const column = header ? header.findIndex((h) => normaliseText(h) === 'จังหวัด') : -1;
  if (column < 0) return null;
  return [header, ...table.slice(1).filter((r) => findProvince(r[column] ?? '')?.code === provinceCode)];
}

async function send(rows: string[][] | null, status: HTMLElement): Promise<void> {
  const call = (confirmed: boolean) =>
    rows ? runServer('importRegistryRows', rows, confirmed) : runServer('useDemoRegistry', confirmed);
  let answer = await call(false);
  if (answer.needsConfirmation && window.confirm(answer.message)) answer = await call(true);
  status.textContent = answer.message;
  status.className = answer.ok ? '' : 'error';
}

async function start(): Promise<void> {
  const app = document.getElementById('app') as HTMLElement;
  const context = await runServer('getRegistryDialogContext');
  app.replaceChildren();
  app.append(el('h1', M.heading.th), el('p', M.province(context.province?.name ?? null).th));
  const status = el('p');
  status.id = 'message';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  if (context.province) {
    const province = context.province;
    if (context.demoAvailable) {
      const demo = el('button', M.useDemo.th);
      demo.type = 'button';
      demo.addEventListener(
        'click',
        () => void send(null, status).catch((e: Error) => (status.textContent = e.message)),
      );
      app.append(demo);
    }
    const label = el('label', M.chooseFile.th);
    label.htmlFor = 'file';
    const input = el('input');
    input.type = 'file';
    input.id = 'file';
    input.accept = '.csv,text/csv';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      status.className = '';
      status.textContent = M.reading.th;
      const parsed = Papa.parse<string[]>(decodeCsv(await file.arrayBuffer()), { skipEmptyLines: true });
      const rows = rowsOfProvince(parsed.data, province.code);
      if (!rows) {
        status.textContent = M.notCsv.th;
        status.className = 'error';
        return;
      }
      status.textContent = M.sending(rows.length - 1).th;
      await send(rows, status).catch((e: Error) => (status.textContent = e.message));
    });
    app.append(label, input);
  }
  const close = el('button', M.close.th);
  close.type = 'button';
  close.addEventListener('click', closeDialog);
  app.append(status, close);
}

if (typeof document !== 'undefined' && document.getElementById('app')) void start();
