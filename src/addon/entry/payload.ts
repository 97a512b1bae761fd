// Reads what the browser sent as an entry: anything can arrive over google.script.run, so every field is checked for its
// type and length before the core sees it. The id's shape is fixed so recent ids fit in one document property.

import type { EntryPayload } from './types';

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

export function readPayload(raw: unknown): PayloadRead {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, detail: 'not an object' };
  const p = raw as Record<string, unknown>;
  const problems: string[] = [];
  const id = typeof p.id === 'string' ? p.id : '';
  if (!SUBMISSION_ID.test(id)) problems.push('id');
  const attempt =
    typeof p.attempt === 'number' && Number.isInteger(p.attempt) && p.attempt >= 1
      ? Math.min(p.attempt, MAX_ATTEMPT)
      : 1;
  const rawLinks = p.links === undefined ? [] : p.links;
  if (!Array.isArray(rawLinks) || rawLinks.length > MAX_LINKS) problems.push(`links: at most ${MAX_LINKS}`);
  const links = Array.isArray(rawLinks)
    ? rawLinks.slice(0, MAX_LINKS).map((l, i) => text(l, `links[${i}]`, problems))
    : [];
  const payload: EntryPayload = {
    id,
    attempt,
    district: text(p.district, 'district', problems),
    lao: text(p.lao, 'lao', problems),
    date: text(p.date, 'date', problems),
    product: text(p.product, 'product', problems),
    links,
    salesCount: text(p.salesCount, 'salesCount', problems),
    revenue: text(p.revenue, 'revenue', problems),
    beneficiaries: text(p.beneficiaries, 'beneficiaries', problems),
    note: text(p.note, 'note', problems),
    confirmWarnings: p.confirmWarnings === true,
  };
  return problems.length > 0 ? { ok: false, detail: problems.join(', ') } : { ok: true, payload };
}
