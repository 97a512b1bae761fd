// ส่งอีเมลติดตามผล from the central script on the twin: one e-mail per province with addresses and someone to follow up, to
// exactly its addresses; never twice for one period and province; nothing where all reported; the day's quota counted in
// recipients; a file that cannot be read logged while the others go; a bad address named; the log บันทึกการส่งอีเมล.

import vm from 'node:vm';
import { parseAddresses, registerSources } from '../../src/addon/consolidate/registerSheet';
import { sendFollowupEmails } from '../../src/central/followupMail';
import { followupMailDialogHtml } from '../../src/central/mailDialog';
import { asGlobals, MAIL_QUOTA_MESSAGE, SCOPE, type Twin } from '../../src/twin';
import { LAOS, TODAY } from '../consolidate/fixture';
import {
  BAD_ADDRESS,
  COMPLETE_NAME,
  MAIL_REGISTER,
  mailRegisterRows,
  mailScenario,
  NAN_TO,
  NB_TO,
  PHAYAO_TO,
} from './mailScenario';
import { CENTRAL_BUNDLE, load, walkEntry } from './sandbox';
import { SPECS } from './scenario';

jest.setTimeout(60_000);

const LOG = 'บันทึกการส่งอีเมล';
const logRows = (twin: Twin) =>
  twin.workbook
    .sheet(LOG)
    .values()
    .map((r) => r.map(String));
const send = (twin: Twin, period = '2569') => sendFollowupEmails(twin.services, TODAY, period);

describe('one run for fiscal year 2569', () => {
  const twin = mailScenario();
  const outcome = send(twin);
  const sent = twin.mailApp.sent;

  test('one e-mail per province with addresses and someone to follow up, in register order, to exactly its addresses', () => {
    expect(outcome.ok).toBe(true);
    expect(sent.map((m) => m.to)).toEqual([PHAYAO_TO, NAN_TO, NB_TO]);
    expect(sent.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^ติดตามผล แบบรายงาน.*จังหวัดพะเยา ปีงบประมาณ 2569 \(1 ต.ค. 2568 – 30 ก.ย. 2569\)$/),
      expect.stringContaining('จังหวัดน่าน ปีงบประมาณ 2569'),
      expect.stringContaining('จังหวัดนนทบุรี ปีงบประมาณ 2569'),
    ]);
  });

  test('the body is the province message, then a message to each district with an อปท. that sent nothing at all', () => {
    const body = sent[0].body;
    expect(body.startsWith('เรียน ท้องถิ่นจังหวัดพะเยา\nเรื่อง สรุปการส่ง')).toBe(true);
    const reported = new Set(SPECS.phayao.map((s) => s.lao.code));
    const silent = new Set(LAOS.filter((l) => l.provinceCode === '56' && !reported.has(l.code)).map((l) => l.district));
    expect(silent.size).toBeGreaterThan(0);
    for (const district of silent) expect(body).toContain(`เรียน ท้องถิ่นอำเภอ${district}`);
    const sections = body.split('\n\n────────────────\n\n');
    expect(sections.length).toBeGreaterThan(silent.size);
    expect(sections.slice(1).every((s) => s.startsWith('เรียน ท้องถิ่นอำเภอ'))).toBe(true);
    // Apps Script sends it as plain text: no markup
    expect(body).not.toMatch(/<[a-z]/i);
  });

  test('an unreadable file is logged with the reason and the provinces after it are still sent; all reported: no mail', () => {
    const rows = logRows(twin);
    expect(rows[0]).toEqual(['เวลา', 'จังหวัด', 'ช่วงเวลา', 'ผู้รับ', 'ผล']);
    expect(rows.slice(1).map((r) => [r[1], r[4].split(':')[0]])).toEqual([
      ['พะเยา', 'ส่งแล้ว'],
      ['น่าน', 'ส่งแล้ว'],
      ['นนทบุรี', 'ส่งแล้ว'],
      ['เชียงใหม่', 'อ่านไฟล์ไม่ได้'],
      [COMPLETE_NAME, 'ไม่มีผู้ต้องติดตาม'],
    ]);
    expect(rows[4][4]).toContain('เปิดไม่ได้');
    expect(rows[1]).toEqual([
      '21/11/2569 09:00',
      'พะเยา',
      expect.stringMatching(/^2569 ปีงบประมาณ 2569/),
      PHAYAO_TO.join(', '),
      'ส่งแล้ว',
    ]);
    expect(sent.some((m) => m.to.includes('complete@dla.go.th') || m.to.includes('cm@dla.go.th'))).toBe(false);
    expect(outcome.message.th).toContain('ส่งแล้ว 3');
    expect(outcome.lines.map((l) => l.th)).toHaveLength(5);
  });

  test('an address that is not one is named with its row, and the row’s other addresses are used', () => {
    expect(outcome.notices.map((n) => n.th)).toEqual([expect.stringContaining(`“${BAD_ADDRESS}” ในแถว 3`)]);
    expect(outcome.notices[0].en).toContain('row 3');
  });

  test('a second run for the same period sends nothing and says each province was sent before; another period sends', () => {
    const again = send(twin);
    expect(twin.mailApp.sent).toHaveLength(3);
    expect(again.lines.slice(0, 3).map((l) => l.th)).toEqual([
      'จังหวัดพะเยา: ส่งไปแล้วก่อนหน้า',
      'จังหวัดน่าน: ส่งไปแล้วก่อนหน้า',
      'จังหวัดนนทบุรี: ส่งไปแล้วก่อนหน้า',
    ]);
    expect(logRows(twin).filter((r) => r[4] === 'ส่งไปแล้วก่อนหน้า')).toHaveLength(3);
    send(twin, '2569-Q1');
    expect(twin.mailApp.sent.map((m) => m.to)).toHaveLength(6);
    expect(twin.mailApp.sent[3].subject).toContain('ไตรมาสที่ 1 ปีงบประมาณ 2569');
  });
});

describe('the daily quota counts recipients', () => {
  test('sends what fits, logs the rest as quota for tomorrow, and tomorrow sends only those', () => {
    const twin = mailScenario();
    twin.mailApp.quota = 4; // พะเยา 2 + น่าน 1; นนทบุรี's 2 do not fit in the 1 left
    const today = send(twin);
    expect(twin.mailApp.sent.map((m) => m.to)).toEqual([PHAYAO_TO, NAN_TO]);
    const lines = today.lines.map((l) => l.th);
    expect(lines[2]).toBe('จังหวัดนนทบุรี: โควตาไม่พอ (ต้องใช้ 2 ผู้รับ เหลือโควตาวันนี้ 1 ผู้รับ ส่งพรุ่งนี้ด้วยเมนูเดิม)');
    // after the quota ran out nothing more is read or sent: the rest wait for tomorrow
    expect(lines.slice(3)).toEqual([
      expect.stringMatching(/^จังหวัดเชียงใหม่: โควตาไม่พอ/),
      expect.stringMatching(new RegExp(`^จังหวัด${COMPLETE_NAME}: โควตาไม่พอ`)),
    ]);
    twin.mailApp.quota = 100;
    send(twin);
    expect(twin.mailApp.sent.map((m) => m.to)).toEqual([PHAYAO_TO, NAN_TO, NB_TO]);
  });

  test('the twin refuses a mail over the quota as Apps Script does', () => {
    const twin = mailScenario();
    twin.mailApp.quota = 1;
    expect(() => twin.mailApp.sendEmail('a@dla.go.th,b@dla.go.th', 's', 'b')).toThrow(MAIL_QUOTA_MESSAGE);
    twin.mailApp.sendEmail('a@dla.go.th', 's', 'b');
    expect(twin.mailApp.getRemainingDailyQuota()).toBe(0);
  });

  test('a mail Google refuses is logged with its text, and not taken for sent', () => {
    const twin = mailScenario();
    twin.mailApp.failNext = 'Invalid email: phayao.office@dla.go.th';
    const outcome = send(twin);
    expect(outcome.lines[0].th).toContain('ส่งไม่สำเร็จ (ข้อความจาก Google: Invalid email');
    expect(twin.mailApp.sent.map((m) => m.to)).toEqual([NAN_TO, NB_TO]);
    send(twin);
    expect(twin.mailApp.sent.map((m) => m.to)).toEqual([NAN_TO, NB_TO, PHAYAO_TO]);
  });
});

describe('a run cut short', () => {
  test('an execution that dies after the first e-mail: the next run finds it logged and sends only the others', () => {
    const twin = mailScenario();
    const mail = twin.mailApp;
    const quota = mail.getRemainingDailyQuota.bind(mail);
    let asked = 0;
    mail.getRemainingDailyQuota = () => {
      if (++asked === 2) throw new Error('Exceeded maximum execution time');
      return quota();
    };
    expect(() => send(twin)).toThrow('Exceeded maximum execution time');
    expect(mail.sent.map((m) => m.to)).toEqual([PHAYAO_TO]);
    expect(
      logRows(twin)
        .slice(1)
        .map((r) => [r[1], r[4]]),
    ).toEqual([['พะเยา', 'ส่งแล้ว']]);
    const next = send(twin);
    expect(mail.sent.map((m) => m.to)).toEqual([PHAYAO_TO, NAN_TO, NB_TO]);
    expect(next.lines[0].th).toBe('จังหวัดพะเยา: ส่งไปแล้วก่อนหน้า');
  });

  test('near Apps Script’s time limit it stops between provinces and says to send again, which goes on', () => {
    const twin = mailScenario({ msPerCall: 40_000 });
    const first = send(twin);
    const sentFirst = twin.mailApp.sent.length;
    expect(sentFirst).toBeLessThan(3);
    expect(first.message.th).toContain('กดส่งอีกครั้งเพื่อส่งต่อ');
    for (let i = 0; i < 10 && twin.mailApp.sent.length < 3; i++) send(twin);
    expect(twin.mailApp.sent.map((m) => m.to)).toEqual([PHAYAO_TO, NAN_TO, NB_TO]);
  });
});

describe('what stops the run before anything is sent', () => {
  test('a period that cannot be read, a register without addresses, no registry, the lock held, the permission refused', () => {
    const bad = send(mailScenario(), '2569-Q9');
    expect(bad.ok).toBe(false);
    const none = mailScenario();
    none.workbook.deleteSheet('ทะเบียนไฟล์จังหวัด');
    none.workbook.addSheet('ทะเบียนไฟล์จังหวัด', mailRegisterRows(MAIL_REGISTER.map(([p, l, t]) => [p, l, t, ''])));
    expect(send(none).message.th).toContain('ยังไม่มีอีเมลผู้รับ');
    const noRegistry = mailScenario();
    noRegistry.workbook.deleteSheet('ทะเบียน อปท.');
    expect(send(noRegistry).message.th).toContain('ไม่พบแผ่นงาน ทะเบียน อปท.');
    const locked = mailScenario();
    locked.workbook.lock.holdBy('another-execution');
    expect(send(locked).ok).toBe(false);
    const denied = mailScenario({ twin: { deniedScopes: [SCOPE.sendMail] } });
    const refused = send(denied);
    expect(refused.message.th).toContain('ส่งอีเมลในนามของคุณ');
    expect(refused.message.th).toContain('ให้กดเมนู ส่งอีเมลติดตามผล อีกครั้ง');
    for (const twin of [none, noRegistry, locked, denied]) expect(twin.mailApp.sent).toEqual([]);
  });
});

describe('from the built central bundle', () => {
  test('sendFollowupEmailsFor answers the dialog in plain JSON and makes only calls its manifest grants', () => {
    const twin = mailScenario();
    const walked = walkEntry(CENTRAL_BUNDLE, twin, 'sendFollowupEmailsFor', ['2569'], () => twin.env.now());
    expect(walked).toEqual({ refused: [], unlisted: [], escaped: null });
    expect(twin.mailApp.sent.map((m) => m.to)).toEqual([PHAYAO_TO, NAN_TO, NB_TO]);
    const bundle = load(CENTRAL_BUNDLE, asGlobals(twin.services), () => twin.env.now());
    twin.bindToContext(bundle.context);
    const answer = JSON.parse(JSON.stringify(bundle.call('sendFollowupEmailsFor', '2569')));
    expect(answer).toEqual({
      ok: true,
      message: expect.stringContaining('ส่งไปแล้วก่อนหน้า 3'),
      lines: expect.arrayContaining(['จังหวัดพะเยา: ส่งไปแล้วก่อนหน้า']),
      notices: [expect.stringContaining(BAD_ADDRESS)],
    });
  });

  test('the dialog asks for the period and calls sendFollowupEmailsFor; its script defines no top-level function', () => {
    const html = followupMailDialogHtml(TODAY);
    expect(html).toContain('.sendFollowupEmailsFor(key)');
    expect(html).toContain('<select id="period">');
    expect(html).not.toMatch(/^function/m);
  });
});

interface FakeNode {
  value: string;
  textContent: string;
  className: string;
  disabled: boolean;
  children: FakeNode[];
  firstChild: FakeNode | null;
  listeners: Record<string, () => void>;
}

/** The dialog's own script run against a few fake elements and a google.script.run that records the call. */
function mailPage(other: string) {
  const node = (value = ''): FakeNode => {
    const n: FakeNode = {
      value,
      textContent: '',
      className: '',
      disabled: false,
      children: [],
      firstChild: null,
      listeners: {},
    };
    return Object.assign(n, {
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
    });
  };
  const elements: Record<string, FakeNode> = {
    period: node('2569'),
    other: node(other),
    msg: node(),
    go: node(),
    lines: node(),
    notices: node(),
  };
  const calls = { sent: [] as string[], success: (_r: unknown): void => undefined };
  const runner = {
    withSuccessHandler(fn: (r: unknown) => void) {
      calls.success = fn;
      return runner;
    },
    withFailureHandler: () => runner,
    sendFollowupEmailsFor: (key: string) => calls.sent.push(key),
  };
  const html = followupMailDialogHtml(TODAY);
  const script = html.slice(html.indexOf('<script>') + 8, html.indexOf('</script>'));
  vm.runInNewContext(script, {
    document: { getElementById: (id: string) => elements[id], createElement: () => node() },
    google: { script: { run: runner } },
  });
  return { elements, calls };
}

describe('the ส่งอีเมลติดตามผล dialog page', () => {
  test('sends the period typed by hand (else the chosen one) and lists each province’s result as text', () => {
    const page = mailPage(' 2569-Q2 ');
    page.elements.go.listeners.click();
    expect(page.calls.sent).toEqual(['2569-Q2']);
    expect(page.elements.go.disabled).toBe(true);
    page.calls.success({ ok: true, message: 'ส่งแล้ว 1', lines: ['จังหวัดพะเยา: <b>ส่งแล้ว</b>'], notices: [] });
    expect(page.elements.go.disabled).toBe(false);
    expect(page.elements.msg).toMatchObject({ textContent: 'ส่งแล้ว 1', className: 'ok' });
    expect(page.elements.lines.children.map((c) => c.textContent)).toEqual(['จังหวัดพะเยา: <b>ส่งแล้ว</b>']);
    const chosen = mailPage('');
    chosen.elements.go.listeners.click();
    expect(chosen.calls.sent).toEqual(['2569']);
  });
});

describe('the register’s e-mail column', () => {
  test('addresses split on commas, semicolons, spaces and new lines; a bad one is a problem naming the row', () => {
    expect(parseAddresses(' a@dla.go.th,b@x.co.th;c@d.org\nmailto:e@f.go.th ', 4)).toEqual({
      addresses: ['a@dla.go.th', 'b@x.co.th', 'c@d.org', 'e@f.go.th'],
      problems: [],
    });
    const bad = parseAddresses('a@dla.go.th คุณสมชาย no@tld x@@y.com', 7);
    expect(bad.addresses).toEqual(['a@dla.go.th']);
    expect(bad.problems.map((p) => p.th)).toEqual([
      expect.stringContaining('“คุณสมชาย” ในแถว 7'),
      expect.stringContaining('“no@tld” ในแถว 7'),
      expect.stringContaining('“x@@y.com” ในแถว 7'),
    ]);
  });

  test('contacts by province code, the sources as before; addresses without a known province are a problem', () => {
    const read = registerSources([
      ['ที่', 'จังหวัด', 'ลิงก์ไฟล์', 'E-mail'],
      ['1', 'จ.พะเยา', '1phayaoReportAAAAAAAAAAAAAAAA', 'a@dla.go.th'],
      ['2', 'ที่ไหนสักแห่ง', '', 'b@dla.go.th'],
      ['3', 'พะเยา', '', 'A@dla.go.th c@dla.go.th'],
    ]);
    if (!read.ok) throw new Error(read.message.en);
    expect(read.sources).toHaveLength(1);
    expect([...read.contacts]).toEqual([['56', ['a@dla.go.th', 'c@dla.go.th']]]);
    expect(read.contactProblems.map((p) => p.th)).toEqual([expect.stringContaining('แถว 3')]);
    const without = registerSources([
      ['จังหวัด', 'ลิงก์'],
      ['พะเยา', '1phayaoReportAAAAAAAAAAAAAAAA'],
    ]);
    expect(without.ok && without.contacts.size).toBe(0);
  });
});
