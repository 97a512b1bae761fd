// How the central script runs a national consolidation: the province files listed in ทะเบียนไฟล์จังหวัด, continued by a
// one-off trigger calling continueNationByTrigger (kept out of main.ts, whose every export becomes an Apps Script function).

import { readRegister } from '../addon/consolidate/registerSheet';
import type { NationalRunConfig } from '../addon/consolidate/runner';

export const CONTINUATION_FUNCTION = 'continueNationByTrigger';

export const FILES_RUN: NationalRunConfig = { mode: 'files', continuation: CONTINUATION_FUNCTION, readPlan: readRegister };
