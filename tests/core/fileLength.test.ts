// Every source file in src stays under 400 lines and opens with a comment saying what it is for.

import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');
const MAX_LINES = 400;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = tsFiles(SRC).map((file) => ({ name: path.relative(SRC, file), text: fs.readFileSync(file, 'utf8') }));

test(`no source file in src is over ${MAX_LINES} lines`, () => {
  const long = files
    .map(({ name, text }) => ({ name, lines: text.replace(/\n$/, '').split('\n').length }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ name, lines }) => `${name}: ${lines} lines`);
  expect(long).toEqual([]);
});

test('every source file in src opens with a comment', () => {
  expect(files.filter(({ text }) => !text.startsWith('//') && !text.startsWith('/*')).map(({ name }) => name)).toEqual(
    [],
  );
});
