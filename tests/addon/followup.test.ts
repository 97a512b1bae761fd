// ติดตามผล in the add-on: the dialog's messages match the core's follow-up for the same sheet, nothing is written, bad
// input is a message, and the dialog's own script shows each message with a copy button.

import vm from 'node:vm';
import { generateRows } from '../../bench/generate';
import { type FollowupDialogAnswer, runFollowupDialog } from '../../src/addon/actions/followup';
import { writeRegistry } from '../../src/addon/actions/registry';
import { followupDialogHtml } from '../../src/addon/dialogs/followupDialog';
import { buildFollowup } from '../../src/core/followup/followup';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { provinceByCode } from '../../src/core/geo/provinces';
import { followupDialogMessages } from '../../src/core/messages/dialogs';
import { indexRegistry, provinceMatcher } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import { rollup } from '../../src/core/rollup/rollup';
import { validateSheet } from '../../src/core/validate/validateSheet';
import { asGlobals } from '../../src/twin';
import { loadBundle } from '../support/appsScriptSandbox';
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

  test('from the bundle: openFollowup shows the dialog and runFollowupFor answers it in plain JSON, no alert over it', () => {
    const twin = withRegistry(20);
    const { context } = loadBundle(asGlobals(twin.services));
    twin.bindToContext(context);
    (context.openFollowup as () => void)();
    const dialog = twin.ui.openDialog;
    expect(dialog?.title).toBe(followupDialogMessages.followupTitle.th);
    const answer = JSON.parse(
      JSON.stringify((context.runFollowupFor as (key: string) => FollowupDialogAnswer)('2569')),
    ) as FollowupDialogAnswer;
    expect(answer.ok).toBe(true);
    expect(answer.messages[0].title).toBe('จังหวัดพะเยา');
    expect(twin.ui.alerts).toEqual([]);
    expect(twin.ui.openDialog).toBe(dialog);
  });
});

interface FakeNode {
  id?: string;
  value: string;
  textContent: string;
  className: string;
  disabled: boolean;
  readOnly?: boolean;
  type?: string;
  children: FakeNode[];
  firstChild: FakeNode | null;
  listeners: Record<string, () => void>;
  selected: boolean;
}

/** The dialog's own script in a bare context, with a fake page, clipboard and google.script. */
function dialogPage(copyWorks: boolean) {
  const script = /<script>([\s\S]*?)<\/script>/.exec(followupDialogHtml(TODAY))?.[1] ?? '';
  const node = (value = ''): FakeNode => {
    const n: FakeNode = {
      value,
      textContent: '',
      className: '',
      disabled: false,
      children: [],
      firstChild: null,
      listeners: {},
      selected: false,
    };
    return n;
  };
  const methods = (n: FakeNode) =>
    Object.assign(n, {
      addEventListener: (type: string, fn: () => void) => {
        n.listeners[type] = fn;
      },
      appendChild: (c: FakeNode) => {
        n.children.push(c);
        n.firstChild = n.children[0];
      },
      removeChild: (c: FakeNode) => {
        n.children.splice(n.children.indexOf(c), 1);
        n.firstChild = n.children[0] ?? null;
      },
      setAttribute: () => undefined,
      focus: () => undefined,
      select: () => {
        n.selected = true;
      },
    });
  const elements: Record<string, FakeNode> = {
    period: methods(node('2569')),
    other: methods(node('')),
    msg: methods(node()),
    go: methods(node()),
    messages: methods(node()),
  };
  const calls = { ran: [] as string[], copied: 0, success: (_r: FollowupDialogAnswer): void => undefined };
  const runner = {
    withSuccessHandler(fn: (r: FollowupDialogAnswer) => void) {
      calls.success = fn;
      return runner;
    },
    withFailureHandler: () => runner,
    runFollowupFor: (key: string) => calls.ran.push(key),
  };
  const document = {
    getElementById: (id: string) => elements[id],
    createElement: () => methods(node()),
    execCommand: (command: string) => {
      if (command === 'copy' && copyWorks) calls.copied++;
      return copyWorks;
    },
  };
  vm.runInNewContext(script, {
    document,
    navigator: {},
    google: { script: { run: runner, host: { close: () => 0 } } },
  });
  return { elements, calls };
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

  test('asks for the chosen period, then shows one box per message, its text as a value, with a copy button', () => {
    const page = dialogPage(true);
    page.elements.go.listeners.click();
    expect(page.calls.ran).toEqual(['2569']);
    page.calls.success(answer);
    expect(page.elements.msg.textContent).toBe('ข้อความติดตามผล 1 อำเภอ');
    const sections = page.elements.messages.children;
    expect(sections.map((s) => s.children[0].textContent)).toEqual(['จังหวัดพะเยา', 'อำเภอเมืองพะเยา']);
    expect(sections[0].children[1].value).toBe('เรียน <b>จังหวัด</b>');
    const [, box, button, note] = sections[1].children;
    expect(button.textContent).toBe(followupDialogMessages.followupCopy.th);
    button.listeners.click();
    expect(box.selected).toBe(true);
    expect(page.calls.copied).toBe(1);
    expect(note.textContent).toBe(followupDialogMessages.followupCopied.th);
  });

  test('where copying is refused, the text is left selected and the note says to press Ctrl+C; a refusal clears the list', () => {
    const page = dialogPage(false);
    page.elements.go.listeners.click();
    page.calls.success(answer);
    const [, box, button, note] = page.elements.messages.children[0].children;
    button.listeners.click();
    expect(box.selected).toBe(true);
    expect(note.textContent).toBe(followupDialogMessages.followupSelected.th);
    page.calls.success({ ok: false, message: 'อ่านช่วงเวลาไม่ได้', messages: [] });
    expect(page.elements.messages.children).toEqual([]);
    expect(page.elements.msg.textContent).toBe('อ่านช่วงเวลาไม่ได้');
  });
});
