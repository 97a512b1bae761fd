// The contract every page the add-on shows must keep: one self-contained HTML file that loads nothing from anywhere
// and puts text in the page as text only.

export function expectSelfContainedPage(html: string): void {
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain('<html lang="th">');
  expect(html.match(/<script\b[^>]*>/gi)).toEqual(['<script>']);
  expect(html.match(/<style\b[^>]*>/gi)).toEqual(['<style>']);
  expect(html).not.toMatch(/<link\b/i);
  expect(html).not.toMatch(/<(?:img|iframe|object|embed|source|audio|video)\b/i);
  expect(html).not.toMatch(/\b(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?\/\//i);
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  expect(style).not.toMatch(/@import|url\(|@font-face/i);
  // no Apps Script scriptlets: the file is served as it is
  expect(html).not.toContain('<?');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
}
