// The entry sidebar's contract and its browser-side logic in node: dist/Sidebar.html is one self-contained file, the
// retries back off and keep the id, and the browser matches and checks names exactly as the server does.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryContext, submitEntryWith } from '../../src/addon/actions/entry';
import { checkEntry } from '../../src/addon/entry/checkEntry';
import { readPayload } from '../../src/addon/entry/payload';
import { entryMatcher } from '../../src/addon/entry/registryLists';
import type { EntryContextReady, EntryPayload, SubmitResult } from '../../src/addon/entry/types';
import { DLA_ONLINE_MARKET } from '../../src/core/form/dlaOnlineMarket';
import { backoffMs, type SendDeps, sendWithRetry } from '../../src/sidebar/retry';
import { DIST } from '../support/appsScriptSandbox';
import { officerTwin } from '../support/manifestTwin';
import { expectSelfContainedPage } from '../support/pageContract';

const TODAY = { year: 2026, month: 11, day: 21 };

describe('dist/Sidebar.html', () => {
  const file = join(DIST, 'Sidebar.html');
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';

  test('is built, self-contained, and puts text in the page as text only', () => {
    expectSelfContainedPage(html);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script.length).toBeGreaterThan(10_000);
  });

  test('is Thai, labelled and sized for a 300 px sidebar', () => {
    expect(html).toContain('<html lang="th">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('width=device-width');
    expect(html).toContain('min-height: 44px');
  });
});

describe('sendWithRetry', () => {
  const base: Omit<EntryPayload, 'attempt'> = {
    id: 'abcdefgh12345678',
    values: {
      district: 'จุน',
      lao: 'ทต.จุน',
      date: '2026-11-20',
      product: '',
      links: ['https://www.facebook.com/share/p/1/'],
      salesCount: '1',
      revenue: '100',
      beneficiaries: '1',
      note: '',
    },
    confirmWarnings: false,
  };
  const recorded = { status: 'failed', message: { th: 'x', en: 'x' } } as const satisfies SubmitResult;

  function deps(
    answers: (SubmitResult | Error)[],
  ): SendDeps & { sent: EntryPayload[]; waits: number[]; notices: string[] } {
    const sent: EntryPayload[] = [];
    const waits: number[] = [];
    const notices: string[] = [];
    return {
      sent,
      waits,
      notices,
      send: async (p) => {
        sent.push(p);
        const next = answers.shift();
        if (next instanceof Error || next === undefined) throw next ?? new Error('no answer');
        return next;
      },
      wait: async (ms) => void waits.push(ms),
      retrying: (reason, nextTry) => void notices.push(`${reason}:${nextTry}`),
      random: () => 0.5,
    };
  }

  test('a busy sheet is tried three times with growing waits, then reported busy; the id stays, attempts count up', async () => {
    const busy: SubmitResult = { status: 'busy', message: { th: 'ระบบไม่ว่าง กำลังลองใหม่…', en: '' } };
    const d = deps([busy, busy, busy]);
    const { outcome, nextAttempt } = await sendWithRetry(base, 1, d);
    expect(outcome).toEqual({ kind: 'busy' });
    expect(d.sent.map((p) => [p.id, p.attempt])).toEqual([
      [base.id, 1],
      [base.id, 2],
      [base.id, 3],
    ]);
    expect(d.waits).toEqual([1000, 2000]);
    expect(d.notices).toEqual(['busy:2', 'busy:3']);
    expect(nextAttempt).toBe(4);
  });

  test('a lost answer is tried again with the same id; the first real answer ends it', async () => {
    const d = deps([new Error('NetworkError: Connection failure due to HTTP 0'), recorded]);
    const { outcome } = await sendWithRetry(base, 4, d);
    expect(outcome).toEqual({ kind: 'answer', result: recorded });
    expect(d.sent.map((p) => p.attempt)).toEqual([4, 5]);
    expect(d.notices).toEqual(['unreachable:2']);
  });

  test('three lost answers: unreachable, with the reason', async () => {
    const d = deps([new Error('a'), new Error('b'), new Error('c')]);
    expect((await sendWithRetry(base, 1, d)).outcome).toEqual({ kind: 'unreachable', detail: 'c' });
  });

  test('the waits are jittered around 1 s, 2 s, 4 s', () => {
    expect([backoffMs(1, 0), backoffMs(1, 0.999), backoffMs(2, 0.5), backoffMs(3, 0.5)]).toEqual([
      750, 1250, 2000, 4000,
    ]);
  });
});

describe('the browser checks as the server does', () => {
  const twin = officerTwin({ sheets: { รายงานผล: [['จังหวัดพะเยา'], ['องค์กรปกครองส่วนท้องถิ่น', 'อำเภอ', 'รายรับ (บาท)']] } });
  const context = entryContext(twin.services, TODAY) as EntryContextReady;

  test.each([
    ['ทต.แม่กา', 'เมืองพะเยา'],
    ['เทศบาลตำบลแม่กา', 'อ.เมือง'],
    ['อบต แม่ใส', 'อำเภอเมืองพะเยา'],
    ['แม่กา', null],
    ['ดงเจน', 'ภูกามยาว'],
    ['อบต.ไม่มีจริง', 'จุน'],
    ['ทต.จุน', 'เชียงคำ'],
  ])('%s in %s', (lao, district) => {
    const payload = readPayloadOk({ lao, district: district ?? '' });
    // the browser: the core's checks with a matcher rebuilt from the context it was sent
    const browser = checkEntry(payload, {
      form: DLA_ONLINE_MARKET,
      province: 'พะเยา',
      today: TODAY,
      identify: entryMatcher(context.province, context.districts),
    });
    // the server: the same checks with the workbook's registry, as the authority
    const server = submitEntryWith(twin.services, TODAY, payload);
    const serverCodes =
      server.status === 'invalid' || server.status === 'confirm' ? server.problems.map((p) => p.code) : [];
    expect(browser.problems.map((p) => p.code)).toEqual(serverCodes);
    if (server.status === 'recorded') expect(server.recorded).toEqual(browser.recorded);
    else expect(server.status).toBe(browser.errors > 0 ? 'invalid' : 'confirm');
  });
});

function readPayloadOk(values: Record<string, string>): EntryPayload {
  const read = readPayload(
    {
      id: `parity-${Math.random().toString(36).slice(2, 10)}`,
      values: {
        links: ['https://www.facebook.com/share/p/2/'],
        salesCount: '1',
        revenue: '50',
        beneficiaries: '1',
        date: '2026-11-01',
        ...values,
      },
    },
    DLA_ONLINE_MARKET,
  );
  if (!read.ok) throw new Error(read.detail);
  return read.payload;
}

describe('readPayload', () => {
  const read = (raw: unknown) => readPayload(raw, DLA_ONLINE_MARKET);

  test('takes only the form’s fields: text of bounded length, a list of links, and a well-formed id', () => {
    expect(read(null).ok).toBe(false);
    expect(read({ id: 'short' }).ok).toBe(false);
    expect(read({ id: 'abcdefgh', values: { links: 'https://x' } }).ok).toBe(false);
    expect(read({ id: 'abcdefgh', values: { note: { toString: () => 'x' } } }).ok).toBe(false);
    expect(read({ id: 'abcdefgh', values: { note: 'x'.repeat(2001) } }).ok).toBe(false);
    expect(read({ id: 'abcdefgh', values: { note: ['a list'] } }).ok).toBe(false);
    expect(read({ id: 'abcdefgh', values: ['not', 'an', 'object'] }).ok).toBe(false);
    // a key the form has no field for, and one the server fills itself
    expect(read({ id: 'abcdefgh', values: { sales: '3' } })).toEqual({
      ok: false,
      detail: 'sales: not a field of the form',
    });
    expect(read({ id: 'abcdefgh', values: { province: 'น่าน' } }).ok).toBe(false);
    const ok = read({ id: 'abcdefgh', values: { revenue: 1500 }, attempt: 2, confirmWarnings: 'yes' });
    expect(ok).toEqual({
      ok: true,
      payload: expect.objectContaining({ attempt: 2, confirmWarnings: false }),
    });
    // every field of the form is there, blank when it was not sent
    expect(ok.ok && ok.payload.values).toEqual(expect.objectContaining({ revenue: '1500', links: [], note: '' }));
  });
});
