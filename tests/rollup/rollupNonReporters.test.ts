// The roll-up core's non-reporters: every registry อปท. without an error-free reported row, in DOPA district order.

import { provinceByCode } from '../../src/core/geo/provinces';
import { indexRegistry } from '../../src/core/registry/match';
import { PHAYAO_DEMO_REGISTRY } from '../../src/core/registry/phayaoDemo';
import type { LaoType } from '../../src/core/registry/types';
import { rollup } from '../../src/core/rollup/rollup';
import { rollupJson } from '../../src/core/rollup/rollupJson';
import { TODAY } from '../support/sheets';
import { EXTRA_LAOS, FORM, PHAYAO_DISTRICTS, phayao, provinceSheet, row, run, SONGKHLA } from './rollupSupport';

// ---- non-reporters --------------------------------------------------------------------------------

describe('non-reporters', () => {
  const result = run([
    phayao(
      row({ lao: 'ทต.แม่กา' }),
      row({ lao: 'อบต.แม่ใส', revenue: 'abc' }), // error only: still not reported
      { district: 'จุน', lao: 'ทต.จุน' }, // named without results: not reported
      row({ district: 'ภูกามยาว', lao: 'อบต.ดงเจน' }),
      row({ district: 'ภูกามยาว', lao: 'ดงเจน' }), // ambiguous: an error, so ทต.ดงเจน has not reported
    ),
  ]);

  test('every registry อปท. without an error-free reported row, and no other', () => {
    const reportedCodes = new Set(['5560103', '6560902']);
    const expected = PHAYAO_DEMO_REGISTRY.laos.filter((l) => !reportedCodes.has(l.code)).map((l) => l.code);
    expect(result.nonReporters.map((n) => n.code).sort()).toEqual([...expected].sort());
    expect(result.nonReporters).toHaveLength(70);
    expect(new Set(result.nonReporters.map((n) => n.code)).size).toBe(70);
  });

  test('listed in DOPA district order, each district together, with the type-prefixed name and code', () => {
    const districts = result.nonReporters.map((n) => n.districtCode);
    expect([...districts].sort()).toEqual(districts);
    expect([...new Set(districts)]).toEqual(PHAYAO_DISTRICTS);
    expect(result.nonReporters[0]).toMatchObject({
      code: '2560101',
      name: 'อบจ.พะเยา',
      type: 'pao',
      district: 'เมืองพะเยา',
      districtCode: '5601',
      province: 'พะเยา',
      provinceCode: '56',
    });
    const byCode = new Map(result.nonReporters.map((n) => [n.code, n]));
    expect(byCode.get('4560102')?.name).toBe('ทม.พะเยา');
    expect(byCode.get('6560115')?.name).toBe('อบต.แม่ใส');
    expect(byCode.get('5560202')).toMatchObject({ name: 'ทต.จุน', district: 'จุน' });
    expect(byCode.get('5560901')).toMatchObject({ name: 'ทต.ดงเจน', district: 'ภูกามยาว' });
    const prefixes: Record<LaoType, string> = {
      pao: 'อบจ.',
      city: 'ทน.',
      town: 'ทม.',
      subdistrictMunicipality: 'ทต.',
      sao: 'อบต.',
      special: '',
    };
    const registryByCode = new Map(PHAYAO_DEMO_REGISTRY.laos.map((l) => [l.code, l]));
    for (const n of result.nonReporters) {
      const l = registryByCode.get(n.code)!;
      expect(n.name).toBe(prefixes[l.type] + l.name);
      expect(n.type).toBe(l.type);
      expect(n.district).toBe(l.districtName);
    }
  });

  test('the JSON list carries code, type, name, district and province', () => {
    const json = rollupJson(result, FORM, 'district', TODAY);
    expect(json.nonReporters?.[0]).toEqual({
      code: '2560101',
      type: 'pao',
      name: 'อบจ.พะเยา',
      district: 'เมืองพะเยา',
      province: 'พะเยา',
    });
  });

  test('when every อปท. of a small registry reports, nobody is listed', () => {
    const index = indexRegistry({ laos: EXTRA_LAOS.filter((l) => l.provinceCode === '90') }, provinceByCode);
    const r = rollup({
      form: FORM,
      registry: index,
      period: null,
      targets: null,
      sheets: [
        provinceSheet(
          SONGKHLA,
          index,
          row({ district: 'เมืองสงขลา', lao: 'อบจ.สงขลา' }),
          row({ district: 'อ.เมือง', lao: 'เทศบาลนครสงขลา' }),
          row({ district: 'เมือง', lao: 'ทต.เกาะแต้ว' }),
        ),
      ],
    });
    expect(r.nonReporters).toEqual([]);
    expect(r.root).toMatchObject({ laosTotal: 3, laosReported: 3, participation: 100 });
  });
});
