// ติดตามผล in the add-on: the dialog's messages match the core's follow-up for the same sheet, nothing is written, bad
// input is a message, and the dialog's page (dist/FollowupDialog.html, its script run on a fake DOM) shows each message
// with a copy button.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRows } from '../../bench/generate';
import { type FollowupDialogAnswer, runFollowupDialog } from '../../src/addon/actions/followup';
import { writeRegistry } from '../../src/addon/actions/registry';
import { periodDialogContext } from '../../src/addon/dialogs/periodDialog';
import { buildFollowup } from '../../src/core/followup/followup';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { followupDialogMessages, followupPageMessages } from '../../src/core/messages/dialogs';
import { indexRegistry, provinceMatcher } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { rollup } from '../../src/core/rollup/rollup';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { asGlobals, distHtmlFiles } from '../../src/twin';
import { DIST, loadBundle } from '../support/appsScriptSandbox';
import { bundleServer, openDialogPage } from '../support/dialogPage';
import { checksum, TODAY, twinWithReport } from '../support/twinReport';

function withRegistry(rows: number) {
  const twin = twinWithReport(rows);
  writeRegistry(twin.services, PHAYAO_DEMO_REGISTRY.laos);
  return twin;
}

/** The core's follow-up over the same generated rows, built without the add-on. */
function expectedFollowup(rows: number) {
  const index = indexRegistry(PHAYAO_DEMO_REGISTRY, provinceByCode);
  const reg = index.provinces.get('56')!;
  const checked = validateSheet([['จังหวัดพะเยา'], ...generateRows(rows, PHAYAO_DEMO_REGISTRY.laos)], DLA_ONLINE_MARKET, {
    today: TODAY,
    identify: provinceMatcher(index, reg),
  });
  if (!checked.ok) throw new Error('no header');
  const result = rollup({
    form: DLA_ONLINE_MARKET,
    sheets: [{ file: '', sheet: '', province: reg.province, validation: checked.result }],
    registry: index,
    period: { kind: 'quarter', fiscalYear: 2569, quarter: 2 },
    targets: null,
  });
  const built = buildFollowup({ form: DLA_ONLINE_MARKET, result, today: TODAY });
  if (!built.ok) throw new Error('no follow-up');
  return built.followup;
}

describe('ติดตามผล from the report sheet', () => {
  test('gives the province message, then one per district to follow, as the core writes them, and writes nothing', () => {
    const twin = withRegistry(30);
    const before = checksum(twin);
    const sheetsBefore = twin.workbook.getSheets().map((s) => s.getName());
    const answer = runFollowupDialog(twin.services, TODAY, '2569-Q2');
    const expected = expectedFollowup(30);
    expect(answer.ok).toBe(true);
    expect(expected.districtMessages.length).toBeGreaterThan(0);
    expect(answer.messages.map((m) => m.title)).toEqual([
      'จังหวัดพะเยา',
      ...expected.districtMessages.map((m) => m.title),
    ]);
    expect(answer.messages.map((m) => m.text)).toEqual([
      expected.provinceMessage.text.th,
      ...expected.districtMessages.map((m) => m.text.th),
    ]);
    // the deadline of Q2 2569 (Jan–Mar 2026) is 15 April 2026, in B.E.
    expect(answer.message).toContain('15 เมษายน 2569');
    expect(answer.message).toContain(`${expected.districtMessages.length} อำเภอ`);
    expect(checksum(twin)).toBe(before);
    expect(twin.workbook.getSheets().map((s) => s.getName())).toEqual(sheetsBefore);
  });

  test('names the non-reporting อปท. of a district in its message', () => {
    const answer = runFollowupDialog(withRegistry(30).services, TODAY, '2569-Q2');
    const expected = expectedFollowup(30);
    const first = expected.districts.find((d) => d.notReported.length > 0)!;
    const message = answer.messages.find((m) => m.title === `อำเภอ${first.name}`)!;
    for (const lao of first.notReported) expect(message.text).toContain(lao.name);
  });

  test('a period that cannot be read, a sheet without a registry, or a form by person: a Thai message and no messages', () => {
    const bad = runFollowupDialog(withRegistry(5).services, TODAY, '2569-Q7');
    expect(bad).toEqual({ ok: false, message: expect.stringContaining('2569-Q7'), messages: [] });
    const noRegistry = runFollowupDialog(twinWithReport(5).services, TODAY, '2569');
    expect(noRegistry.ok).toBe(false);
    expect(noRegistry.message).toContain('ทะเบียน');
    expect(noRegistry.messages).toEqual([]);
  });

  test('from the bundle: openFollowup shows dist/FollowupDialog.html and runFollowupFor answers it in plain JSON, no alert over it', async () => {
    const twin = withRegistry(20);
    twin.htmlFiles = distHtmlFiles(DIST);
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.openFollowup as () => void)();
    const dialog = twin.ui.openDialog;
    expect(dialog?.title).toBe(followupDialogMessages.followupTitle.th);
    expect(dialog?.content).toBe(readFileSync(join(DIST, 'FollowupDialog.html'), 'utf8'));
    expect(dialog?.output).toMatchObject({ width: 560, height: 620 });
    // the page itself, its calls answered by Code.js: the province's message first, each in its own box
    const page = await openDialogPage('FollowupDialog', { server: bundleServer(context) });
    page.byId('other').value = '2569';
    page.byId('go').click();
    await page.settle();
    expect(page.calls.map((c) => [c.name, c.args])).toEqual([
      ['getPeriodDialogContext', []],
      ['runFollowupFor', ['2569']],
    ]);
    expect(page.byId('messages').children[0].children[0].textContent).toBe('จังหวัดพะเยา');
    const answer = JSON.parse(
      JSON.stringify((context.runFollowupFor as (key: string) => FollowupDialogAnswer)('2569')),
    ) as FollowupDialogAnswer;
    expect(answer.ok).toBe(true);
    expect(answer.messages[0].title).toBe('จังหวัดพะเยา');
    expect(twin.ui.alerts).toEqual([]);
    expect(twin.ui.openDialog).toBe(dialog);
  });
});

/** dist/FollowupDialog.html with its choices shown and the chosen period run, the answer still to come. */
async function ranPage(copyWorks: boolean) {
  const page = await openDialogPage('FollowupDialog', { copyWorks });
  page.pending[0].answer(periodDialogContext(TODAY));
  await page.settle();
  page.byId('go').click();
  return page;
}

describe('the ติดตามผล dialog page', () => {
  const answer: FollowupDialogAnswer = {
    ok: true,
    message: 'ข้อความติดตามผล 1 อำเภอ',
    messages: [
      { title: 'จังหวัดพะเยา', text: 'เรียน <b>จังหวัด</b>' },
      { title: 'อำเภอเมืองพะเยา', text: 'ยังไม่รายงาน: ทต.แม่กา' },
    ],
  };

  test('says what it is for and offers the same periods as the summary, the current fiscal year chosen', async () => {
    const page = await openDialogPage('FollowupDialog');
    expect(page.pending.map((c) => c.name)).toEqual(['getPeriodDialogContext']);
    page.pending[0].answer(periodDialogContext(TODAY));
    await page.settle();
    expect(page.app.find('p')[0].textContent).toBe(followupPageMessages.followupIntro.th);
    expect(page.byId('period').children.map((o) => o.value)).toEqual([
      '2570',
      '2569',
      '2570-Q1',
      '2570-Q2',
      '2570-Q3',
      '2570-Q4',
    ]);
    expect(page.byId('period').value).toBe('2570');
    expect(page.byId('go').textContent).toBe(followupPageMessages.followupRun.th);
  });

  test('asks for the chosen period, then shows one box per message, its text as a value, with a copy button', async () => {
    const page = await ranPage(true);
    expect(page.pending.map((c) => [c.name, c.args])).toEqual([['runFollowupFor', ['2570']]]);
    expect(page.byId('msg').textContent).toBe(followupPageMessages.followupWorking.th);
    page.pending[0].answer(answer);
    await page.settle();
    expect(page.byId('msg').textContent).toBe('ข้อความติดตามผล 1 อำเภอ');
    const sections = page.byId('messages').children;
    expect(sections.map((s) => s.children[0].textContent)).toEqual(['จังหวัดพะเยา', 'อำเภอเมืองพะเยา']);
    expect(sections[0].children[1].value).toBe('เรียน <b>จังหวัด</b>');
    expect(sections[0].children[1].children).toEqual([]);
    expect(sections[0].children[1].readOnly).toBe(true);
    const [, box, button, note] = sections[1].children;
    expect(button.textContent).toBe(followupPageMessages.followupCopy.th);
    button.click();
    expect(box.textSelected).toBe(true);
    expect(page.counts.copied).toBe(1);
    expect(note.textContent).toBe(followupPageMessages.followupCopied.th);
  });

  test('where copying is refused, the text is left selected and the note says to press Ctrl+C; a refusal clears the list', async () => {
    const page = await ranPage(false);
    page.pending[0].answer(answer);
    await page.settle();
    const [, box, button, note] = page.byId('messages').children[0].children;
    button.click();
    expect(box.textSelected).toBe(true);
    expect(note.textContent).toBe(followupPageMessages.followupSelected.th);
    page.byId('go').click();
    page.pending[0].answer({ ok: false, message: 'อ่านช่วงเวลาไม่ได้', messages: [] });
    await page.settle();
    expect(page.byId('messages').children).toEqual([]);
    expect(page.byId('msg').textContent).toBe('อ่านช่วงเวลาไม่ได้');
  });
});
