// A link longer than 2,048 characters is LINK_INVALID, with a message that gives its length rather than the whole text.

import { problemText } from '../../src/core/messages/problems';
import { canonicalLink, MAX_LINK_LENGTH, parseLinks } from '../../src/core/normalise/links';

const link = (length: number) => {
  const start = 'https://www.facebook.com/';
  return start + '1'.repeat(length - start.length);
};

test('a link of 2,048 characters is a link; one character more is LINK_INVALID', () => {
  expect(MAX_LINK_LENGTH).toBe(2048);
  expect(parseLinks(link(2048)).links).toHaveLength(1);
  expect(parseLinks(link(2049))).toMatchObject({ links: [], problems: [{ code: 'LINK_INVALID' }] });
  expect(parseLinks(`facebook.com/${'1'.repeat(100_000)}`).problems.map((p) => p.code)).toEqual(['LINK_INVALID']);
  expect(canonicalLink(link(2048))).not.toBeNull();
  expect(canonicalLink(link(100_000))).toBeNull();
});

test('the other links of the cell are still read', () => {
  const parsed = parseLinks(`https://www.facebook.com/share/p/1 ${link(5000)}`);
  expect(parsed.links.map((l) => l.canonical)).toHaveLength(1);
  expect(parsed.problems.map((p) => p.code)).toEqual(['LINK_INVALID']);
});

test('the message says how long the link is and quotes only its start', () => {
  const text = problemText('LINK_INVALID', { value: link(100_000) });
  for (const message of [text.th, text.en]) {
    expect(message).toContain('100,000');
    expect(message).toContain('2,048');
    expect(message.length).toBeLessThan(400);
  }
});
