// The entry sidebar's context call and its opening on the in-memory twin: the province, districts and อปท. offered, the
// period, and the sidebar shown.

import { entryContext, showEntrySidebar } from '../../src/addon/actions/entry';
import { collateThai } from '../../src/core/format/collate';
import { officerTwin } from '../support/manifestTwin';
import { payload, REPORT, reportRows, submit, TODAY, twinWith } from './entryTwin';

describe('entryContext', () => {
  test('is plain JSON: province, districts with type-prefixed อปท. in Thai order, period, today in B.E., no Date', () => {
    const twin = twinWith();
    const context = entryContext(twin.services, TODAY);
    expect(JSON.parse(JSON.stringify(context))).toEqual(context);
    if (!context.ok) throw new Error(context.message.en);
    expect(context.province).toMatchObject({ code: '56', nameTh: 'พะเยา' });
    expect(context.sheetName).toBe(REPORT);
    expect(context.districts).toHaveLength(9);
    const names = context.districts.map((d) => d.name);
    expect(names).toEqual([...names].sort(collateThai));
    // เมืองพะเยา sorts under ม, not after every other district as plain code-point order would put it
    expect(names.indexOf('เมืองพะเยา')).toBeLessThan(names.length - 1);
    const muang = context.districts.find((d) => d.name === 'เมืองพะเยา');
    expect(muang?.laos.map((l) => l.label)).toEqual(
      expect.arrayContaining(['อบจ.พะเยา', 'ทม.พะเยา', 'ทต.แม่กา', 'อบต.แม่ใส']),
    );
    const bare = muang?.laos.map((l) => l.name) ?? [];
    expect(bare).toEqual([...bare].sort(collateThai));
    expect(context.period).toEqual({
      key: '2570',
      label: { th: expect.stringContaining('ปีงบประมาณ 2570'), en: expect.stringContaining('Fiscal year 2570') },
    });
    expect(context.today).toEqual({ iso: '2026-11-21', thai: '21 พฤศจิกายน 2569' });
    expect(context.fields.map((f) => f.key)).toEqual(expect.arrayContaining(['lao', 'district', 'revenue', 'note']));
    expect(context.last).toBeNull();
  });

  test('remembers the district and อปท. this officer used last, per user', () => {
    const twin = twinWith();
    expect(submit(twin, payload({ district: 'จุน', lao: 'ทต.จุน' })).status).toBe('recorded');
    const mine = entryContext(twin.services, TODAY);
    expect(mine.ok && mine.last).toEqual({ district: 'จุน', lao: 'ทต.จุน' });
    twin.setUser('someone.else@phayao.go.th');
    const theirs = entryContext(twin.services, TODAY);
    expect(theirs.ok && theirs.last).toBeNull();
  });

  test('two officers whose emails Google keeps blank each get their own last choice back (user properties are per user)', () => {
    const twin = twinWith();
    twin.setUser('', 'temp-key-officer-a');
    expect(submit(twin, payload({ district: 'จุน', lao: 'ทต.จุน' })).status).toBe('recorded');
    twin.setUser('', 'temp-key-officer-b');
    expect(entryContext(twin.services, TODAY)).toMatchObject({ last: null });
    expect(submit(twin, payload({ district: 'เมืองพะเยา', lao: 'ทต.แม่กา' })).status).toBe('recorded');
    twin.setUser('', 'temp-key-officer-a');
    expect(entryContext(twin.services, TODAY)).toMatchObject({ last: { district: 'จุน', lao: 'ทต.จุน' } });
    twin.setUser('', 'temp-key-officer-b');
    expect(entryContext(twin.services, TODAY)).toMatchObject({ last: { district: 'เมืองพะเยา', lao: 'ทต.แม่กา' } });
  });

  test('finds the report sheet from another tab, and says what to do when there is none', () => {
    const twin = twinWith();
    twin.workbook.addSheet('บันทึกของฉัน', [['อะไรก็ได้']]);
    twin.workbook.setActiveSheet('บันทึกของฉัน');
    const found = entryContext(twin.services, TODAY);
    expect(found.ok && found.sheetName).toBe(REPORT);

    const empty = officerTwin({ sheets: { Sheet1: [['hello']] } });
    const none = entryContext(empty.services, TODAY);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message.th).toContain('ตั้งค่าแบบรายงาน');
  });

  test('without a registry for the province the lists are empty and typed names are accepted', () => {
    const twin = twinWith(reportRows('จังหวัดน่าน'));
    const context = entryContext(twin.services, TODAY);
    expect(context.ok && context.districts).toEqual([]);
    const result = submit(twin, payload({ district: 'ปัว', lao: 'อบต.ศิลาแลง' }));
    expect(result).toMatchObject({ status: 'recorded', recorded: { district: 'ปัว', lao: 'อบต.ศิลาแลง' } });
  });
});

describe('showEntrySidebar', () => {
  test('shows dist/Sidebar.html as the sidebar titled บันทึกผลการดำเนินงาน', () => {
    const twin = twinWith();
    twin.htmlFiles = (name) => (name === 'Sidebar' ? '<!doctype html><title>x</title>' : undefined);
    showEntrySidebar(twin.services);
    expect(twin.ui.sidebars).toHaveLength(1);
    expect(twin.ui.sidebars[0]).toMatchObject({
      title: 'บันทึกผลการดำเนินงาน',
      content: '<!doctype html><title>x</title>',
    });
  });
});
