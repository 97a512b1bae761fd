// An esbuild plugin for the Apps Script bundles: the message tables keep their Thai and drop their English, which those
// bundles never show (their menus, dialogs, sheets and toasts are Thai). The sources keep both; the CLI bundle keeps both.

import { readFileSync } from 'node:fs';
import ts from 'typescript';

const MESSAGES = /[\\/]src[\\/]core[\\/]messages[\\/][^\\/]+\.ts$/;

/** `en: <any expression>` in an object literal becomes `en: ''`; everything else is transpiled as written. */
function dropEnglish(context) {
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'en') {
      return context.factory.updatePropertyAssignment(node, node.name, context.factory.createStringLiteral(''));
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit);
}

export const thaiOnly = {
  name: 'thai-only',
  setup(build) {
    build.onLoad({ filter: MESSAGES }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const out = ts.transpileModule(source, {
        fileName: args.path,
        compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext },
        transformers: { before: [dropEnglish] },
      });
      return { contents: out.outputText, loader: 'js' };
    });
  },
};
