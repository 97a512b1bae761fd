// The --form option: a built-in form by its id, or another programme's form (or a changed official
// layout) as a JSON declaration; DLA's by default.

import { readFileSync } from 'node:fs';
import { builtInForm } from '../core/form/builtInForms';
import { DLA_ONLINE_MARKET } from '../core/form/dlaOnlineMarket';
import { readFormDeclaration } from '../core/form/formSchema';
import type { FormSpec } from '../core/form/types';
import { formMessages } from '../core/messages/form';
import { CliError } from './cliError';

/** `value` is a built-in form's id or the path of a JSON declaration; an id wins over a file of the same name. */
export function formOption(value: string | undefined): FormSpec {
  if (value === undefined) return DLA_ONLINE_MARKET;
  const builtIn = builtInForm(value);
  if (builtIn) return builtIn;
  const path = value;
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
