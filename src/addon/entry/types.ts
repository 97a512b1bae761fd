// The plain-JSON shapes that cross google.script.run between the sidebar and the server: the context the sidebar opens
// with, the payload it submits and the result it gets back. No Date anywhere: Apps Script fails a call that carries one.

import type { EntryField } from '../../core/form/entryFields';
import type { FormSpec } from '../../core/form/types';
import type { Province } from '../../core/geo/types';
import type { Text } from '../../core/messages/text';
import type { LaoType } from '../../core/registry/types';
import type { ProblemCode, Severity } from '../../core/validate/codes';

export interface EntryLao {
  readonly code: string;
  readonly type: LaoType;
  /** bare name, as the registry holds it */
  readonly name: string;
  /** type-prefixed name, as written in the sheet: ทต.แม่กา */
  readonly label: string;
}

export interface EntryDistrict {
  readonly code: string;
  /** bare district name: เมืองพะเยา */
  readonly name: string;
  /** in Thai order by bare name, so ทต.ดงเจน and อบต.ดงเจน sit together */
  readonly laos: readonly EntryLao[];
}

export interface EntryContextReady {
  readonly ok: true;
  readonly province: Province;
  readonly sheetName: string;
  /** in Thai order; empty when the workbook has no registry for the province (names are then typed) */
  readonly districts: readonly EntryDistrict[];
  /** the report's form declaration: the page checks each entry with it, as the server does */
  readonly form: FormSpec;
  /** the fields the page shows, in order: the form's entered columns the report sheet has (see entryFields) */
  readonly fields: readonly EntryField[];
  /** a person-owned form's names already in the sheet, in Thai order, to pick from or type past; [] otherwise */
  readonly owners: readonly string[];
  readonly period: { readonly key: string; readonly label: Text };
  readonly today: { readonly iso: string; readonly thai: string };
  /** what this officer chose last time (user properties), as names: `lao` is the owner, an อปท. or a person */
  readonly last: { readonly district: string; readonly lao: string } | null;
}

export type EntryContext = EntryContextReady | { readonly ok: false; readonly message: Text };

/** A field's value as typed: text, or one text per box for a links field. */
export type EntryValue = string | readonly string[];

export interface EntryPayload {
  /** made by the browser once per entry and kept across retries: the same id is never written twice */
  readonly id: string;
  /** 1 for the first try of this id; a higher number tells the server to look harder for an earlier write */
  readonly attempt: number;
  /** by the form's column keys; a date as yyyy-mm-dd as the date input gives it. The server reads each by its column type. */
  readonly values: Readonly<Record<string, EntryValue>>;
  /** the officer ticked that the warnings were read */
  readonly confirmWarnings: boolean;
  /** a correction of a row the reviewer returned: its row and fingerprint as opened (see getReturnedEntries) */
  readonly replaces?: { readonly row: number; readonly fingerprint: string };
}

/** A row returned to the officer for correction, as the entry sidebar opens it: values by field key, as typed. */
export interface ReturnedEntry {
  readonly row: number;
  readonly fingerprint: string;
  /** the row's date as a person reads it (B.E.) */
  readonly date: string;
  /** หมายเหตุผู้ตรวจ: why it was returned */
  readonly reason: string;
  /** by the sidebar's field keys; a date as yyyy-mm-dd, links one text each */
  readonly values: Readonly<Record<string, EntryValue>>;
}

export type ReturnedEntries =
  | { readonly ok: true; readonly rows: readonly ReturnedEntry[] }
  | { readonly ok: false; readonly message: string };

export type EntryProblemCode = ProblemCode | 'ENTRY_NO_RESULT' | 'ENTRY_PERIOD_CLOSED';

export interface EntryProblem {
  /** the column key of the field it is about; null for the entry as a whole */
  readonly field: string | null;
  readonly severity: Severity;
  readonly code: EntryProblemCode;
  readonly message: Text;
  /** the part of the field the problem is about, as typed */
  readonly value: string;
}

export interface RecordedDate {
  readonly iso: string;
  /** as a person reads it: 20 พฤศจิกายน 2569 (or the month alone) */
  readonly thai: string;
}

export interface RecordedLink {
  readonly url: string;
  readonly platform: string;
}

/** A field as recorded: text, a number (money in baht), a date, the links; null when blank. */
export type RecordedValue = string | number | RecordedDate | readonly RecordedLink[] | null;

/** What is (or would be) written, normalised, by the form's column keys: the อปท. and district as the registry names them. */
export type RecordedEntry = Readonly<Record<string, RecordedValue>>;

export type SubmitResult =
  | {
      readonly status: 'recorded';
      readonly row: number;
      readonly sheetName: string;
      /** true when this id had been written before (a retry after a lost answer): nothing new was written */
      readonly duplicate: boolean;
      readonly recorded: RecordedEntry;
      readonly submittedAt: string;
      readonly message: Text;
    }
  /** errors block; warnings block until the officer confirms them */
  | { readonly status: 'invalid' | 'confirm'; readonly problems: readonly EntryProblem[]; readonly message: Text }
  /** the document lock could not be had: the sidebar waits and tries again */
  | { readonly status: 'busy'; readonly message: Text }
  | { readonly status: 'protected' | 'failed'; readonly message: Text };
