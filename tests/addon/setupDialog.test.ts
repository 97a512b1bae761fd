// ตั้งค่าแบบรายงาน from the built bundle: the menu opens the dialog that asks which programme's form the workbook is for
// (the workbook's own form chosen), and runSetupFor answers the open dialog in plain JSON with no alert over it.

import type { SetupDialogAnswer } from '../../src/addon/dialogs/setupDialog';
import { WORKBOOK_FORM_KEY } from '../../src/addon/workbookForm';
import { OTOP_MARKETER } from '../../src/core/form/otopMarketer';
import { asGlobals } from '../../src/twin';
import { loadBundle } from '../support/appsScriptSandbox';
import { officerTwin } from '../support/manifestTwin';
import { otopTwin } from './otopWorkbook';

function selected(content: string): string[] {
  return [...content.matchAll(/<option value="([^"]+)" selected>/g)].map((m) => m[1]);
}

describe('the setup dialog from the bundle', () => {
  test('a new workbook: DLA’s form chosen; choosing OTOP sets it up and the dialog is told, not an alert', () => {
    const twin = officerTwin({ sheets: { แผ่น1: [] } });
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.setupReportSheet as () => void)();
    const dialog = twin.ui.openDialog;
    expect(dialog?.title).toBe('ตั้งค่าแบบรายงาน');
    expect(selected(dialog?.content ?? '')).toEqual(['dla-online-market']);
    expect(dialog?.content).toContain(OTOP_MARKETER.title.th);
    const answer = JSON.parse(
      JSON.stringify((context.runSetupFor as (id: string) => SetupDialogAnswer)('otop-marketer')),
    ) as SetupDialogAnswer;
    expect(answer).toEqual({ ok: true, message: expect.stringContaining('รายงานผล') });
    expect(twin.services.propertiesService.getDocumentProperties().getProperty(WORKBOOK_FORM_KEY)).toBe(
      'otop-marketer',
    );
    expect(twin.ui.alerts).toEqual([]);
    expect(twin.ui.openDialog).toBe(dialog);
  });

  test('an OTOP workbook opens with its own form chosen; an unknown id is answered, not thrown', () => {
    const twin = otopTwin();
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.setupReportSheet as () => void)();
    expect(selected(twin.ui.openDialog?.content ?? '')).toEqual(['otop-marketer']);
    const answer = (context.runSetupFor as (id: unknown) => SetupDialogAnswer)({ not: 'an id' });
    expect(answer.ok).toBe(false);
    expect(twin.services.propertiesService.getDocumentProperties().getProperty(WORKBOOK_FORM_KEY)).toBe(
      'otop-marketer',
    );
  });
});
