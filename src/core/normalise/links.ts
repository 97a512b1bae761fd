// Finds the links in a "published content" cell and reduces each to a canonical key, so the same post pasted
// twice (with tracking parameters, an m. host, a short domain, labels or Thai digits) is recognised as one.

import { normaliseTextOnce } from './text';
import { toArabicDigits } from './thaiDigits';
import { FRONT_END_PREFIXES, HOST_ALIASES, PLATFORM_HOSTS, type KnownPlatform } from './platforms';

export type Platform = 'facebook' | 'tiktok' | 'youtube' | 'instagram' | 'line' | 'x' | 'shopee' | 'lazada' | 'other';

/** Every platform: the known ones in declaration order, then 'other'. */
export const PLATFORMS: readonly Platform[] = [...(Object.keys(PLATFORM_HOSTS) as KnownPlatform[]), 'other'];
/**
 * A platform's index in PLATFORMS: compact columns and counters store it instead of the name. A search of the short
 * list is cheaper than a lookup by name, which is made once for every link of a sheet.
 */
export function platformCode(platform: Platform): number {
  return PLATFORMS.indexOf(platform);
}

export interface ParsedLink {
  /** The link as found in the cell (after Thai digits were converted), without label or glued punctuation. */
  readonly raw: string;
  /** The link as it would be opened: `raw` with `https://` added when no scheme was typed. */
  readonly url: string;
  /** The key two links are compared by. */
  readonly canonical: string;
  readonly platform: Platform;
  /**
   * The canonical link's number in a run of sheet checks (the same link, the same number), set by the check; -1 here.
   * Roll-ups count distinct links by number, which is much cheaper than by text.
   */
  id: number;
}

export type LinkProblemCode = 'LINK_INVALID' | 'LINK_NOT_HTTP';

/** The longest link accepted, in characters: browsers and platforms refuse longer ones, and no post's link is near it. */
export const MAX_LINK_LENGTH = 2048;

export interface LinkProblem {
  readonly code: LinkProblemCode;
  readonly token: string;
}

export interface ParsedLinks {
  readonly links: readonly ParsedLink[];
  readonly problems: readonly LinkProblem[];
  /** True only for a blank cell or a "no link" marker such as `-` or `ไม่มี`. */
  readonly empty: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Hoisted patterns and tables: this runs once per row on sheets of a million rows.

// A printable-ASCII cell without spaces is already what normaliseText would return, and most cells are that.
const NEEDS_NORMALISING = /[^\x21-\x7e]/;
// After normaliseText every run of white space is one ' ', and ' และ ' splits as two spaces around a word.
// A comma inside a query string is rare next to a comma between two links, so ',' always separates.
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2c || c === 0x3b || c === 0x7c; // space , ; |
}
// Any character but printable ASCII other than , ; and |: a cell without one is plain and holds one token (the usual
// single link), which one scan of the cell tells.
const NOT_PLAIN_SINGLE = /[^\x21-\x2b\x2d-\x3a\x3c-\x7b\x7d\x7e]/;
const NO_LINK_MARKERS: ReadonlySet<string> = new Set(['-', '–', '—', 'ไม่มี', 'n/a', 'na']);
const LONGEST_MARKER = 5;

const HTTP_PREFIX = /^https?:\/\//i;
// Schemes that are dangerous or plainly not a web page even without '//'. Other `word:` prefixes are
// labels ("FB:", "เพจ:"), so this list is closed on purpose.
const OPAQUE_SCHEME = /(?<![a-z0-9+.-])(?:javascript|vbscript|data|file|mailto|tel|sms|blob|intent):/i;
// Neither may follow a host character or '/': `evil.io/facebook.com/x` is not a Facebook link.
const WWW_START = /(?<![a-z0-9._/-])www\./i;
// A bare platform domain (or a subdomain of one) followed by a path.
const BARE_PLATFORM = new RegExp(
  '(?<![a-z0-9._@/-])(?:[a-z0-9-]+\\.)*(?:' +
    Object.values(PLATFORM_HOSTS)
      .flat()
      .map((d) => d.replace(/\./g, '\\.'))
      .join('|') +
    ')/',
  'i',
);

// White space cannot survive the split, but canonicalLink gets whole strings; controls are never typed on purpose.
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
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

const PLATFORM_BY_DOMAIN: ReadonlyMap<string, Platform> = (() => {
  const map = new Map<string, Platform>();
  for (const platform of Object.keys(PLATFORM_HOSTS) as KnownPlatform[]) {
    for (const domain of PLATFORM_HOSTS[platform]) map.set(domain, platform);
  }
  return map;
})();

// Most hosts start with none of the prefixes; one character test skips the loop for them.
const FRONT_END_FIRST_CHARS: ReadonlySet<number> = new Set(FRONT_END_PREFIXES.map((p) => p.charCodeAt(0)));
const ALIASES: readonly (readonly [string, string])[] = Object.keys(HOST_ALIASES).map((from) => [from, HOST_ALIASES[from]]);

// Characters people glue to the end of a link in a sentence. ')' and ']' only count when unmatched,
// because Wikipedia-style paths end in a balanced ')'.
const TRAILING_PUNCTUATION: ReadonlySet<number> = new Set(
  ['.', ',', ';', ':', '!', '?', '"', "'", '>', '”', '’', '»', '…'].map((c) => c.charCodeAt(0)),
);
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const HASH = 0x23;
const COLON = 0x3a;
const DOT = 0x2e;

// ---------------------------------------------------------------------------------------------------------
// Public API

const EMPTY: ParsedLinks = { links: [], problems: [], empty: true };

/**
 * Receives what the scan of a cell finds, in cell order: a sheet check writes links into its table without link objects.
 * The canonical key comes as a LinkKey's parts, so the usual key (the url without `www.`) needs no string of its own.
 */
export interface LinkSink {
  link(raw: string, url: string, platform: Platform, keySource: string, keyFrom: number, keyTo: number): void;
  problem(code: LinkProblemCode, token: string): void;
}

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

export function parseLinks(cell: string): ParsedLinks {
  const links: ParsedLink[] = [];
  const problems: LinkProblem[] = [];
  const sink: LinkSink = {
    link: (raw, url, platform, source, from, to) => links.push({ raw, url, canonical: keyText(source, from, to), platform, id: -1 }),
    problem: (code, token) => problems.push({ code, token }),
  };
  return scanLinks(cell, sink) ? { links, problems, empty: false } : EMPTY;
}

/** Finds the links and the problems of a cell; false for a blank cell or a "no link" marker such as `-` (nothing found). */
export function scanLinks(cell: string, sink: LinkSink): boolean {
  const single = !NOT_PLAIN_SINGLE.test(cell);
  const plain = single || !NEEDS_NORMALISING.test(cell);
  const text = plain ? cell : prepare(cell);
  if (text === '' || (text.length <= LONGEST_MARKER && NO_LINK_MARKERS.has(text.toLowerCase()))) {
    return false;
  }
  // normaliseText turned white space into ' ', so only stray control characters can remain; one scan of the
  // cell saves scanning each link.
  const checkControls = !plain && CONTROL.test(text);
  let sawUrl = false;
  for (let end = -1; end < text.length; ) {
    const begin = end + 1;
    end = single ? text.length : begin;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
    if (end === begin) continue;
    const token = begin === 0 && end === text.length ? text : text.slice(begin, end);
    const found = findUrlStart(token);
    if (found === null) continue;
    const typed = found.start === 0 ? token : token.slice(found.start);
    // "File:" or "Data:" with nothing after it is a label, not a link.
    if (found.kind === 'opaque' && trimTrailing(typed.slice(typed.indexOf(':') + 1)) === '') continue;
    const raw = trimTrailing(typed);
    sawUrl = true;
    if (raw.length > MAX_LINK_LENGTH) {
      sink.problem('LINK_INVALID', raw);
      continue;
    }
    if (found.kind === 'other' || found.kind === 'opaque') {
      sink.problem('LINK_NOT_HTTP', raw);
      continue;
    }
    const url = found.kind === 'none' ? 'https://' + raw : raw;
    const analysed = found.kind === 'empty' ? null : analyse(url, checkControls);
    const key = analysed === null ? null : settle(analysed);
    if (analysed === null || key === null) sink.problem('LINK_INVALID', raw);
    else sink.link(raw, url, analysed.platform, key.source, key.from, key.to);
  }
  if (!sawUrl) sink.problem('LINK_INVALID', text);
  return true;
}

/**
 * The canonical key of one http(s) URL, or null when it is not a valid http(s) URL. The input gets the same
 * clean-up as a cell (Thai digits, zero-width characters, glued trailing punctuation) but no label or
 * scheme-less forms: it must start with http:// or https://.
 */
export function canonicalLink(url: string): string | null {
  const text = prepare(url);
  if (!HTTP_PREFIX.test(text) || text.length > MAX_LINK_LENGTH) return null;
  // Separators cannot reach analyse from a cell; escaping them here keeps the key splittable. They are not
  // structural in a URL, so escaping before parsing changes nothing else (a host with one is invalid either way).
  const analysed = analyse(escapeSeparators(trimTrailing(text)), true);
  const key = analysed === null ? null : settle(analysed);
  return key === null ? null : keyText(key.source, key.from, key.to);
}

/** The platform of a lower- or mixed-case host name (no scheme, port or path). */
export function platformOf(host: string): Platform {
  return platformOfLowerCase(host.toLowerCase());
}

/** The same for a host known to be lower case already (as analyse makes it). */
function platformOfLowerCase(host: string): Platform {
  let domain = host;
  for (;;) {
    const platform = PLATFORM_BY_DOMAIN.get(domain);
    if (platform !== undefined) return platform;
    const dot = domain.indexOf('.');
    if (dot < 0) return 'other';
    domain = domain.slice(dot + 1);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Finding links in a token

// http: typed http(s) scheme; other: another `xxx://` scheme; opaque: javascript: and the like;
// none: www. or a bare platform domain (https:// is added); empty: '://' with nothing before it.
type Kind = 'http' | 'other' | 'opaque' | 'none' | 'empty';

interface UrlStart {
  readonly start: number;
  readonly kind: Kind;
}

const AT_HTTP: UrlStart = { start: 0, kind: 'http' };

function prepare(text: string): string {
  return NEEDS_NORMALISING.test(text) ? normaliseTextOnce(toArabicDigits(text)) : text;
}

/** Where the first URL-like text in a token starts; anything before it is a label. */
function findUrlStart(token: string): UrlStart | null {
  if (HTTP_PREFIX.test(token)) return AT_HTTP;
  let best: UrlStart | null = null;

  // Every other start needs ':' (a scheme) or '.' (www., a domain); most labels have neither.
  const hasDot = token.indexOf('.') >= 0;
  if (!hasDot && token.indexOf(':') < 0) return null;

  // Searching for '://' and walking back keeps this linear; a scheme regex would rescan from every letter.
  const sep = token.indexOf('://');
  if (sep >= 0) {
    let start = sep;
    while (start > 0 && isSchemeChar(token.charCodeAt(start - 1))) start--;
    while (start < sep && !isAsciiLetter(token.charCodeAt(start))) start++;
    const scheme = token.slice(start, sep).toLowerCase();
    if (scheme === 'http' || scheme === 'https') best = { start, kind: 'http' };
    // "FBhttps://…": a label glued to the scheme, not an unknown scheme.
    else if (scheme.endsWith('https')) best = { start: sep - 5, kind: 'http' };
    else if (scheme.endsWith('http')) best = { start: sep - 4, kind: 'http' };
    else best = { start, kind: scheme === '' ? 'empty' : 'other' };
  }
  best = earlier(best, OPAQUE_SCHEME.exec(token), 'opaque');
  if (hasDot) {
    best = earlier(best, WWW_START.exec(token), 'none');
    best = earlier(best, BARE_PLATFORM.exec(token), 'none');
  }
  return best;
}

function earlier(best: UrlStart | null, match: RegExpExecArray | null, kind: Kind): UrlStart | null {
  if (match === null || (best !== null && best.start <= match.index)) return best;
  return { start: match.index, kind };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e;
}

/** Drops sentence punctuation glued to the end of a link. */
function trimTrailing(s: string): string {
  let end = s.length;
  // Bracket counts are taken once, and only when a closing bracket is met, so a run of ')' stays linear.
  let counts: number[] | null = null;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c === CLOSE_PAREN || c === CLOSE_BRACKET) {
      if (counts === null) counts = bracketCounts(s, end);
      const paren = c === CLOSE_PAREN;
      if (paren ? counts[0] >= counts[1] : counts[2] >= counts[3]) break;
      counts[paren ? 1 : 3]--;
    } else if (!TRAILING_PUNCTUATION.has(c)) {
      break;
    }
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** [open parens, close parens, open brackets, close brackets] in s before end. */
function bracketCounts(s: string, end: number): number[] {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === OPEN_PAREN) counts[0]++;
    else if (c === CLOSE_PAREN) counts[1]++;
    else if (c === OPEN_BRACKET) counts[2]++;
    else if (c === CLOSE_BRACKET) counts[3]++;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------------------
// Validating and canonicalising one http(s) URL

interface Analysed extends LinkKey {
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
  let site = sites.get(typedHost);
  if (site === undefined) {
    const key = aliasHost(stripFrontEnd(typedHost.toLowerCase()));
    site = { key, platform: platformOfLowerCase(key), keyEndsHost: typedHost.endsWith(key) };
    if (sites.size >= SITES_KEPT) sites.clear();
    sites.set(typedHost, site);
  }
  return site;
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
function analyse(url: string, checkSpaces: boolean): Analysed | null {
  if (checkSpaces && SPACE_OR_CONTROL.test(url)) return null;
  const authorityStart = url.indexOf('://') + 3;
  // User info ('@') is rejected as a host character: a report link never needs it, and
  // `facebook.com@evil.io` is a lure.
  const hostEnd = validHostEnd(url, authorityStart);
  if (hostEnd < 0) return null;
  let authorityEnd = hostEnd;
  const colon = url.charCodeAt(hostEnd) === COLON ? hostEnd : -1;
  let port = '';
  if (colon >= 0) {
    let n = 0;
    for (authorityEnd = colon + 1; authorityEnd < url.length && isDigit(url.charCodeAt(authorityEnd)); authorityEnd++) {
      n = n * 10 + (url.charCodeAt(authorityEnd) - 0x30);
      if (n > 65535) return null;
    }
    // Both default ports go: the canonical scheme is always https, so keeping :443 after http would not be idempotent.
    if (authorityEnd > colon + 1 && n !== 80 && n !== 443) port = ':' + n;
  }
  if (authorityEnd < url.length && !endsAuthority(url.charCodeAt(authorityEnd))) return null;

  const hashAt = url.indexOf('#', authorityEnd);
  const end = hashAt < 0 ? url.length : hashAt;
  let queryAt = url.indexOf('?', authorityEnd);
  if (queryAt >= end) queryAt = -1;
  const pathEnd = queryAt < 0 ? end : queryAt;
  // most links have no query: they share one empty list, which only the youtu.be rewrite below would change (on a copy)
  let params = queryAt < 0 ? NO_PARAMS : keptParams(url.slice(queryAt + 1, end));

  const site = siteOf(url.slice(authorityStart, hostEnd));
  let key = site.key;
  // the path as typed, url[authorityEnd, pathEnd), unless the youtu.be rewrite below replaces it
  let rewritten: string | null = null;
  if (key === 'youtu.be') {
    const slash = url.indexOf('/', authorityEnd + 1);
    const id = url.slice(authorityEnd + 1, slash < 0 || slash > pathEnd ? pathEnd : slash);
    // Only real video ids are moved into ?v=, so odd paths keep a key that is stable under re-canonicalising.
    if (YOUTUBE_ID.test(id)) {
      key = 'youtube.com';
      rewritten = '/watch';
      params = params.filter((p) => p.key !== 'v');
      params.push({ key: 'v', value: id, text: 'v=' + id });
    }
  }

  let cleanEnd = pathEnd;
  while (cleanEnd > authorityEnd && url.charCodeAt(cleanEnd - 1) === SLASH) cleanEnd--;
  if (params.length === 0 && port === '' && colon < 0 && rewritten === null && site.keyEndsHost) {
    // The usual case: the url holds the key's host and path side by side, so the key is a part of it (no new string).
    // A path of slashes only is the root '/', which the url holds as its first slash; no path at all has no '/' to hold.
    const to = cleanEnd > authorityEnd ? cleanEnd : pathEnd > authorityEnd ? authorityEnd + 1 : -1;
    if (to >= 0) {
      const from = authorityEnd - key.length;
      // a link already in canonical form is its own key
      const whole = from === KEY_SCHEME.length && to === url.length && url.startsWith(KEY_SCHEME);
      return { platform: site.platform, source: url, from: whole ? -1 : from, to: whole ? -1 : to };
    }
  }
  const cleanPath = rewritten ?? (cleanEnd > authorityEnd ? url.slice(authorityEnd, cleanEnd) : '/');
  if (params.length === 0) {
    // joined rather than concatenated: one flat string, not a chain of pieces that each sheet would keep; the list is
    // kept for it (join copies the pieces, so the list can be refilled next time)
    PLAIN_KEY[1] = key;
    PLAIN_KEY[2] = port;
    PLAIN_KEY[3] = cleanPath;
    return { platform: site.platform, source: PLAIN_KEY.join(''), from: -1, to: -1 };
  }
  if (params.length > 1) params.sort(compareParams);
  const parts = [KEY_SCHEME, key, port, cleanPath];
  for (let i = 0; i < params.length; i++) parts.push(i === 0 ? '?' : '&', params[i].text);
  return { platform: site.platform, source: parts.join(''), from: -1, to: -1 };
}

/**
 * Makes sure parseLinks reads the key back unchanged: a key ending in punctuation that the parser would
 * trim (`/post.` once a query or slash is dropped) is trimmed and re-canonicalised until it is stable.
 * Every round is shorter except a single youtu.be → youtube.com rewrite, so the bound is only a safety net.
 */
function settle(analysed: Analysed): LinkKey | null {
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

function escapeSeparators(s: string): string {
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
