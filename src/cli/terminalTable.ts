// Lays out an aligned text table for a terminal; Thai vowel and tone marks take no column of their own.

const ZERO_WIDTH_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D\uFEFF]/g;

export function displayWidth(text: string): number {
  return text.replace(ZERO_WIDTH_MARKS, '').length;
}

function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Rows of cells as aligned lines; every column but the last is padded, cells longer than maxWidth are cut. */
export function formatTable(rows: readonly (readonly string[])[], maxWidth = 32, rightAligned: readonly number[] = []): string[] {
  const cells = rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? truncate(cell.replace(/\s+/g, ' '), maxWidth) : cell)));
  const widths: number[] = [];
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return cells.map((row) =>
    row
      .map((cell, i) => {
        if (i === row.length - 1) return cell;
        const pad = ' '.repeat(widths[i] - displayWidth(cell));
        return rightAligned.includes(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
