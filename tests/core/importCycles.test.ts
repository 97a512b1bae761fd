// No module of src, bench or scripts imports itself through others: a cycle makes load order matter and hides a shared type.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['src', 'bench', 'scripts'];
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js'];

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

// Type-only imports count: a types file that reads a type back from its user is the tangle this test exists to catch,
// even though the compiler erases it from the bundle.
function importGraph(files: string[]): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .filter((ref) => ref.fileName.startsWith('.'))
      .map((ref) => resolveRelative(file, ref.fileName))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

// Tarjan's strongly connected components; every component of more than one file (or a file importing itself) holds a cycle.
function tangledComponents(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
}

// One concrete loop through a component, shortest first from its first file, for a message a reader can follow.
function cycleThrough(graph: Graph, component: string[]): string[] {
  const members = new Set(component);
  const start = component[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [node];
        while (loop[0] !== start) loop.unshift(previous.get(loop[0])!);
        return [...loop, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return component;
}

function describeCycles(graph: Graph): string[] {
  return tangledComponents(graph).map((component) => {
    const loop = cycleThrough(graph, component).map((file) => path.relative(ROOT, file));
    const rest = component
      .filter((file) => !loop.includes(path.relative(ROOT, file)))
      .map((file) => path.relative(ROOT, file));
    return `${loop.join(' → ')}${rest.length > 0 ? `; also tangled: ${rest.join(', ')}` : ''}`;
  });
}

test('the cycle finder names a cycle and ignores a chain', () => {
  const graph: Graph = new Map([
    [path.join(ROOT, 'a.ts'), [path.join(ROOT, 'b.ts')]],
    [path.join(ROOT, 'b.ts'), [path.join(ROOT, 'c.ts')]],
    [path.join(ROOT, 'c.ts'), [path.join(ROOT, 'a.ts')]],
    [path.join(ROOT, 'd.ts'), [path.join(ROOT, 'a.ts')]],
    [path.join(ROOT, 'e.ts'), [path.join(ROOT, 'e.ts')]],
  ]);
  expect(describeCycles(graph)).toEqual(['a.ts → b.ts → c.ts → a.ts', 'e.ts → e.ts']);
  expect(describeCycles(new Map([[path.join(ROOT, 'a.ts'), [path.join(ROOT, 'b.ts')]]]))).toEqual([]);
});

test('imports are read from import, export-from, type-only and dynamic forms', () => {
  const source = `import type { A } from './a';\nexport { B } from './b';\nimport './c';\nconst d = import('./d');\nimport x from 'lib';`;
  const specifiers = ts.preProcessFile(source, true, true).importedFiles.map((ref) => ref.fileName);
  expect(specifiers).toEqual(expect.arrayContaining(['./a', './b', './c', './d', 'lib']));
});

test('no module of src, bench or scripts is part of an import cycle', () => {
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  expect(files.length).toBeGreaterThan(100);
  expect(describeCycles(importGraph(files))).toEqual([]);
});
