// A rectangular block of cell values for the twin tests, by default each cell naming its own row and column.

export function grid(
  rows: number,
  cols: number,
  f: (r: number, c: number) => string | number = (r, c) => `r${r}c${c}`,
): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r + 1, c + 1)));
}
