// Follow-up messages (ติดตามผล) for one province and period: to each district with อปท. that have not reported, and
// one to the provincial office. Built from a roll-up with a registry; a district where everyone reported gets none.

import type { FormSpec } from '../form/types';
import type { Province } from '../geo/types';
import { type FollowupHeading, followupMessages, type ProvinceDistrictLine } from '../messages/followup';
import type { Text } from '../messages/text';
import { THAI_MONTHS, thaiDateLong } from '../normalise/dates';
import { DEFAULT_TIMELY_DAYS, type Deadline, deadlineStatus, periodDeadline } from '../period/deadline';
import { type Day, type Period, periodLabel } from '../period/period';
import type { Group, NonReporter, RollupResult } from '../rollup/types';

/**
 * The rows late or returned for correction, per district (the review issue, #15: submission times and review status).
 * Not built yet: nothing can be passed, and the messages have no place for it until it lands.
 */
export type ReviewFollowup = never;

export interface FollowupInput {
  readonly form: FormSpec;
  /** one province, rolled up for a period with a registry that covers it */
  readonly result: RollupResult;
  readonly today: Day;
  readonly timelyDays?: number;
  /** seam for the review issue; see ReviewFollowup */
  readonly review?: ReviewFollowup;
}

/** A district of the registry with its figures for the period. */
export interface DistrictFollowup {
  readonly code: string;
  /** bare name: เมืองพะเยา */
  readonly name: string;
  readonly total: number;
  readonly reported: number;
  readonly rowsWithErrors: number;
  /** in registry order */
  readonly notReported: readonly NonReporter[];
}

export interface FollowupMessage {
  /** the district's code; null for the province's message */
  readonly districtCode: string | null;
  /** whom it is for, as a file name: อำเภอเมืองพะเยา, จังหวัดพะเยา */
  readonly title: string;
  readonly text: Text;
}

export interface Followup {
  readonly province: Province;
  readonly period: Period;
  readonly deadline: Deadline;
  /** every registry district, DOPA order */
  readonly districts: readonly DistrictFollowup[];
  /** one per district with อปท. not reported, DOPA order */
  readonly districtMessages: readonly FollowupMessage[];
  readonly provinceMessage: FollowupMessage;
}

export type FollowupOutcome =
  | { readonly ok: true; readonly followup: Followup }
  | { readonly ok: false; readonly message: Text };

export function buildFollowup(input: FollowupInput): FollowupOutcome {
  const { result } = input;
  if (result.national || result.provinces.length !== 1)
    throw new Error('buildFollowup takes the roll-up of one province');
  if (result.period === null) throw new Error('buildFollowup takes a roll-up for a period');
  const province = result.provinces[0];
  if (!result.withRegistry) return { ok: false, message: followupMessages.noRegistryText(province.nameTh) };
  const deadline = periodDeadline(result.period, input.timelyDays ?? DEFAULT_TIMELY_DAYS);
  const heading: FollowupHeading = {
    province: province.nameTh,
    provinceEn: province.nameEn,
    formTitle: input.form.title,
    period: periodLabel(result.period),
    asOf: { th: thaiDateLong(input.today), en: dayTextEn(input.today) },
    deadline: deadline.text,
    deadlineNote: deadlineStatus(deadline, input.today),
  };
  const districts = districtFigures(result);
  const districtMessages = districts
    .filter((d) => d.notReported.length > 0)
    .map(
      (d): FollowupMessage => ({
        districtCode: d.code,
        title: followupMessages.districtFileName(d.name),
        text: followupMessages.district(heading, {
          district: d.name,
          total: d.total,
          notReported: d.notReported.map((l) => l.name),
          rowsWithErrors: d.rowsWithErrors,
        }),
      }),
    );
  const provinceMessage: FollowupMessage = {
    districtCode: null,
    title: followupMessages.provinceFileName(province.nameTh),
    text: followupMessages.province(heading, provinceLetter(result.root, districts)),
  };
  return {
    ok: true,
    followup: { province, period: result.period, deadline, districts, districtMessages, provinceMessage },
  };
}

/** The registry's districts (groups with a code and an expected count), each with its non-reporters. */
function districtFigures(result: RollupResult): DistrictFollowup[] {
  const byDistrict = new Map<string, NonReporter[]>();
  for (const lao of result.nonReporters) {
    const list = byDistrict.get(lao.districtCode) ?? [];
    list.push(lao);
    byDistrict.set(lao.districtCode, list);
  }
  return result.root.children
    .filter((g): g is Group & { code: string; laosTotal: number } => g.code !== null && g.laosTotal !== null)
    .map((g) => ({
      code: g.code,
      name: g.name,
      total: g.laosTotal,
      reported: g.laosReported,
      rowsWithErrors: g.rowsWithErrors,
      notReported: byDistrict.get(g.code) ?? [],
    }));
}

function provinceLetter(root: Group, districts: readonly DistrictFollowup[]) {
  const line = (d: DistrictFollowup): ProvinceDistrictLine => ({
    district: d.name,
    reported: d.reported,
    total: d.total,
  });
  return {
    reported: root.laosReported,
    total: root.laosTotal ?? 0,
    rate: root.participation ?? 0,
    toFollow: districts.filter((d) => d.notReported.length > 0).map(line),
    complete: districts.filter((d) => d.notReported.length === 0).map(line),
    rowsWithErrors: root.rowsWithErrors,
  };
}

function dayTextEn(d: Day): string {
  return `${d.day} ${THAI_MONTHS[d.month - 1].en} ${d.year}`;
}
