// Thai digits (๐-๙, U+0E50-U+0E59) mean the same as 0-9 and are mixed freely with them in what people type.

const THAI_DIGIT = /[\u0E50-\u0E59]/g;

export function toArabicDigits(text: string): string {
  return text.replace(THAI_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 48));
}
