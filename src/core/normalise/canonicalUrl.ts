// Validates one http(s) URL and reduces it to the canonical key two links are compared by (no tracking parameters,
// front-end prefixes or aliases, sorted query), kept where it can as a part of the typed text.

import { remember } from '../remember';
import {
  CLOSE_BRACKET,
  CLOSE_PAREN,
  COLON,
  DOT,
  HASH,
  isAsciiLetter,
  isDigit,
  QUESTION,
  SLASH,
  TRAILING_PUNCTUATION,
  trimTrailing,
} from './linkChars';
import { FRONT_END_PREFIXES, HOST_ALIASES, type Platform, platformOfLowerCase } from './platforms';

// A cell's split leaves no white space, but canonicalLink gets whole strings; controls are never typed on purpose.
const SPACE_OR_CONTROL = /[\x00-\x20\x7f-\x9f]/;
// For hosts with non-ASCII characters (IDN, such as Thai names): labels of letters, marks, digits, '-' and
// '_'. ASCII hosts are checked by a loop instead. The classes exclude '.', so matching is linear.
const IDN_HOST = /^[\p{L}\p{M}\p{N}_-]+(?:\.[\p{L}\p{M}\p{N}_-]+)+$/u;
const IPV4 = /^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$/;
const YOUTUBE_ID = /^[A-Za-z0-9_-]+$/;
// Percent-encoded so a canonical key never contains a cell separator and always parses back to itself.
const SEPARATOR_CHARS = /[,;|]/g;
const SEPARATOR_ESCAPES: Readonly<Record<string, string>> = { ',': '%2C', ';': '%3B', '|': '%7C' };

const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'mibextid',
  'igshid',
  'igsh',
  'si',
  'feature',
  'ref',
  '__tn__',
  'rdid',
  'share_url',
  'is_from_webapp',
  'sender_device',
  '_t',
  '_r',
]);
// `__cft__[0]` arrives both raw and as `__cft__%5B0%5D`, so Facebook's keys are matched by prefix.
const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', '__cft__'];

// Most hosts start with none of the prefixes; one character test skips the loop for them.
const FRONT_END_FIRST_CHARS: ReadonlySet<number> = new Set(FRONT_END_PREFIXES.map((p) => p.charCodeAt(0)));
const ALIASES: readonly (readonly [string, string])[] = Object.keys(HOST_ALIASES).map((from) => [
  from,
  HOST_ALIASES[from],
]);

/**
 * A canonical key as part of a string: `source` itself when `from` < 0, otherwise https:// followed by source[from, to).
 * Most keys are the typed link less its `www.` or `m.`, so a sheet keeps the cell's text instead of a copy.
 */
export interface LinkKey {
  readonly source: string;
  readonly from: number;
  readonly to: number;
}

export const KEY_SCHEME = 'https://';
const KEY_PARTS: string[] = [KEY_SCHEME, ''];

/** The text of a canonical key given by its parts: one flat string (joined), as a key kept for long should be. */
export function keyText(source: string, from: number, to: number): string {
  if (from < 0) return source;
  KEY_PARTS[1] = source.slice(from, to);
  const text = KEY_PARTS.join('');
  KEY_PARTS[1] = '';
  return text;
}

export interface Analysed extends LinkKey {
  /** the typed host's platform: front-end prefixes and aliases stay inside it */
  readonly platform: Platform;
}

/** A typed host's canonical form and platform (youtu.be stays youtu.be here: its rewrite depends on the path). */
interface Site {
  readonly key: string;
  readonly platform: Platform;
  /** whether the typed host ends with the key as typed (same case), so a key can be a part of the typed link */
  readonly keyEndsHost: boolean;
}

// Hosts repeat on every row (www.facebook.com, m.facebook.com, www.tiktok.com…): each is worked out once, as typed.
const sites = new Map<string, Site>();
const SITES_KEPT = 10_000;

function siteOf(typedHost: string): Site {
  const known = sites.get(typedHost);
  if (known !== undefined) return known;
  const key = aliasHost(stripFrontEnd(typedHost.toLowerCase()));
  return remember(sites, SITES_KEPT, typedHost, {
    key,
    platform: platformOfLowerCase(key),
    keyEndsHost: typedHost.endsWith(key),
  });
}

interface Param {
  readonly key: string;
  readonly value: string;
  readonly text: string;
}

const NO_PARAMS: Param[] = [];
const PLAIN_KEY: string[] = [KEY_SCHEME, '', '', ''];

/**
 * Validates a URL that starts with http:// or https:// (any case) and builds its canonical form.
 * `checkSpaces` can be false when the caller knows the text has no white space or control characters.
 */
export function analyse(url: string, checkSpaces: boolean): Analysed | null {
  if (checkSpaces && SPACE_OR_CONTROL.test(url)) return null;
  const authorityStart = url.indexOf('://') + 3;
  // User info ('@') is rejected as a host character: a report link never needs it, and
  // `facebook.com@evil.io` is a lure.
  const hostEnd = validHostEnd(url, authorityStart);
  if (hostEnd < 0) return null;
  const authorityEnd = url.charCodeAt(hostEnd) === COLON ? validPortEnd(url, hostEnd + 1) : hostEnd;
  if (authorityEnd < 0 || (authorityEnd < url.length && !endsAuthority(url.charCodeAt(authorityEnd)))) return null;

  const hashAt = url.indexOf('#', authorityEnd);
  const end = hashAt < 0 ? url.length : hashAt;
  let queryAt = url.indexOf('?', authorityEnd);
  if (queryAt >= end) queryAt = -1;
  const pathEnd = queryAt < 0 ? end : queryAt;
  // most links have no query: they share one empty list, which only the youtu.be rewrite would change (on a copy)
  const params = queryAt < 0 ? NO_PARAMS : keptParams(url.slice(queryAt + 1, end));
  const site = siteOf(url.slice(authorityStart, hostEnd));
  const port = authorityEnd > hostEnd ? keptPort(url, hostEnd + 1, authorityEnd) : '';
  if (site.key === 'youtu.be') {
    const watch = youtubeWatchParams(url, authorityEnd, pathEnd, params);
    if (watch !== null) {
      return { platform: site.platform, source: builtKey('youtube.com', port, '/watch', watch), from: -1, to: -1 };
    }
  }

  let cleanEnd = pathEnd;
  while (cleanEnd > authorityEnd && url.charCodeAt(cleanEnd - 1) === SLASH) cleanEnd--;
  // The usual case: the url holds the key's host and path side by side, so the key is a part of it (no new string).
  if (params.length === 0 && authorityEnd === hostEnd && site.keyEndsHost) {
    const part = keyInUrl(url, site, authorityEnd, pathEnd, cleanEnd);
    if (part !== null) return part;
  }
  const cleanPath = cleanEnd > authorityEnd ? url.slice(authorityEnd, cleanEnd) : '/';
  return { platform: site.platform, source: builtKey(site.key, port, cleanPath, params), from: -1, to: -1 };
}

/** Where the port's digits that start at url[from] end, or -1 when the port is over 65535. */
function validPortEnd(url: string, from: number): number {
  let n = 0;
  let end = from;
  for (; end < url.length && isDigit(url.charCodeAt(end)); end++) {
    n = n * 10 + (url.charCodeAt(end) - 0x30);
    if (n > 65535) return -1;
  }
  return end;
}

/** The port the key keeps, from its digits url[from, to): none for an empty port or a default one. */
function keptPort(url: string, from: number, to: number): string {
  if (to === from) return '';
  const n = Number(url.slice(from, to));
  // Both default ports go: the canonical scheme is always https, so keeping :443 after http would not be idempotent.
  return n !== 80 && n !== 443 ? `:${n}` : '';
}

/**
 * A youtu.be link's query with its video id moved into ?v= (replacing any v typed), or null when the path is no video id:
 * only real ids are moved, so odd paths keep a key that is stable under re-canonicalising.
 */
function youtubeWatchParams(url: string, pathStart: number, pathEnd: number, params: readonly Param[]): Param[] | null {
  const slash = url.indexOf('/', pathStart + 1);
  const id = url.slice(pathStart + 1, slash < 0 || slash > pathEnd ? pathEnd : slash);
  if (!YOUTUBE_ID.test(id)) return null;
  const watch = params.filter((p) => p.key !== 'v');
  watch.push({ key: 'v', value: id, text: `v=${id}` });
  return watch;
}

/**
 * The key as a part of the url: its host's end and the path up to `cleanEnd` (trailing slashes dropped). A path of
 * slashes only is the root '/', which the url holds as its first slash; no path at all has no '/' to hold (null).
 */
function keyInUrl(url: string, site: Site, pathStart: number, pathEnd: number, cleanEnd: number): Analysed | null {
  const to = cleanEnd > pathStart ? cleanEnd : pathEnd > pathStart ? pathStart + 1 : -1;
  if (to < 0) return null;
  const from = pathStart - site.key.length;
  // a link already in canonical form is its own key
  const whole = from === KEY_SCHEME.length && to === url.length && url.startsWith(KEY_SCHEME);
  return { platform: site.platform, source: url, from: whole ? -1 : from, to: whole ? -1 : to };
}

/** A key of its own: host, port, path and the kept parameters sorted. */
function builtKey(host: string, port: string, path: string, params: Param[]): string {
  if (params.length === 0) {
    // joined rather than concatenated: one flat string, not a chain of pieces that each sheet would keep; the list is
    // kept for it (join copies the pieces, so the list can be refilled next time)
    PLAIN_KEY[1] = host;
    PLAIN_KEY[2] = port;
    PLAIN_KEY[3] = path;
    return PLAIN_KEY.join('');
  }
  if (params.length > 1) params.sort(compareParams);
  const parts = [KEY_SCHEME, host, port, path];
  for (let i = 0; i < params.length; i++) parts.push(i === 0 ? '?' : '&', params[i].text);
  return parts.join('');
}

/**
 * Makes sure parseLinks reads the key back unchanged: a key ending in punctuation that the parser would
 * trim (`/post.` once a query or slash is dropped) is trimmed and re-canonicalised until it is stable.
 * Every round is shorter except a single youtu.be → youtube.com rewrite, so the bound is only a safety net.
 */
export function settle(analysed: Analysed): LinkKey | null {
  let current: LinkKey = analysed;
  for (let round = current.source.length + 64; round > 0; round--) {
    // a key whose last character is not punctuation cannot be trimmed: the usual case, decided without its text
    const { source, from, to } = current;
    const last = source.charCodeAt((from < 0 ? source.length : to) - 1);
    if (!TRAILING_PUNCTUATION.has(last) && last !== CLOSE_PAREN && last !== CLOSE_BRACKET) return current;
    const text = keyText(source, from, to);
    const trimmed = trimTrailing(text);
    if (trimmed === text) return current;
    const next = analyse(trimmed, false);
    if (next === null) return null;
    current = next;
  }
  return null;
}

/**
 * Where the host that starts at url[start] ends (at the first character a host cannot have), or -1 when it is not a valid
 * host name or IPv4 address.
 */
function validHostEnd(url: string, start: number): number {
  let labelLength = 0;
  let dots = 0;
  let digitsOnly = true; // the current label so far
  let nonAscii = false;
  let end = start;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if (c === DOT) {
      if (labelLength === 0) return -1;
      dots++;
      labelLength = 0;
      digitsOnly = true;
      continue;
    }
    if (!isHostChar(c)) break;
    labelLength++;
    if (isDigit(c)) continue;
    digitsOnly = false;
    if (c >= 0x80) nonAscii = true;
  }
  if (labelLength === 0 || dots === 0) return -1;
  // Most hosts are ASCII names, decided by the loop alone; the rest are checked as text.
  if (!nonAscii && !digitsOnly) return end;
  const host = url.slice(start, end).toLowerCase();
  if (nonAscii && !IDN_HOST.test(host)) return -1;
  // A numeric last label is only valid as part of an IPv4 address.
  return !digitsOnly || isIpv4(host) ? end : -1;
}

/** Letters, digits, '-' and '_', and any non-ASCII character (checked with the rest of an IDN host). */
function isHostChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x2d || c === 0x5f || c >= 0x80;
}

function endsAuthority(c: number): boolean {
  return c === SLASH || c === QUESTION || c === HASH;
}

function isIpv4(host: string): boolean {
  if (!IPV4.test(host)) return false;
  for (const part of host.split('.')) if (Number(part) > 255) return false;
  return true;
}

function stripFrontEnd(host: string): string {
  let h = host;
  let again = true;
  while (again && FRONT_END_FIRST_CHARS.has(h.charCodeAt(0))) {
    again = false;
    for (let i = 0; i < FRONT_END_PREFIXES.length; i++) {
      const prefix = FRONT_END_PREFIXES[i];
      if (h.charCodeAt(0) === prefix.charCodeAt(0) && h.startsWith(prefix) && h.indexOf('.', prefix.length) > 0) {
        h = h.slice(prefix.length);
        again = true;
      }
    }
  }
  return h;
}

function aliasHost(host: string): string {
  for (let i = 0; i < ALIASES.length; i++) {
    const from = ALIASES[i][0];
    const to = ALIASES[i][1];
    if (host === from) return to;
    if (host.endsWith(from) && host.charCodeAt(host.length - from.length - 1) === DOT) {
      return host.slice(0, host.length - from.length) + to;
    }
  }
  return host;
}

export function escapeSeparators(s: string): string {
  return s.replace(SEPARATOR_CHARS, (c) => SEPARATOR_ESCAPES[c]);
}

function keptParams(query: string): Param[] {
  const kept: Param[] = [];
  for (let from = 0; from <= query.length; ) {
    let to = query.indexOf('&', from);
    if (to < 0) to = query.length;
    const part = query.slice(from, to);
    from = to + 1;
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    if (isTracking(rawKey.toLowerCase())) continue;
    kept.push(eq < 0 ? { key: part, value: '', text: part } : { key: rawKey, value: part.slice(eq + 1), text: part });
  }
  return kept;
}

function isTracking(key: string): boolean {
  if (TRACKING_PARAMS.has(key)) return true;
  for (const prefix of TRACKING_PARAM_PREFIXES) if (key.startsWith(prefix)) return true;
  return false;
}

// Sort is stable, so equal (key, value) pairs keep their typed order and a second pass changes nothing.
function compareParams(a: Param, b: Param): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return 0;
}
