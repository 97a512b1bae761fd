// No function in src/core is over 60 lines: a longer one does several things, which named steps would say.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const CORE = path.join(ROOT, 'src', 'core');
const MAX_LINES = 60;

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** What a reader would call the function: its own name, or the variable, property or class member it is given to. */
function functionName(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name !== undefined) return node.name.getText(source);
  const parent = node.parent;
  if (
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) &&
    parent.initializer === node
  ) {
    return parent.name.getText(source);
  }
  return '<anonymous>';
}

/** `file:line name (N lines)` for every function-like node whose first line to closing brace spans over `max` lines. */
function longFunctions(fileName: string, text: string, max: number): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const first = lineOf(node.getStart(source));
      const lines = lineOf(node.body.getEnd()) - first + 1;
      if (lines > max) found.push(`${fileName}:${first} ${functionName(node, source)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('the walker names long functions of every form and passes short ones', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
  const long = [
    `function declared() {\n${body(59)}\n}`,
    `const arrow = () => {\n${body(59)}\n};`,
    `class C {\n  method() {\n${body(59)}\n  }\n}`,
    `const o = { prop: function () {\n${body(59)}\n} };`,
  ].join('\n');
  expect(longFunctions('long.ts', long, MAX_LINES)).toEqual([
    'long.ts:1 declared (61 lines)',
    'long.ts:62 arrow (61 lines)',
    'long.ts:124 method (61 lines)',
    'long.ts:186 prop (61 lines)',
  ]);
  const short = `/**\n * documented\n */\nexport function fits() {\n${body(58)}\n}\nfunction overload(a: string): string;\n`;
  expect(longFunctions('short.ts', short, MAX_LINES)).toEqual([]);
});

test(`no function in src/core is over ${MAX_LINES} lines`, () => {
  const files = tsFiles(CORE);
  expect(files.length).toBeGreaterThan(50);
  const long = files.flatMap((file) =>
    longFunctions(path.relative(ROOT, file), fs.readFileSync(file, 'utf8'), MAX_LINES),
  );
  expect(long).toEqual([]);
});
