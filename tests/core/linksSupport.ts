// Helpers the link parser tests share: the URLs a cell yields, and the one link a cell must yield with no problems.

import { parseLinks } from '../../src/core/normalise/links';

export const urls = (cell: string) => parseLinks(cell).links.map((l) => l.url);

/** The one link a cell must yield, with no problems. */
export function only(cell: string) {
  const parsed = parseLinks(cell);
  expect(parsed.problems).toEqual([]);
  expect(parsed.empty).toBe(false);
  expect(parsed.links).toHaveLength(1);
  return parsed.links[0];
}
