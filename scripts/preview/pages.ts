// The preview's own pages: the index (the menu's actions as buttons, the sidebar at 300 px, the workbook beside it) and
// the workbook's sheets as HTML tables. Everything taken from the workbook is escaped.

import { columnLetters, type Twin, type TwinSheet, type Workbook } from '../../src/twin';
import type { ExecutionRecord } from './executions';

const MAX_ROWS_SHOWN = 2000;

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A cell as a person reads it in `book`: dates as yyyy-mm-dd in the spreadsheet's own zone, formulas by their text. */
export function cellShown(book: Workbook, value: unknown, formula: string): string {
  if (formula) return formula;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = book.shownDay(value as Date);
    return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  }
  return String(value ?? '');
}

function sheetTable(book: Workbook, sheet: TwinSheet): string {
  const view = sheet.peek();
  const { values, formulas, backgrounds, notes } = view;
  const width = values[0]?.length ?? 0;
  const shown = Math.min(values.length, MAX_ROWS_SHOWN);
  const head = `<tr><th></th>${Array.from({ length: width }, (_, c) => `<th>${columnLetters(c + 1)}</th>`).join('')}</tr>`;
  const body: string[] = [];
  for (let r = 0; r < shown; r++) {
    const cells = values[r].map((v, c) => {
      const colour =
        /^#[0-9a-f]{6}$/.test(backgrounds[r][c]) && backgrounds[r][c] !== '#ffffff'
          ? ` style="background:${backgrounds[r][c]}"`
          : '';
      const note = notes[r][c] ? ` title="${escapeHtml(notes[r][c])}"` : '';
      const kind = formulas[r][c] ? ' class="formula"' : '';
      return `<td${colour}${note}${kind}>${escapeHtml(cellShown(book, v, formulas[r][c]))}</td>`;
    });
    body.push(`<tr><th>${r + 1}</th>${cells.join('')}</tr>`);
  }
  const more = values.length > shown ? `<p>… ${values.length - shown} more rows</p>` : '';
  const hidden = sheet.hidden ? ' <small>(hidden)</small>' : '';
  return `<section><h2>${escapeHtml(sheet.name)}${hidden}</h2><div class="scroll"><table><thead>${head}</thead><tbody>${body.join('')}</tbody></table></div>${more}</section>`;
}

const STYLE = `body{font:14px/1.4 "Sarabun","Noto Sans Thai","Loma",Tahoma,sans-serif;margin:12px;color:#202124}
table{border-collapse:collapse}td,th{border:1px solid #dadce0;padding:2px 6px;vertical-align:top;white-space:pre-wrap;max-width:28em}
th{background:#f1f3f4;font-weight:600}td.formula{color:#0b57d0;font-family:monospace}.scroll{overflow:auto}
.layout{display:flex;gap:12px;align-items:flex-start}#sidebar{width:300px;height:88vh;border:1px solid #dadce0;flex:0 0 300px}
#book{flex:1;height:88vh;border:1px solid #dadce0}button{font:inherit;padding:6px 10px;margin:0 6px 6px 0}
#log{font-size:13px;color:#5f6368}dialog iframe{width:420px;height:360px;border:0}`;

export function workbookPage(twin: Twin, records: readonly ExecutionRecord[]): string {
  const last = records.slice(-10).reverse();
  const log = last.map(
    (r) =>
      `<li>#${r.n} ${escapeHtml(r.fn)}${r.user ? ` (${escapeHtml(r.user)})` : ''}: ${r.ok ? 'ok' : `failed: ${escapeHtml(r.error ?? '')}`}, ${r.spreadsheetCalls} Spreadsheet calls${r.lock ? `, lock ${r.lock.tries.map((t) => (t ? 'taken' : 'busy')).join('/')}, inside: ${escapeHtml(r.lock.callsInside.join(' → ') || '—')}` : ''}${r.dropped ? ', answer dropped' : ''}</li>`,
  );
  const toasts = twin.workbook.toasts
    .slice(-3)
    .map((t) => `<li>toast: ${escapeHtml(t.title)} — ${escapeHtml(t.msg)}</li>`);
  const alerts = twin.ui.alerts
    .slice(-3)
    .map((a) => `<li>alert: ${escapeHtml(a.title)} — ${escapeHtml(a.prompt)}</li>`);
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>workbook</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(twin.workbook.name)}</h1><ul id="log">${[...alerts, ...toasts, ...log].join('')}</ul>${twin.workbook.sheets.map((sheet) => sheetTable(twin.workbook, sheet)).join('')}</body></html>`;
}

export function indexPage(menu: readonly { caption: string; functionName: string }[]): string {
  const buttons = menu
    .map((m) => `<button type="button" data-fn="${escapeHtml(m.functionName)}">${escapeHtml(m.caption)}</button>`)
    .join('');
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ของดีบ้านเรา — local preview</title><style>${STYLE}</style></head><body>
<nav aria-label="menu">${buttons || '<em>no menu: is dist/Code.js built?</em>'}</nav>
<div class="layout"><iframe id="sidebar" title="sidebar" src="/sidebar"></iframe><iframe id="book" title="workbook" src="/workbook"></iframe></div>
<dialog id="dialog"><form method="dialog"><button>×</button></form><iframe id="dialog-frame" title="dialog"></iframe></dialog>
<script>
var book = document.getElementById('book');
function refresh() { book.contentWindow.location.reload(); }
window.addEventListener('message', function (e) { if (e.origin === location.origin && e.data === 'preview:ran') refresh(); });
document.querySelectorAll('button[data-fn]').forEach(function (b) {
  b.addEventListener('click', function () {
    var fn = b.getAttribute('data-fn');
    if (fn === 'openEntrySidebar') { document.getElementById('sidebar').src = '/sidebar?t=' + Date.now(); return; }
    fetch('/run/' + encodeURIComponent(fn), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        refresh();
        if (answer.dialog) { document.getElementById('dialog-frame').src = answer.dialog; document.getElementById('dialog').showModal(); }
        else if (answer.sidebar) { document.getElementById('sidebar').src = answer.sidebar; }
      });
  });
});
</script></body></html>`;
}
