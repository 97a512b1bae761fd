// The --form option: another programme's form (or a changed official layout) as a JSON declaration; DLA's by default.

import { readFileSync } from 'node:fs';
import { DLA_ONLINE_MARKET } from '../core/form/dlaOnlineMarket';
import { readFormDeclaration } from '../core/form/formSchema';
import type { FormSpec } from '../core/form/types';
import { formMessages } from '../core/messages/form';
import { CliError } from './cliError';

export function formOption(path: string | undefined): FormSpec {
  if (path === undefined) return DLA_ONLINE_MARKET;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(formMessages.formFileUnreadable(path, (e as Error).message));
  }
  const read = readFormDeclaration(json, path);
  if (!read.ok) throw new CliError(read.message);
  return read.form;
}
