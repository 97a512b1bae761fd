// The layers hold: src/core names no Apps Script service and no Node API and imports only zod besides itself, and no
// bundle that runs in Apps Script (core, addon, central) uses a global Apps Script lacks. Read from the syntax tree, not the text, so
// a comment or a message that mentions a name is not a use.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'LockService',
  'PropertiesService',
  'Session',
  'Utilities',
  'ScriptApp',
  'DriveApp',
  'CacheService',
  'UrlFetchApp',
];
const NODE_GLOBALS = ['process', 'require', 'Buffer', '__dirname'];
/** absent from Apps Script's V8 runtime: https://developers.google.com/apps-script/guides/v8-runtime */
const NOT_IN_APPS_SCRIPT = [
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'setTimeout',
  'setInterval',
  'fetch',
];

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Identifiers used as names in the code (not a property, not in a comment or string), with their line. */
function namesUsed(source: string): { name: string; line: number }[] {
  const file = ts.createSourceFile('check.ts', source, ts.ScriptTarget.ES2020, true);
  const found: { name: string; line: number }[] = [];
  const isPropertyName = (node: ts.Identifier) => {
    const parent = node.parent;
    return (
      ((ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) &&
        parent.name === node) ||
      ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node)
    );
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isPropertyName(node)) {
      found.push({ name: node.text, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function uses(dir: string, names: readonly string[]): string[] {
  const wanted = new Set(names);
  return tsFiles(path.join(SRC, dir)).flatMap((file) =>
    namesUsed(fs.readFileSync(file, 'utf8'))
      .filter(({ name }) => wanted.has(name))
      .map(({ name, line }) => `${path.relative(SRC, file)}:${line} ${name}`),
  );
}

test('the name reader finds a use and skips comments, strings and properties', () => {
  const names = namesUsed(
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source under test holds a template literal
    '// Session\nconst a = `Utilities ${b} URL`;\nSpreadsheetApp.flush();\nx.process = { fetch: 1 };',
  ).map((n) => n.name);
  expect(names).toContain('SpreadsheetApp');
  expect(names).not.toContain('Session');
  expect(names).not.toContain('Utilities');
  expect(names).not.toContain('process');
  expect(names).not.toContain('URL');
  expect(names).not.toContain('fetch');
});

test('src/core uses no Apps Script service and no Node global', () => {
  expect(uses('core', [...APPS_SCRIPT_SERVICES, ...NODE_GLOBALS])).toEqual([]);
});

// the maps (and only they) draw with d3-geo + topojson-client, pure libraries, from the boundary files in data/geo
const MAP_DIR = path.join(SRC, 'core', 'report', 'map');
const MAP_PACKAGES = ['d3-geo', 'topojson-client', 'topojson-specification', 'geojson'];
const GEO_DATA = path.resolve(SRC, '..', 'data', 'geo');

function allowedForMaps(file: string, name: string): boolean {
  if (!file.startsWith(MAP_DIR)) return false;
  return MAP_PACKAGES.includes(name) || path.resolve(path.dirname(file), name).startsWith(GEO_DATA + path.sep);
}

test('src/core imports only itself and zod (and the maps their drawing libraries and boundary data)', () => {
  const outside = tsFiles(path.join(SRC, 'core')).flatMap((file) =>
    ts
      .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((ref) => ref.fileName)
      .filter((name) => !allowedForMaps(file, name))
      .filter((name) => !name.startsWith('.') && name !== 'zod/mini' && name !== 'zod')
      .map((name) => `${path.relative(SRC, file)}: ${name}`),
  );
  const escaping = tsFiles(path.join(SRC, 'core')).flatMap((file) =>
    ts
      .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((ref) => ref.fileName)
      .filter((name) => !allowedForMaps(file, name))
      .filter(
        (name) => name.startsWith('.') && !path.resolve(path.dirname(file), name).startsWith(path.join(SRC, 'core')),
      )
      .map((name) => `${path.relative(SRC, file)}: ${name}`),
  );
  expect([...outside, ...escaping]).toEqual([]);
});

test('src/core hides nothing in non-enumerable properties', () => {
  const hidden = tsFiles(path.join(SRC, 'core')).filter((file) =>
    /Object\.definePropert(y|ies)/.test(fs.readFileSync(file, 'utf8')),
  );
  expect(hidden.map((file) => path.relative(SRC, file))).toEqual([]);
});

test.each(['core', 'addon', 'central'])('src/%s uses no global that Apps Script lacks', (dir) => {
  expect(uses(dir, NOT_IN_APPS_SCRIPT)).toEqual([]);
});
