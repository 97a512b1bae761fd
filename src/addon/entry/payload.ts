// Reads what the browser sent as an entry: anything can arrive over google.script.run, so every value is checked against
// the form's column of that key (a list of texts for links, one text otherwise) and for its length before the core sees it.
// The id's shape is fixed so recent ids fit in one document property.

import { isEntered } from '../../core/form/entryFields';
import type { FormSpec } from '../../core/form/types';
import { FINGERPRINT_SHAPE } from '../../core/review/fingerprint';
import type { EntryPayload, EntryValue } from './types';

/** 8–24 URL-safe characters: the browser sends 16 (12 random bytes in base64url) */
export const SUBMISSION_ID = /^[A-Za-z0-9_-]{8,24}$/;
const MAX_TEXT = 2000;
const MAX_LINKS = 20;
const MAX_ATTEMPT = 100;

export type PayloadRead =
  | { readonly ok: true; readonly payload: EntryPayload }
  | { readonly ok: false; readonly detail: string };

function text(value: unknown, field: string, problems: string[]): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    problems.push(`${field}: not text`);
    return '';
  }
  if (value.length > MAX_TEXT) problems.push(`${field}: longer than ${MAX_TEXT} characters`);
  return value;
}

function texts(value: unknown, field: string, problems: string[]): string[] {
  const list = value === undefined || value === null ? [] : value;
  if (!Array.isArray(list) || list.length > MAX_LINKS) {
    problems.push(`${field}: at most ${MAX_LINKS}`);
    return [];
  }
  return list.map((l, i) => text(l, `${field}[${i}]`, problems));
}

/** Every entered column of the form gets a value ('' or [] when none was sent); a key the form does not enter is refused. */
function readValues(raw: unknown, form: FormSpec, problems: string[]): Record<string, EntryValue> {
  const sent = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && sent !== raw) problems.push('values: not an object');
  const columns = form.columns.filter(isEntered);
  const known = new Set(columns.map((c) => c.key));
  for (const key of Object.keys(sent)) if (!known.has(key)) problems.push(`${key}: not a field of the form`);
  const values: Record<string, EntryValue> = {};
  for (const c of columns)
    values[c.key] = c.type === 'links' ? texts(sent[c.key], c.key, problems) : text(sent[c.key], c.key, problems);
  return values;
}

/** The returned row a correction replaces: a sheet row and a fingerprint of the shape rowFingerprint gives. */
function readReplaces(raw: unknown, problems: string[]): EntryPayload['replaces'] {
  if (raw === undefined || raw === null) return undefined;
  const r = (typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const row = r.row;
  const fingerprint = r.fingerprint;
  const isRow = typeof row === 'number' && Number.isInteger(row) && row >= 1;
  if (isRow && typeof fingerprint === 'string' && FINGERPRINT_SHAPE.test(fingerprint)) return { row, fingerprint };
  problems.push('replaces');
  return undefined;
}

export function readPayload(raw: unknown, form: FormSpec): PayloadRead {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, detail: 'not an object' };
  const p = raw as Record<string, unknown>;
  const problems: string[] = [];
  const id = typeof p.id === 'string' ? p.id : '';
  if (!SUBMISSION_ID.test(id)) problems.push('id');
  const attempt =
    typeof p.attempt === 'number' && Number.isInteger(p.attempt) && p.attempt >= 1
      ? Math.min(p.attempt, MAX_ATTEMPT)
      : 1;
  const values = readValues(p.values, form, problems);
  const replaces = readReplaces(p.replaces, problems);
  const payload: EntryPayload = {
    id,
    attempt,
    values,
    confirmWarnings: p.confirmWarnings === true,
    ...(replaces ? { replaces } : {}),
  };
  return problems.length > 0 ? { ok: false, detail: problems.join(', ') } : { ok: true, payload };
}
