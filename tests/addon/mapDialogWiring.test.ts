// The map dialog wired into the add-on: สรุปผลรายอำเภอ saves one figure per district, the very rates its sheet shows, and
// รวมผลทั้งประเทศ the provinces', for getMapData; from the built Code.js, the menu item opens dist/MapDialog.html.

import { runDistrictSummary } from '../../src/addon/actions/districtSummary';
import { writeRegistry } from '../../src/addon/actions/registry';
import { MENU_ITEMS } from '../../src/addon/menu';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { RollupMapInput } from '../../src/core/report/map/rollupMapInput';
import { asGlobals, distHtmlFiles, type Twin } from '../../src/twin';
import { addRegistry, clockedTwin } from '../central/fixture';
import { load, OFFICER_BUNDLE } from '../central/sandbox';
import { reportSpecs, sheetRows } from '../consolidate/fixture';
import { DIST } from '../support/appsScriptSandbox';
import { TODAY, twinWithReport } from '../support/twinReport';

const SUMMARY = 'สรุปรายอำเภอ';

function summarised() {
  const twin = twinWithReport(30);
  writeRegistry(twin.services, PHAYAO_DEMO_REGISTRY.laos);
  expect(runDistrictSummary(twin.services, TODAY, '2569').ok).toBe(true);
  return twin;
}

/** getMapData as the page calls it: from the built Code.js, on the twin. */
function mapDataOn(twin: Twin): RollupMapInput | null {
  return load(OFFICER_BUNDLE, asGlobals(twin.services)).call('getMapData') as RollupMapInput | null;
}

/** รวมผลทั้งประเทศ over a workbook with a tab each for พะเยา and น่าน, from the built Code.js. */
function consolidated(): Twin {
  const c = clockedTwin({ scriptApp: false, msPerCall: 150, script: 'officer' });
  const book = c.twin.workbook;
  book.addSheet('พะเยา', book.typedRows(sheetRows(reportSpecs('56', 'xlsx', []), { dateCells: true }, 'xlsx')));
  book.addSheet(
    'น่าน',
    book.typedRows(
      sheetRows(reportSpecs('55', 'xlsx', []), { title: 'แบบรายงานผล จังหวัดน่าน', dateCells: true }, 'xlsx'),
    ),
  );
  addRegistry(book);
  const bundle = load(OFFICER_BUNDLE, asGlobals(c.twin.services));
  c.twin.bindToContext(bundle.context);
  bundle.call('consolidateNation');
  return c.twin;
}

describe('after สรุปผลรายอำเภอ', () => {
  test('getMapData gives one figure per district of Phayao, the participation the sheet shows, with its tooltip', () => {
    const twin = summarised();
    const map = mapDataOn(twin);
    expect(map?.kind).toBe('district');
    if (map?.kind !== 'district') throw new Error('no district map');
    expect(map.provinceCode).toBe('56');
    expect(map.input.title).toBe('อัตราการรายงานผล (ร้อยละของ อปท.) รายอำเภอ จังหวัดพะเยา');
    expect(map.input.subtitle).toContain('ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569');

    const values = twin.workbook.sheet(SUMMARY).peek().values;
    const header = values[5].map((c) => String(c).replace(/\n/g, ' '));
    const rows = values.slice(6, 6 + 9);
    const shown = rows.map((r) => Math.round(Number(r[header.indexOf('การมีส่วนร่วม (ร้อยละ)')]) * 10) / 10);
    const codes = Object.keys(map.input.values).sort();
    expect(codes).toEqual(['5601', '5602', '5603', '5604', '5605', '5606', '5607', '5608', '5609']);
    expect(Object.values(map.input.values)).toEqual(shown);
    expect(shown.some((v) => v > 0)).toBe(true);
    for (const [code, lines] of Object.entries(map.input.tooltipLines)) {
      expect(codes).toContain(code);
      expect(lines[0]).toMatch(/^อปท\. ที่รายงาน \d+ จาก \d+ แห่ง$/);
    }
  });

  test('a workbook that never summarised has no map data', () => {
    expect(mapDataOn(twinWithReport(3))).toBeNull();
  });
});

describe('from the built Code.js', () => {
  test('the menu has แผนที่ผลการดำเนินงาน, which opens dist/MapDialog.html as an 820 × 720 dialog', () => {
    expect(MENU_ITEMS).toContainEqual({
      label: expect.objectContaining({ th: 'แผนที่ผลการดำเนินงาน' }),
      functionName: 'openMapDialog',
    });
    const twin = summarised();
    twin.htmlFiles = distHtmlFiles(DIST);
    load(OFFICER_BUNDLE, asGlobals(twin.services)).call('openMapDialog');
    const shown = twin.ui.dialogs.at(-1);
    expect(shown?.title).toBe('แผนที่ผลการดำเนินงาน');
    expect(shown?.content).toContain('<title>แผนที่ผลการดำเนินงาน</title>');
    expect(shown?.output).toMatchObject({ width: 820, height: 720 });
  });
});

describe('after รวมผลทั้งประเทศ', () => {
  test('getMapData gives the provinces, the newer map, with พะเยา and น่าน reported and the others at 0', () => {
    const twin = consolidated();
    const map = mapDataOn(twin);
    expect(map?.kind).toBe('province');
    const values = map?.input.values ?? {};
    expect(Object.keys(values)).toHaveLength(76);
    expect(values['56']).toBeGreaterThan(0);
    expect(values['55']).toBeGreaterThan(0);
    expect(values['50']).toBe(0);
    expect('10' in values).toBe(false);
  });
});
