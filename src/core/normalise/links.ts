// Finds the links in a "published content" cell and reduces each to a canonical key, so the same post pasted
// twice (with tracking parameters, an m. host, a short domain, labels or Thai digits) is recognised as one.

import { analyse, escapeSeparators, keyText, settle } from './canonicalUrl';
import { isAsciiLetter, isDigit, trimTrailing } from './linkChars';
import { PLATFORM_HOSTS, type Platform } from './platforms';
import { normaliseTextOnce } from './text';
import { toArabicDigits } from './thaiDigits';

// The link vocabulary's other parts, so a caller imports everything about links from here.
export { KEY_SCHEME, keyText, type LinkKey } from './canonicalUrl';
export { PLATFORMS, type Platform, platformCode, platformOf } from './platforms';

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

// Control characters are never typed on purpose; a link that holds one is invalid.
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;

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

export function parseLinks(cell: string): ParsedLinks {
  const links: ParsedLink[] = [];
  const problems: LinkProblem[] = [];
  const sink: LinkSink = {
    link: (raw, url, platform, source, from, to) =>
      links.push({ raw, url, canonical: keyText(source, from, to), platform, id: -1 }),
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
    const url = found.kind === 'none' ? `https://${raw}` : raw;
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

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e;
}
