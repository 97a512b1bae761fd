// The forms the program knows without a declaration file, by id: DLA's (the default) and the OTOP young marketers'.

import { DLA_ONLINE_MARKET } from './dlaOnlineMarket';
import { OTOP_MARKETER } from './otopMarketer';
import type { FormSpec } from './types';

export const BUILT_IN_FORMS: readonly FormSpec[] = [DLA_ONLINE_MARKET, OTOP_MARKETER];

/** The built-in form with this id, if there is one. */
export function builtInForm(id: string): FormSpec | undefined {
  return BUILT_IN_FORMS.find((f) => f.id === id);
}
