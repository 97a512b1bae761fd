// Tests of the twin's services other than Sheets data: the document lock, properties, session, Ui and HTML output, and
// opening other spreadsheets by id.

import { createServices, MESSAGES } from '../../src/twin';

describe('other services', () => {
  test('document lock: free → acquired (re-entrant); held by another execution → tryLock false', () => {
    const twin = createServices();
    const lock = twin.services.lockService.getDocumentLock()!;
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(twin.services.lockService.getDocumentLock()!.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);

    twin.workbook.lock.holdBy('officer-2', { releaseAfterAttempts: 2 });
    expect(lock.tryLock(100)).toBe(false);
    expect(lock.tryLock(100)).toBe(false);
    expect(lock.tryLock(100)).toBe(true);
    expect(twin.workbook.lock.attempts.map((a) => a.acquired)).toEqual([true, true, false, false, true]);
    lock.releaseLock();

    lock.holdBy('officer-3');
    expect(() => lock.waitLock(30_000)).toThrow(MESSAGES.lockTimeout);
    // another spreadsheet has its own lock
    const other = twin.addWorkbook({ id: 'province-file' });
    twin.setActiveWorkbook(other);
    expect(twin.services.lockService.getDocumentLock()!.tryLock(0)).toBe(true);
  });

  test('user properties are per user; document properties per workbook; values are strings of at most 9 kB', () => {
    const twin = createServices({ userEmail: 'a@phayao.go.th' });
    const props = twin.services.propertiesService;
    props.getUserProperties().setProperty('lang', 'th');
    props.getDocumentProperties().setProperty('period', '2568-10');
    twin.setUser('b@phayao.go.th');
    expect(props.getUserProperties().getProperty('lang')).toBeNull();
    expect(props.getDocumentProperties().getProperty('period')).toBe('2568-10');
    twin.setUser('a@phayao.go.th');
    expect(twin.userProperties().get('lang')).toBe('th');
    twin.setUser('b@phayao.go.th');
    props
      .getUserProperties()
      .setProperty('lang', 'en')
      .setProperty('n', 3 as unknown as string);
    expect(props.getUserProperties().getProperties()).toEqual({ lang: 'en', n: '3' });
    props.getUserProperties().deleteProperty('n');
    expect(props.getUserProperties().getProperties()).toEqual({ lang: 'en' });
    expect(() => props.getUserProperties().setProperty('big', 'ก'.repeat(4000))).toThrow(MESSAGES.propertyTooLarge);
    twin.setActiveWorkbook(twin.addWorkbook());
    expect(props.getDocumentProperties().getProperties()).toEqual({});
  });

  test('session, ui, html', () => {
    const twin = createServices({ htmlFiles: (name) => (name === 'Sidebar' ? '<p>ของดี</p>' : undefined) });
    const { session, htmlService, spreadsheetApp } = twin.services;
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getScriptTimeZone()).toBe('Asia/Bangkok');
    expect(twin.workbook.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
    const ui = spreadsheetApp.getUi();
    ui.createAddonMenu().addItem('ตรวจสอบข้อมูล', 'checkData').addSeparator().addToUi();
    // an add-on menu is captioned with the script's name (a twin made without one: Apps Script's "Untitled project")
    expect(ui.menusOnUi.map((m) => [m.caption, m.items])).toEqual([
      ['Untitled project', [{ caption: 'ตรวจสอบข้อมูล', functionName: 'checkData' }, 'separator']],
    ]);
    expect(ui.alert('ผล', 'ไม่พบข้อผิดพลาด', ui.ButtonSet.OK)).toBe(ui.Button.OK);
    ui.alertAnswers.push(ui.Button.NO);
    expect(ui.alert('ลบ?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alerts).toEqual([
      { title: 'ผล', prompt: 'ไม่พบข้อผิดพลาด', buttons: 'OK' },
      { title: '', prompt: 'ลบ?', buttons: 'YES_NO' },
    ]);
    ui.showSidebar(htmlService.createHtmlOutputFromFile('Sidebar').setTitle('ของดีบ้านเรา'));
    ui.showModalDialog(htmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200), 'รายงาน');
    expect(ui.sidebars.map((s) => [s.content, s.title])).toEqual([['<p>ของดี</p>', 'ของดีบ้านเรา']]);
    expect(ui.dialogs.map((s) => [s.content, s.title])).toEqual([['<b>x</b>', 'รายงาน']]);
    expect(() => htmlService.createHtmlOutputFromFile('Missing')).toThrow(MESSAGES.noHtmlFile('Missing'));
    twin.env.uiAvailable = false;
    expect(() => spreadsheetApp.getUi()).toThrow(MESSAGES.noUi);
  });

  test('openById: other workbooks by id; unknown ids and denied files throw as Apps Script does', () => {
    const twin = createServices();
    const province = twin.addWorkbook({ id: 'phayao-2568', name: 'พะเยา' });
    province.addSheet('Data', [['x']]);
    const app = twin.services.spreadsheetApp;
    expect(app.openById('phayao-2568').getSheetByName('Data')?.getDataRange().getValues()).toEqual([['x']]);
    expect(app.openById('phayao-2568').getUrl()).toBe('https://docs.google.com/spreadsheets/d/phayao-2568/edit');
    expect(() => app.openById('nope')).toThrow(MESSAGES.openById);
    province.denyAccess();
    expect(() => app.openById('phayao-2568')).toThrow('You do not have permission to access the requested document.');
  });
});
