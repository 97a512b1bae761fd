// Turns the bytes of a CSV file into text, working out the encoding the way Thai users' files are really written:
// UTF-8 (with or without BOM, Google Sheets and "CSV UTF-8"), UTF-16 with or without BOM (Excel "Unicode text", other exports),
// or Windows-874 (Thai Excel "CSV").

import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';

export interface DecodedText {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  // A BOM is a promise of UTF-8; a broken sequence after it shows as \ufffd rather than switching encodings.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: utf16le(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: utf16le(swapPairs(bytes.subarray(2))), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 === 'utf-16le') return { text: utf16le(bytes), encoding: 'utf-16le' };
  if (utf16 === 'utf-16be') return { text: utf16le(swapPairs(bytes)), encoding: 'utf-16be' };
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== undefined && !looksLikeMisreadThai(utf8, bytes)) return { text: utf8, encoding: 'utf-8' };
  return { text: win874(bytes), encoding: 'windows-874' };
}

// Latin letters, digits and punctuation (U+00xx) and Thai (U+0Exx): the high byte of nearly every UTF-16 unit of a report
const UTF16_HIGH_BYTES = new Set([0x00, 0x0e]);
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 without a byte-order mark, told by where the high bytes stand: in a report almost every 16-bit unit is ASCII or
 * Thai, so one byte of each pair is 0x00 or 0x0E. Neither byte occurs in UTF-8 or Windows-874 text, which keeps this safe.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SAMPLE) / 2);
  if (pairs === 0) return undefined;
  let low = 0;
  let high = 0;
  for (let i = 0; i < pairs; i++) {
    if (UTF16_HIGH_BYTES.has(bytes[2 * i + 1])) low++;
    if (UTF16_HIGH_BYTES.has(bytes[2 * i])) high++;
  }
  // nine units in ten: a stray emoji or symbol does not matter, a text that merely contains NULs is not taken for UTF-16
  if (low >= pairs * 0.9 && low > high) return 'utf-16le';
  if (high >= pairs * 0.9 && high > low) return 'utf-16be';
  return undefined;
}

/**
 * True when decoded text is not text at all: a NUL anywhere, or many control / undecodable characters
 * in the first few kilobytes (where a real CSV shows itself).
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let odd = 0;
  for (const ch of sample) if (isOddCharacter(ch)) odd++;
  return sample.length > 0 && odd / sample.length > 0.1;
}

function isOddCharacter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) return false;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const THAI = /[\u0e01-\u0e5b]/;

/**
 * Windows-874 Thai can also be valid UTF-8: "รก" is the bytes C3 A1 ("á"), "เกก" is E0 A1 A1 (a Syriac letter).
 * A UTF-8 reading with no Thai at all, of bytes whose Windows-874 reading is ASCII and Thai only, is such a misreading:
 * reports are written in Thai, and real UTF-8 Thai text reads as Thai.
 */
function looksLikeMisreadThai(utf8: string, bytes: Uint8Array): boolean {
  if (!/[^\u0000-\u007f]/.test(utf8) || THAI.test(utf8)) return false;
  const thai = win874(bytes);
  return THAI.test(thai) && !/[^\u0000-\u007f\u0e01-\u0e5b]/.test(thai);
}

function win874(bytes: Uint8Array): string {
  return iconv.decode(bytes, 'win874');
}

function utf16le(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength - (bytes.byteLength % 2)).toString('utf16le');
}

/** Big-endian UTF-16 becomes little-endian by swapping each byte pair; avoids depending on ICU for 'utf-16be'. */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.byteLength - (bytes.byteLength % 2));
  for (let i = 0; i < out.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
