// The fidelity probe's entry module (`npm run probe`, bound to a throwaway spreadsheet): runProbe records in cell A1 of the tab
// `probe`, as one line of JSON, what the twin assumes about Apps Script and only real Google can confirm, and the timings the
// bench projects with; the one-off trigger it makes runs probeTriggerFired, which adds that it fired. Only these two exports
// become top-level functions. The JSON is tests/fidelity/recorded.json's shape (src/probe/record.ts).

import {
  BLOCK,
  type Fact,
  type FactName,
  PROBE_TAB,
  type ProbeRecord,
  TRIGGER_AFTER_MS,
  TRIGGER_HANDLER,
} from './record';

const EMPTY_TAB = 'probe-empty';
const SCRATCH_TAB = 'probe-scratch';
/** shaped like a spreadsheet id (44 characters), naming no file */
const BAD_ID = '1probeNoSuchSpreadsheetProbeNoSuchSpreadshee';
const MEASURED = 'measured by the probe (src/probe/main.ts) on real Sheets';
const HOW_TO_READ =
  `Copy this cell whole into tests/fidelity/recorded.json once facts.oneOffTriggerFires is true: the trigger runs ${TRIGGER_HANDLER} ` +
  `about a minute after runProbe (reload the tab to see it). Still null after 10 minutes means it did not fire: write false there.`;

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The value `run` gives, or { error: its message } when it throws */
function attempt(run: () => unknown): unknown {
  try {
    return run();
  } catch (e) {
    // by shape, not instanceof: an exception may come from another realm (the twin's, in the tests)
    const message = (e as { message?: unknown } | null)?.message;
    return { error: typeof message === 'string' ? message : String(e) };
  }
}

function timed(run: () => unknown): number {
  const start = Date.now();
  run();
  return Date.now() - start;
}

function measured(value: unknown): Fact {
  return { value, source: MEASURED };
}

/** Tabs and triggers a previous run left (a run cut off half-way), so a second run starts as the first did */
function removeLeftovers(book: Book): void {
  for (const name of [PROBE_TAB, EMPTY_TAB, SCRATCH_TAB]) {
    const sheet = book.getSheetByName(name);
    if (sheet) book.deleteSheet(sheet);
  }
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === TRIGGER_HANDLER) ScriptApp.deleteTrigger(t);
}

/** Which tab a spreadsheet opened by id calls active, while this execution's active tab (`probe`) is not the first one */
function activeTabById(book: Book): { fact: unknown; ms: number } {
  const first = book.getSheets()[0].getName();
  if (first === PROBE_TAB) return { fact: 'undecided: the probe tab is the first tab', ms: 0 };
  const start = Date.now();
  const byId = SpreadsheetApp.openById(book.getId());
  const ms = Date.now() - start;
  const shown = byId.getActiveSheet().getName();
  return { fact: shown === first ? 'first' : shown === PROBE_TAB ? 'active' : `another tab: ${shown}`, ms };
}

/** One write, read and colouring of a 2,000 × 12 block in a scratch tab; writes are timed with the flush that sends them */
function blockTimings(book: Book): { getSheetValues: number; setValues: number; setBackgrounds: number } {
  const scratch = book.insertSheet(SCRATCH_TAB);
  const rows = scratch.getMaxRows();
  if (rows < BLOCK.rows) scratch.insertRowsAfter(rows, BLOCK.rows - rows);
  const range = scratch.getRange(1, 1, BLOCK.rows, BLOCK.columns);
  const cells = <T>(cell: (r: number, c: number) => T): T[][] =>
    Array.from({ length: BLOCK.rows }, (_, r) => Array.from({ length: BLOCK.columns }, (_, c) => cell(r, c)));
  const values = cells((r, c) => (c % 3 === 0 ? `ร้าน ${r}` : r * BLOCK.columns + c));
  const colours = cells((r, c) => ((r + c) % 2 === 0 ? '#fce8b2' : '#ffffff'));
  const setValues = timed(() => {
    range.setValues(values);
    SpreadsheetApp.flush();
  });
  const getSheetValues = timed(() => scratch.getSheetValues(1, 1, BLOCK.rows, BLOCK.columns));
  const setBackgrounds = timed(() => {
    range.setBackgrounds(colours);
    SpreadsheetApp.flush();
  });
  book.deleteSheet(scratch);
  return { getSheetValues, setValues, setBackgrounds };
}

function errorMessage(run: () => unknown): string | null {
  const result = attempt(() => {
    run();
    return null;
  });
  return result === null ? null : (result as { error: string }).error;
}

function write(out: GoogleAppsScript.Spreadsheet.Sheet, record: ProbeRecord): void {
  // one line: a cell with line breaks is copied out of Sheets in quotes, with its quotes doubled
  out.getRange(1, 1, 1, 1).setValues([[JSON.stringify(record)]]);
}

/** Run once from the Apps Script editor, in a throwaway spreadsheet; the answers are in the tab `probe`, cell A1. */
export function runProbe(): void {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  removeLeftovers(book);
  const out = book.insertSheet(PROBE_TAB);
  const insertSheetActivates = book.getActiveSheet().getName() === PROBE_TAB;
  out.activate();
  const byId = activeTabById(book);
  const empty = book.insertSheet(EMPTY_TAB);
  const emptySheetValues = attempt(() => ({ values: empty.getSheetValues(1, 1, -1, -1) }));
  book.deleteSheet(empty);
  const block = blockTimings(book);
  const createdAtMs = Date.now();
  const trigger = attempt(() =>
    ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().after(TRIGGER_AFTER_MS).create().getUniqueId(),
  );
  const facts: Record<FactName, Fact> = {
    emptySheetValues: measured(emptySheetValues),
    openByIdActiveSheet: measured(byId.fact),
    insertSheetActivates: measured(insertSheetActivates),
    spreadsheetTimeZone: measured(attempt(() => book.getSpreadsheetTimeZone())),
    scriptTimeZone: measured(attempt(() => Session.getScriptTimeZone())),
    openByIdBadIdMessage: measured(errorMessage(() => SpreadsheetApp.openById(BAD_ID))),
    activeUserEmailBlank: measured(attempt(() => Session.getActiveUser().getEmail() === '')),
    temporaryActiveUserKeyNonBlank: measured(attempt(() => Session.getTemporaryActiveUserKey() !== '')),
    // filled in by the trigger; an error here means the trigger could not be made
    oneOffTriggerFires: measured(typeof trigger === 'string' ? null : trigger),
    triggerWaitsAtLeastAfter: measured(null),
  };
  const timings = { openById: byId.ms, ...block, triggerDelay: null };
  write(out, {
    measuredOnRealSheets: true,
    recordedAtMs: createdAtMs,
    howToRead: HOW_TO_READ,
    facts,
    timingsMs: { value: timings, source: MEASURED },
    trigger: { createdAtMs, firedAtMs: null },
  });
  out.activate();
}

/** The one-off trigger's handler: records that it ran, how long after it was made, and removes its trigger. */
export function probeTriggerFired(_e?: GoogleAppsScript.Events.TimeDriven): void {
  const firedAtMs = Date.now();
  const out = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(PROBE_TAB);
  if (!out) throw new Error(`the tab "${PROBE_TAB}" is gone: run runProbe again`);
  const record = JSON.parse(String(out.getSheetValues(1, 1, 1, 1)[0][0])) as ProbeRecord;
  const delay = record.trigger.createdAtMs === null ? null : firedAtMs - record.trigger.createdAtMs;
  record.trigger.firedAtMs = firedAtMs;
  record.facts.oneOffTriggerFires.value = true;
  record.facts.triggerWaitsAtLeastAfter.value = delay !== null && delay >= TRIGGER_AFTER_MS;
  record.timingsMs.value.triggerDelay = delay;
  write(out, record);
  for (const t of ScriptApp.getProjectTriggers())
    if (t.getHandlerFunction() === TRIGGER_HANDLER) ScriptApp.deleteTrigger(t);
}
