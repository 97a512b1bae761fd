// What a national consolidation reads before any province: the workbook's LAO registry and the plan of sources (register of
// files, or report tabs), with a fingerprint of both so a later execution can tell whether they changed under the run.

import type { Province } from '../../core/geo/types';
import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import type { Text } from '../../core/messages/text';
import type { RegistryIndex } from '../../core/registry/match';
import type { SheetApi, SpreadsheetApi } from '../adapter/services';
import type { SheetDays } from '../adapter/sheetDays';
import { REGISTRY_MADE_KEY, readRegistrySheet } from '../registrySheet';
import type { RunLog } from './runLog';
import { fingerprint } from './runState';
import { isSupportSheet, type PlannedSource, type RunMode } from './sources';

export interface RunInputs {
  readonly registry: RegistryIndex | null;
  readonly plan: readonly PlannedSource[];
  /** provinces the register lists (shown as not reported when they have no file) */
  readonly listed: readonly Province[];
  /** tabs in hand in this execution, by name */
  readonly sheets: ReadonlyMap<string, SheetApi>;
  readonly fingerprint: string;
}

const PLAN_RECORD = 'plan';

/** The plan of a files run: the sources in order and the provinces listed (with or without a file). */
export type PlanReader = (
  ss: SpreadsheetApi,
  days: SheetDays,
) => { ok: true; sources: readonly PlannedSource[]; provinces: readonly Province[] } | { ok: false; message: Text };

/** The workbook's tabs that may be reports, in tab order: every tab but the inputs and outputs (one call per tab, once per run). */
function tabsPlan(ss: SpreadsheetApi, log: RunLog): { plan: PlannedSource[]; sheets: Map<string, SheetApi> } {
  const sheets = new Map<string, SheetApi>();
  let names = log.get<string[]>(PLAN_RECORD);
  if (!names) {
    names = [];
    for (const sheet of ss.getSheets()) {
      const name = sheet.getName();
      if (isSupportSheet(name)) continue;
      names.push(name);
      sheets.set(name, sheet);
    }
    // kept with the checkpoint: later executions read the same tabs by name, in the same order, without listing them again
    log.put(PLAN_RECORD, names);
  }
  return {
    plan: names.map((name) => ({ label: name, display: name, hint: null, locator: { kind: 'tab', name } })),
    sheets,
  };
}

/** A fingerprint of the registry's content, from its index (no second read of the sheet). */
function registryPrint(registry: RegistryIndex | null): string {
  if (!registry) return '-';
  const parts: string[] = [];
  for (const [code, p] of registry.provinces)
    parts.push(code, ...p.laos.map((l) => `${l.code}|${l.type}|${l.name}|${l.districtCode}|${l.districtName}`));
  return fingerprint(parts.join('\n'));
}

export function readInputs(
  ss: SpreadsheetApi,
  all: Readonly<Record<string, string>>,
  config: { mode: RunMode; files: { readPlan: PlanReader } | null },
  log: RunLog,
  days: SheetDays,
): { ok: true; inputs: RunInputs } | { ok: false; message: Text } {
  const registry = readRegistrySheet(ss, all[REGISTRY_MADE_KEY] !== undefined, days);
  if (!registry.ok) return registry;
  let plan: readonly PlannedSource[];
  let listed: readonly Province[] = [];
  let sheets = new Map<string, SheetApi>();
  if (config.mode === 'files') {
    if (!config.files) throw new Error('a files run needs its sources');
    const register = config.files.readPlan(ss, days);
    if (!register.ok) return register;
    plan = register.sources;
    listed = register.provinces;
  } else {
    ({ plan, sheets } = tabsPlan(ss, log));
    if (plan.length === 0) return { ok: false, message: M.noReportTabs };
  }
  const print = `${registryPrint(registry.index)}/${fingerprint(JSON.stringify(plan))}`;
  return { ok: true, inputs: { registry: registry.index, plan, listed, sheets, fingerprint: print } };
}
