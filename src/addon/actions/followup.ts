// The ติดตามผล action: the follow-up messages for a period from the report sheet and the registry sheet, answered to the
// dialog as plain JSON (Thai text) for the officer to copy into LINE or an e-mail. It reads; it writes nothing.

import { buildFollowup } from '../../core/followup/followup';
import { followupDialogMessages as M } from '../../core/messages/dialogs';
import { sheetMessages } from '../../core/messages/sheets';
import { parsePeriod } from '../../core/period/period';
import { rollup } from '../../core/rollup/rollup';
import type { CalendarDay } from '../../core/validate/validateSheet';
import type { Services } from '../adapter/services';
import { sheetDays, todayIn } from '../adapter/sheetDays';
import { checkReportSheet } from '../reportSheet';
import { workbookTimelyDays } from '../timelyDays';
import { workbookForm } from '../workbookForm';

export interface FollowupDialogMessage {
  /** whom it is for: อำเภอเมืองพะเยา, จังหวัดพะเยา */
  readonly title: string;
  readonly text: string;
}

/** What runFollowupFor answers the dialog: the province's message first, then one per district with อปท. to follow. */
export interface FollowupDialogAnswer {
  readonly ok: boolean;
  /** the outcome in one line, or why there are no messages */
  readonly message: string;
  readonly messages: readonly FollowupDialogMessage[];
}

/** `today`: today in the spreadsheet's time zone when undefined (tests fix it). */
export function runFollowupDialog(
  services: Services,
  today: CalendarDay | undefined,
  periodKey: string,
): FollowupDialogAnswer {
  const refuse = (message: { th: string }): FollowupDialogAnswer => ({ ok: false, message: message.th, messages: [] });
  const parsed = parsePeriod(periodKey);
  if (!parsed.ok) return refuse(parsed.message);
  const ss = services.spreadsheetApp.getActiveSpreadsheet();
  const props = services.propertiesService.getDocumentProperties();
  const form = workbookForm(props);
  const timelyDays = workbookTimelyDays(props);
  // a form whose rows belong to people has no list of who should report: nobody to follow up by name
  if (form.ownerFigures) return refuse(M.followupNotForPersons);
  const days = sheetDays(ss, services.utilities);
  const day = today ?? todayIn(days, services);
  const read = checkReportSheet(ss, form, day, props, days);
  if (!read.ok) return refuse(read.message);
  const { province, registry, validation } = read.checked;
  if (!province) return refuse(sheetMessages.noProvince);
  const result = rollup({
    form,
    sheets: [{ file: '', sheet: '', province, validation }],
    registry,
    period: parsed.period,
    targets: null,
    timelyDays,
  });
  const built = buildFollowup({ form, result, today: day, timelyDays });
  if (!built.ok) return refuse(built.message);
  const { followup } = built;
  const messages = [followup.provinceMessage, ...followup.districtMessages].map((m) => ({
    title: m.title,
    text: m.text.th,
  }));
  return { ok: true, message: M.followupReady(followup.districtMessages.length, followup.deadline.text).th, messages };
}
