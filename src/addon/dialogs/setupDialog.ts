// What the ตั้งค่าแบบรายงาน dialog (its page built from src/smallDialogs) and the server say to each other: the built-in
// forms by their Thai title with the workbook's own chosen, and the setup's answer.

import type { FormSpec } from '../../core/form/types';

/** What runSetupFor answers the dialog: plain JSON, Thai text. */
export interface SetupDialogAnswer {
  readonly ok: boolean;
  readonly message: string;
}

/** What getSetupDialogContext answers the page: plain JSON. */
export interface SetupDialogContext {
  readonly forms: readonly { readonly id: string; readonly title: string }[];
  /** the id of the form the workbook reports on now, chosen in the list */
  readonly current: string;
  /** days after a period's last day to its deadline */
  readonly timelyDays: number;
}

export function setupDialogContext(
  forms: readonly FormSpec[],
  current: FormSpec,
  timelyDays: number,
): SetupDialogContext {
  return { forms: forms.map((f) => ({ id: f.id, title: f.title.th })), current: current.id, timelyDays };
}
