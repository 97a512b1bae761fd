// What the รับรองผล dialog (its page built from src/smallDialogs) is offered: the periods, the province and its districts,
// the staff named last time, and where each offered period stands, read from การรับรองผล in one call.

import { certificationMessages as M } from '../../core/messages/certification';
import { type CertificationRecord, latestCertification } from '../../core/review/certification';
import type { CalendarDay } from '../../core/validate/validateSheet';
import { type PeriodChoice, periodDialogContext } from './periodDialog';

export interface CertifyDialogContext {
  readonly choices: readonly PeriodChoice[];
  readonly districts: readonly string[];
  readonly staff: string;
  /** by period key: one line per level that has acted ('' = the province first, then the districts) */
  readonly states: Readonly<Record<string, readonly string[]>>;
}

function stateLine(r: CertificationRecord): string {
  const level = r.level === 'province' ? M.level.province : { th: `อำเภอ${r.district}`, en: r.district };
  return M.stateLine(level, M.act[r.act], r.by, r.at).th;
}

/** `records`: the certifications so far, in sheet order (none before the first). */
export function certifyDialogContext(
  today: CalendarDay,
  districts: readonly string[],
  staff: string,
  records: readonly CertificationRecord[],
): CertifyDialogContext {
  const { choices } = periodDialogContext(today);
  const states: Record<string, string[]> = {};
  for (const c of choices) {
    const province = latestCertification(records, c.key, 'province');
    const lines = province ? [stateLine(province)] : [];
    for (const d of districts) {
      const latest = latestCertification(records, c.key, 'district', d);
      if (latest) lines.push(stateLine(latest));
    }
    states[c.key] = lines.length > 0 ? lines : [M.stateNone.th];
  }
  return { choices, districts, staff, states };
}
