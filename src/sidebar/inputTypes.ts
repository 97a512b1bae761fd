// What every input of the entry form gives the form, whatever its kind: its value (read and set), its problems shown,
// a reset, focus.
/// <reference lib="dom" />

import type { EntryProblem, EntryValue } from '../addon/entry/types';
import type { EntryField } from '../core/form/entryFields';

export interface EntryInput {
  readonly field: EntryField;
  readonly root: HTMLElement;
  value(): EntryValue;
  /** shows this field's problems, and what the core reads its value as */
  show(problems: readonly EntryProblem[]): void;
  /** empties it for the next entry (a picker keeps its choice) */
  clear(): void;
  /** puts a value back in, as value() gives it (a returned row opened for correction) */
  set(value: EntryValue): void;
  focus(): void;
}
