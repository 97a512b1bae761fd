// National consolidation as Apps Script runs it: reads the planned sources one by one, checkpoints after each, stops near 4½
// minutes and continues in a later execution, then writes the tables; a continued run gives exactly an uninterrupted one's.

// Why it adds up exactly: a province's part is recomputed from all its sources and stored under its code, replacing the last
// one; a source is read in the execution that moves the cursor past it, and the cursor moves only with the checkpoint.

import type { SourceCheck } from '../../core/consolidate/checkSource';
import { consolidateProvince } from '../../core/consolidate/consolidate';
import { provinceByCode } from '../../core/geo/provinces';
import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import { LinkNumbering } from '../../core/validate/linkNumbering';
import { activeUser } from '../activeUser';
import type { Services } from '../adapter/services';
import { sheetDays } from '../adapter/sheetDays';
import { workbookForm } from '../workbookForm';
import { claimRun, type RunRequest } from './claim';
import {
  checkpoint,
  deleteContinuations,
  FINISH_BY_MS,
  type NationalRunConfig,
  pause,
  type Run,
  type RunOutcome,
  STOP_AT_MS,
  toast,
} from './execution';
import { finishRun } from './finish';
import { readInputs } from './inputs';
import { LinkStore } from './linkStore';
import { decodeStatus, encodePart, encodeStatus, type PartCode, type SourceEntry } from './partCodec';
import { readAndCheck } from './readSource';
import { PAGE_KEY, RunLog, STATE_KEY, StorageFull } from './runLog';
import { choicesOf, doneCount, EVERY_ROW, newRunId, newState, ownerOf, periodOf, type RunChoices } from './runState';

export type { RunRequest } from './claim';
export type { Continuation, FileSources, NationalRunConfig, RunOutcome } from './execution';

/** A batch of links is written at least this often, so an execution killed mid-way loses little to read again. */
const FLUSH_EVERY_MS = 90_000;

/**
 * Recomputes a province's part from all its sources so far, in plan order: `fresh` is the one just read; the others that were
 * read before are read again (a province with two files rolls them up together), those that failed keep their saved status.
 */
function recompute(run: Run, code: string, fresh: { index: number; check: SourceCheck } | null): void {
  const previous = run.log.get<PartCode>(`p:${code}`);
  const entries: { index: number; check: SourceCheck }[] = [];
  for (const [index, ok, status] of previous?.s ?? []) {
    if (fresh && index === fresh.index) continue;
    // a source read again is taken as it reads now, under this province
    entries.push({
      index,
      check: ok === 1 ? readAndCheck(run.read, run.inputs.plan[index]) : { ok: false, status: decodeStatus(status) },
    });
  }
  if (fresh) entries.push(fresh);
  entries.sort((a, b) => a.index - b.index);
  const province = provinceByCode(code)!;
  const part = consolidateProvince(
    run.read.form,
    province,
    entries.map((e) => e.check),
    run.inputs.registry,
    run.read.period,
  );
  const version = (previous?.v ?? 0) + 1;
  const sources: SourceEntry[] = entries.map((e) => ({ index: e.index, ok: e.check.ok, status: e.check.status }));
  run.log.put(`p:${code}`, encodePart({ version, sources, part }, run.inputs.registry));
  run.links.add(code, version, part.result.links);
}

/** Reads the source at the cursor and saves what it adds. */
function readNext(run: Run): void {
  const { state, inputs } = run;
  const i = state.cursor;
  const source = inputs.plan[i];
  toast(run, M.progress(i, state.total, source.display));
  const check = readAndCheck(run.read, source);
  // a tab without a report header that names no province is not a report (instructions, notes, a chart): left out
  if (state.mode === 'tabs' && !check.ok && check.status.status === 'noHeader' && check.status.province === null) {
    state.src[i] = '-';
    return;
  }
  const code = check.ok ? check.province.code : (check.status.province?.code ?? '');
  state.src[i] = code;
  if (code === '') run.log.put(`u:${i}`, encodeStatus(check.status));
  else recompute(run, code, { index: i, check });
}

function work(run: Run): RunOutcome {
  for (;;) {
    const { state } = run;
    if (state.redo.length === 0 && state.cursor >= state.total) {
      if (run.clock() - run.began > FINISH_BY_MS) return pause(run);
      const finished = finishRun(run);
      if (finished) return finished;
      continue; // some province's links were lost: it is in state.redo now
    }
    if (run.clock() - run.began + run.slowest > STOP_AT_MS) return pause(run);
    const started = run.clock();
    if (state.redo.length > 0) {
      const code = state.redo[0];
      toast(run, M.progress(doneCount(state), state.total, provinceByCode(code)?.nameTh ?? code));
      recompute(run, code, null);
      state.redo.shift();
    } else {
      readNext(run);
      state.cursor++;
    }
    run.slowest = Math.max(run.slowest, run.clock() - started);
    if (run.links.size > 0 && run.clock() - run.lastFlush > FLUSH_EVERY_MS) {
      run.links.flush(state);
      run.lastFlush = run.clock();
    }
    checkpoint(run);
  }
}

/** Starts, continues or restarts the national consolidation of the active workbook; `choices` are a new run's (a saved one keeps its own). */
export function runNational(
  services: Services,
  config: NationalRunConfig,
  request: RunRequest,
  choices: RunChoices = EVERY_ROW,
): RunOutcome {
  // a permission missing would fail every province alike: said once, before anything is claimed or read
  const refused = config.authorize?.(services) ?? null;
  if (refused) return { kind: 'failed', message: refused };
  const clock = services.now ?? (() => Date.now());
  const began = clock();
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const execution = newRunId(began);
  const user = activeUser(services.session);
  // the workbook's calendar: "today" and its date cells (tabs of this workbook) in its own time zone
  const days = sheetDays(ss, services.utilities);
  const today = days.today(began);
  const claim = claimRun({ services, props, mode: config.mode, request, now: began, today, execution, user, choices });
  if (!claim.ok) return { kind: claim.kind, message: claim.message };

  const notices: Text[] = [];
  let { state, log } = claim;
  let read = readInputs(ss, claim.all, config, log, days);
  if (read.ok && claim.resumed && read.inputs.fingerprint !== state.inputs) {
    // the registry or the plan changed under a saved run: parts made with the old ones cannot be mixed with new ones
    for (let i = 0; i < state.pages; i++) props.deleteProperty(PAGE_KEY + i);
    state = newState(config.mode, ownerOf(state), began, today, execution, choicesOf(state));
    log = new RunLog();
    notices.push(M.inputsChanged);
    read = readInputs(ss, claim.all, config, log, days);
  }
  if (!read.ok) {
    // nothing read yet is lost: a new run is dropped, a saved one waits for the inputs to be put right
    if (claim.resumed) props.setProperty(STATE_KEY, JSON.stringify({ ...state, status: 'paused', execution: '' }));
    else props.deleteProperty(STATE_KEY);
    return { kind: 'failed', message: read.message };
  }
  const inputs = read.inputs;
  state.inputs = inputs.fingerprint;
  state.total = inputs.plan.length;
  const run: Run = {
    services,
    config,
    clock,
    began,
    ss,
    props,
    state,
    log,
    inputs,
    notices,
    links: new LinkStore(ss, props),
    read: {
      app: services.spreadsheetApp,
      active: ss,
      // the workbook's form, from the properties claimRun read in its one getProperties call
      form: workbookForm(claim.all),
      today: state.today,
      period: periodOf(choicesOf(state)),
      registry: inputs.registry,
      sheets: inputs.sheets,
      linkNumbers: new LinkNumbering(),
      readFile: config.files?.readFile ?? null,
      days,
      utilities: services.utilities,
    },
    slowest: 0,
    lastToast: -Infinity,
    lastFlush: began,
  };
  deleteContinuations(run);
  try {
    const outcome = work(run);
    // what happened to the run before it went on (it started again) is told with whatever ended this execution
    if (outcome.kind === 'finished' || notices.length === 0) return outcome;
    return {
      ...outcome,
      message: {
        th: [...notices, outcome.message].map((t) => t.th).join('\n'),
        en: [...notices, outcome.message].map((t) => t.en).join('\n'),
      },
    };
  } catch (e) {
    // keep what was read: the links in hand are written and the run waits for ทำต่อ (or its next trigger)
    try {
      pause(run, false);
    } catch {
      // the failure itself may be what stops saving; the last checkpoint stands
    }
    if (e instanceof StorageFull) return { kind: 'failed', message: M.storageFull };
    throw e;
  }
}
