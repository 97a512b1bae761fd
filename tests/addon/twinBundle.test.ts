// Tests of running the built bundle (dist/Code.js) against the twin's globals in node:vm; skipped when it is not built.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Services } from '../../src/addon/adapter/services';
import { asGlobals, createServices } from '../../src/twin';
import { loadBundle } from '../support/appsScriptSandbox';

const BUNDLE = join(__dirname, '..', '..', 'dist', 'Code.js');
(existsSync(BUNDLE) ? describe : describe.skip)('the built bundle against asGlobals', () => {
  test('onOpen builds the menu through the twin Ui', () => {
    const twin = createServices({ sheets: { Data: [] } });
    const { context } = loadBundle(asGlobals(twin.services));
    (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    expect(twin.ui.menusOnUi).toHaveLength(1);
    expect(twin.ui.menusOnUi[0].items.length).toBeGreaterThan(0);
    expect(twin.counter.byMethod).toEqual({ 'SpreadsheetApp.getUi': 1 });
  });

  test('Dates handed to the bundle belong to its realm once the twin is bound to the context', () => {
    const twin = createServices({ sheets: { Data: [[new Date(Date.UTC(2025, 8, 30, 17))]] } });
    const services: Services = twin.services;
    const context = vm.createContext({ ...asGlobals(services) });
    twin.bindToContext(context);
    const isDate = vm.runInContext(
      '(function () { return SpreadsheetApp.getActiveSheet().getDataRange().getValues()[0][0] instanceof Date; })',
      context,
    ) as () => boolean;
    expect(isDate()).toBe(true);
  });
});
