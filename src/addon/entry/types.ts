// The plain-JSON shapes that cross google.script.run between the sidebar and the server: the context the sidebar opens
// with, the payload it submits and the result it gets back. No Date anywhere: Apps Script fails a call that carries one.

import type { Province } from '../../core/geo/types';
import type { Text } from '../../core/messages/text';
import type { LaoType } from '../../core/registry/types';
import type { ProblemCode, Severity } from '../../core/validate/codes';

/** The fields of the sidebar, named by the form's column keys. */
export type EntryField =
  | 'district'
  | 'lao'
  | 'date'
  | 'product'
  | 'links'
  | 'salesCount'
  | 'revenue'
  | 'beneficiaries'
  | 'note';

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
  /** the form's column keys the report sheet has: the sidebar shows only those fields */
  readonly columns: readonly string[];
  readonly period: { readonly key: string; readonly label: Text };
  readonly today: { readonly iso: string; readonly thai: string };
  /** what this officer chose last time (user properties), as names */
  readonly last: { readonly district: string; readonly lao: string } | null;
}

export type EntryContext = EntryContextReady | { readonly ok: false; readonly message: Text };

export interface EntryPayload {
  /** made by the browser once per entry and kept across retries: the same id is never written twice */
  readonly id: string;
  /** 1 for the first try of this id; a higher number tells the server to look harder for an earlier write */
  readonly attempt: number;
  readonly district: string;
  readonly lao: string;
  /** yyyy-mm-dd as the date input gives it, or '' */
  readonly date: string;
  readonly product: string;
  readonly links: readonly string[];
  readonly salesCount: string;
  readonly revenue: string;
  readonly beneficiaries: string;
  readonly note: string;
  /** the officer ticked that the warnings were read */
  readonly confirmWarnings: boolean;
}

export type EntryProblemCode = ProblemCode | 'ENTRY_NO_RESULT';

export interface EntryProblem {
  readonly field: EntryField | null;
  readonly severity: Severity;
  readonly code: EntryProblemCode;
  readonly message: Text;
  /** the part of the field the problem is about, as typed */
  readonly value: string;
}

/** What is (or would be) written, normalised: numbers as numbers (revenue in baht), dates as ISO. */
export interface RecordedEntry {
  readonly district: string | null;
  readonly lao: string | null;
  readonly date: string | null;
  readonly dateThai: string | null;
  readonly product: string | null;
  readonly links: readonly { readonly url: string; readonly platform: string }[];
  readonly salesCount: number | null;
  readonly revenue: number | null;
  readonly beneficiaries: number | null;
  readonly note: string | null;
}

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
