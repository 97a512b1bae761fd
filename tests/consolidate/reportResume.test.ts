// Consolidation report from a run resumed from JSON checkpoints, in any order: the same document as the run in one go.

import type { Consolidation } from '../../src/core/consolidate/consolidate';
import { consolidationReport } from '../../src/core/consolidate/report';
import type { ProvinceConsolidation } from '../../src/core/consolidate/types';
import type { ReportDocument } from '../../src/core/report/types';
import { TODAY } from './fixture';
import { DOC, FORM, PARTS, PROBLEMS, run, UNPLACED } from './reportConsolidation';

test('a run resumed from JSON checkpoints, in any order, gives the same document', () => {
  const saved = JSON.stringify({ parts: PARTS, unplaced: UNPLACED });
  const restored = JSON.parse(saved) as { parts: ProvinceConsolidation[]; unplaced: Consolidation['statuses'] };
  expect(restored.parts).toEqual(PARTS);
  const again = run([...restored.parts].reverse(), restored.unplaced);
  const doc: ReportDocument = consolidationReport(again.result, again.statuses, again.crossLinks, FORM, {
    asOf: TODAY,
    problems: PROBLEMS,
  });
  expect(doc).toEqual(DOC);
});
