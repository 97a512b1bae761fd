// What the รวมผลทั้งประเทศ dialog asks of the server: its choices read (a period key typed or chosen, '' for every period),
// checked before anything is claimed or read, and the national run started, continued or restarted with them.

import type { Services } from '../addon/adapter/services';
import type { RunRequest } from '../addon/consolidate/claim';
import { runNational } from '../addon/consolidate/runner';
import { nationDialogMessages as D } from '../core/messages/nationDialog';
import type { Text } from '../core/messages/text';
import { parsePeriod, periodKey } from '../core/period/period';
import { FILES_RUN } from './config';
import type { NationDialogAnswer } from './nationDialog';

const DIALOG_REQUESTS: readonly RunRequest[] = ['start', 'continue', 'restart'];

const refused = (message: Text): NationDialogAnswer => ({
  ok: false,
  kind: 'refused',
  message: message.th,
  notices: [],
});

export function consolidateFromDialog(
  services: Services,
  periodText: string,
  certifiedOnly: boolean,
  request: string,
): NationDialogAnswer {
  const asked = DIALOG_REQUESTS.find((r) => r === request) ?? 'start';
  const typed = periodText.trim();
  let period: string | null = null;
  if (typed !== '') {
    const parsed = parsePeriod(typed);
    if (!parsed.ok) return refused(parsed.message);
    period = periodKey(parsed.period);
  }
  // a province certifies one period at a time: without one nothing could be counted
  if (certifiedOnly && period === null && asked !== 'continue') return refused(D.certifiedOnlyNeedsPeriod);
  const outcome = runNational(services, FILES_RUN, asked, { period, certifiedOnly });
  return {
    ok: outcome.kind === 'finished' || outcome.kind === 'paused' || outcome.kind === 'choose',
    kind: outcome.kind,
    message: outcome.message.th,
    notices: outcome.kind === 'finished' ? outcome.notices.map((n) => n.th) : [],
  };
}
