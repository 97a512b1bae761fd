// Thai digits (๐-๙, U+0E50-U+0E59) mean the same as 0-9 and are mixed freely with them in what people type.
// Hot path of every number and date read: a scan that allocates only when a Thai digit is present.

export function toArabicDigits(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e50 && c <= 0x0e59) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0x0e50 && c <= 0x0e59 ? String.fromCharCode(c - 0x0e50 + 48) : text[i];
  }
  return out;
}
