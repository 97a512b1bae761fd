// The end of a national consolidation: the saved parts and their links combined by the core and written, then the checkpoint
// removed; a province whose links were lost with a dead execution is sent back to be read again instead (returns null).

import { certifiedOnlyNote } from '../../core/consolidate/certification';
import { consolidate, expectedProvinces } from '../../core/consolidate/consolidate';
import { consolidationReport } from '../../core/consolidate/report';
import { statusCounts } from '../../core/consolidate/status';
import type { ProvinceConsolidation, ProvinceStatus } from '../../core/consolidate/types';
import type { Province } from '../../core/geo/types';
import { consolidateMessages } from '../../core/messages/consolidate';
import { nationalRunMessages as M } from '../../core/messages/nationalRun';
import { rollupMapInput } from '../../core/report/map/rollupMapInput';
import { saveMapData } from '../actions/mapData';
import { readTargetsSheet } from '../targetsSheet';
import { endRun } from './claim';
import { checkpoint, type Run, type RunOutcome, toast } from './execution';
import { writeNationalTables } from './outputs';
import { decodePart, decodeStatus, type PartCode, type StatusCode } from './partCodec';
import { choicesOf, choicesText } from './runState';

/** The saved parts with their links; the codes of provinces whose links were lost (stale or missing). */
function savedParts(run: Run): { parts: ProvinceConsolidation[]; lost: string[] } {
  const { state, log, inputs } = run;
  const saved = new Map<string, PartCode>();
  for (const key of log.keys()) if (key.startsWith('p:')) saved.set(key.slice(2), log.get<PartCode>(key)!);
  const links = run.links.linksOf(state, new Map([...saved].map(([code, part]) => [code, part.v])));
  const parts: ProvinceConsolidation[] = [];
  const lost: string[] = [];
  for (const [code, part] of saved) {
    const found = links.get(code);
    if (!found || found.canonical.length !== part.n) lost.push(code);
    else parts.push(decodePart(part, inputs.registry, found).part);
  }
  return { parts, lost };
}

/** Sources of unknown province, in plan order. */
function unplacedStatuses(run: Run): ProvinceStatus[] {
  return run.log
    .keys()
    .filter((k) => k.startsWith('u:'))
    .map((k) => ({ index: Number(k.slice(2)), status: decodeStatus(run.log.get<StatusCode>(k)!) }))
    .sort((a, b) => a.index - b.index)
    .map((u) => u.status);
}

export function finishRun(run: Run): RunOutcome | null {
  const { state, inputs } = run;
  const { parts, lost } = savedParts(run);
  if (lost.length > 0) {
    state.redo = lost;
    checkpoint(run);
    return null;
  }
  const form = run.read.form;
  const targets = readTargetsSheet(run.ss, inputs.registry, run.read.days, form);
  if (!targets.ok) {
    // everything is read: keep it, and let ทำต่อ write the tables once the targets are put right
    run.links.flush(state);
    state.status = 'paused';
    state.execution = '';
    state.resumeAt = null;
    checkpoint(run);
    return { kind: 'failed', message: M.targetsFailed(targets.message) };
  }
  const expected = new Map<string, Province>();
  for (const p of [...expectedProvinces(inputs.registry), ...inputs.listed]) expected.set(p.code, p);
  const c = consolidate({
    form,
    provinces: parts,
    unplaced: unplacedStatuses(run),
    registry: inputs.registry,
    period: run.read.period,
    targets: targets.targets,
    expectedProvinces: [...expected.values()],
    certifiedOnly: choicesOf(state).certifiedOnly,
  });
  const doc = consolidationReport(c.result, c.statuses, c.crossLinks, form, { asOf: state.today, leftOut: c.leftOut });
  const notices = [...run.notices, ...writeNationalTables(run.services, run.ss, run.props, doc)];
  // the tables' notes name them too; said here so the person who ran it sees at once what was not counted
  if (c.leftOut && c.leftOut.length > 0) notices.push(certifiedOnlyNote(c.leftOut));
  run.links.clear(state);
  endRun(run.services, run.props, state);
  // the map dialog's provinces, once the run's log has left the same 500 KB store: one Properties call
  saveMapData(
    run.props,
    'national',
    rollupMapInput(c.result, form, (doc.subtitle ?? []).join(' · '), { provinces: true }),
  );
  const provinces = c.result.provinces.length;
  const message = M.finished(
    provinces,
    consolidateMessages.statusCounts(statusCounts(c.statuses)),
    c.crossLinks.length,
    choicesText(choicesOf(state)),
  );
  toast(run, message, true);
  return { kind: 'finished', message, notices };
}
