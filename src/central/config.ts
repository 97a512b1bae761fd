// How the central script runs a national consolidation: the province files listed in ทะเบียนไฟล์จังหวัด, opened by id, and
// continued by a one-off trigger calling continueNationByTrigger (kept out of main.ts, whose every export becomes an Apps Script
// function); the scopes both need are checked before the first province is read.

import { readRegister } from '../addon/consolidate/registerSheet';
import type { NationalRunConfig } from '../addon/consolidate/runner';
import { checkConsent } from './authorization';
import { TRIGGER_SCOPES, triggerContinuation } from './continuation';
import { FILE_SCOPES, readFile } from './readFile';

export const CONTINUATION_FUNCTION = 'continueNationByTrigger';

export const FILES_RUN: NationalRunConfig = {
  mode: 'files',
  files: { readPlan: readRegister, readFile },
  continuation: triggerContinuation(CONTINUATION_FUNCTION),
  authorize: checkConsent([...FILE_SCOPES, ...TRIGGER_SCOPES]),
};
