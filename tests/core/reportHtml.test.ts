// Tests of the HTML report page: self-contained (nothing fetched), every table and chart present, numbers formatted like the xlsx,
// unknown figures shown as "–", and user text (notes with markup or formulas) escaped everywhere it can appear.

import fc from 'fast-check';
import { formatInteger, formatMoney, formatPercent } from '../../src/core/format/number';
import { escapeHtml, formatCellText, renderHtml } from '../../src/core/report/html';
import type { ReportDocument } from '../../src/core/report/types';
import {
  DOC,
  districts,
  emptyChart,
  FORMULA_NOTE,
  heading,
  IMG_NOTE,
  national,
  nonReporters,
  percentChart,
  problems,
  row,
  salesChart,
  total,
  ZONE_2,
  ZONE_16,
  zeroChart,
} from '../support/reportDocument';

const html = renderHtml(DOC);

/** The markup of one table, by its title. */
function tableHtml(title: string): string {
  const start = html.indexOf(`<h2 class="table-title">${escapeHtml(title)}</h2>`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

function chartHtml(title: string): string {
  const start = html.indexOf(`<figcaption>${escapeHtml(title)}</figcaption>`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</svg>', start));
}

/** Rows of a table's body as arrays of cell texts (tags stripped, entities decoded). */
function bodyRows(tableMarkup: string): { cls: string; cells: string[] }[] {
  const body = tableMarkup.slice(tableMarkup.indexOf('<tbody>'), tableMarkup.indexOf('</tbody>'));
  return [...body.matchAll(/<tr(?: class="([a-z]+)")?>(.*?)<\/tr>/g)].map((m) => ({
    cls: m[1] ?? 'normal',
    cells: [...m[2].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => unescapeHtml(c[1])),
  }));
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Tag names in order; user text can never add or remove one. */
function tagNames(markup: string): string[] {
  return [...markup.matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9-]*)/g)].map((m) => m[0]);
}

describe('renderHtml: a self-contained page', () => {
  it('is an HTML5 Thai document with its title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="th">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<title>${DOC.title}</title>`);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('fetches nothing: no scripts, links, imports, url(), font downloads, or http outside escaped user text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/\b(src|href|xlink:href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@font-face/i);
    // the only http is the user's formula text, escaped
    const withoutUserText = html.split(escapeHtml(FORMULA_NOTE)).join('');
    expect(withoutUserText).not.toMatch(/http/i);
    expect(html).not.toMatch(/xmlns/);
  });

  it('uses system Thai fonts and an A4 landscape print stylesheet that keeps colours and rows whole', () => {
    expect(html).toMatch(
      /font-family: "Sarabun", "TH Sarabun New", [^;]*"Noto Sans Thai", [^;]*"Leelawadee UI", [^;]*Tahoma, sans-serif/,
    );
    expect(html).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(html).toContain('print-color-adjust: exact');
    expect(html).toContain('-webkit-print-color-adjust: exact');
    expect(html).toMatch(/@media print \{[\s\S]*tr \{ break-inside: avoid;/);
    expect(html).toMatch(/@media print \{[\s\S]*section\.chart:not\(\.chart-long\) \{ break-inside: avoid;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
  });

  it('is well nested: every element opened is closed in order', () => {
    const VOID = new Set(['meta', 'col', 'br', 'img', 'hr', 'link', 'input']);
    const stack: string[] = [];
    const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
    for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = m;
      if (VOID.has(name) || selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name);
    }
    expect(stack).toEqual([]);
  });
});

describe('renderHtml: tables', () => {
  it('has every table with its title, subtitle lines, header and footnotes, in order', () => {
    expect((html.match(/<table>/g) ?? []).length).toBe(4);
    let last = -1;
    for (const table of DOC.tables) {
      const at = html.indexOf(`<h2 class="table-title">${escapeHtml(table.title)}</h2>`);
      expect(at).toBeGreaterThan(last);
      last = at;
      const markup = tableHtml(table.title);
      for (const line of table.subtitle) expect(markup).toContain(`<p class="subtitle">${escapeHtml(line)}</p>`);
      const headers = [...markup.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) =>
        unescapeHtml(m[1].replace(/<span class="nb">(.*?)<\/span>/g, '$1')),
      );
      expect(headers).toEqual(table.columns.map((c) => c.header));
      expect((markup.match(/<col style="width: [\d.]+ch">/g) ?? []).length).toBe(table.columns.length);
      for (const note of table.footnotes) expect(markup).toContain(`<li>${escapeHtml(note)}</li>`);
      expect(bodyRows(markup).length).toBe(table.rows.length);
    }
    expect(html).toContain(`<footer class="attribution">${DOC.attribution}</footer>`);
  });

  it('formats the district table: 1,234 / 1,234.56 / 12.5, right-aligned, and the total row styled', () => {
    const rows = bodyRows(tableHtml(districts.title));
    expect(rows[0]).toEqual({
      cls: 'normal',
      cells: ['1', 'เมืองพะเยา', '16', '15', '93.8', '48', '1,234,567.50', '312'],
    });
    expect(rows[2].cells).toEqual(['3', 'เชียงคำ', '12', '8', '66.7', '17', '250,300.25', '90']);
    // a real zero is 0; an unknown figure is –
    expect(rows[3].cells).toEqual(['4', 'เชียงม่วน', '4', '0', '0.0', '0', '0.00', '0']);
    expect(rows[5].cells[6]).toBe('–');
    expect(rows[9]).toEqual({
      cls: 'total',
      cells: ['–', 'รวมทั้งจังหวัด', '73', '57', '78.1', '154', '2,112,218.50', '670'],
    });
    const markup = tableHtml(districts.title);
    expect(markup).toContain('<td class="num">1,234,567.50</td>');
    expect(markup).toContain('<td class="text">เมืองพะเยา</td>');
    expect(markup).toContain('<td class="num unknown">–</td>');
    expect(markup).toContain('<tr class="total">');
  });

  it('spans zone heading rows across the table and styles subtotal and total rows', () => {
    const markup = tableHtml(national.title);
    expect(markup).toContain(`<tr class="heading"><th colspan="8" scope="rowgroup">${ZONE_2}</th></tr>`);
    expect(markup).toContain(`<tr class="heading"><th colspan="8" scope="rowgroup">${ZONE_16}</th></tr>`);
    const rows = bodyRows(markup);
    expect(rows.map((r) => r.cls)).toEqual([
      'heading',
      'normal',
      'normal',
      'subtotal',
      'heading',
      'normal',
      'normal',
      'normal',
      'subtotal',
      'total',
    ]);
    expect(rows[3].cells).toEqual(['–', 'รวม', '110', '90', '81.8', '270', '7,700,000.10', '1,750']);
    expect(rows[7].cells).toEqual(['5', 'น่าน', '99', '–', '–', '–', '–', '–']);
    expect(rows[9].cells).toEqual(['–', 'รวมทั้งประเทศ', '425', '267', '62.8', '724', '14,912,218.60', '3,620']);
    expect(html).toMatch(/tr\.subtotal td \{ font-weight: bold; background: #ededed; \}/);
    expect(html).toMatch(/tr\.total td \{ font-weight: bold; background: #d0d0d0;/);
  });

  it('escapes hostile notes, quotes and ampersands; no user markup survives', () => {
    const markup = tableHtml(problems.title);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markup).toContain('=HYPERLINK(&quot;http://evil&quot;)');
    expect(markup).toContain('ทม.พะเยา &amp; &quot;ฝ่ายพัฒนาชุมชน&quot;');
    expect(markup).toContain('it&#39;s &lt;b&gt;ด่วน&lt;/b&gt;');
    const rows = bodyRows(markup);
    expect(rows[0].cells[4]).toBe(IMG_NOTE);
    expect(rows[1].cells[4]).toBe(FORMULA_NOTE);
    expect(rows[2].cells[4]).toBe('–');
  });

  it('lists the non-reporters', () => {
    expect(bodyRows(tableHtml(nonReporters.title)).map((r) => r.cells)).toEqual([
      ['1', 'เมืองพะเยา', 'อบต.บ้านใหม่'],
      ['2', 'เชียงคำ', 'ทต.เชียงบาน'],
      ['3', 'ปง', 'อบต.ควร'],
    ]);
  });

  it('pads a short row with empty cells and ignores cells beyond the columns', () => {
    const doc: ReportDocument = {
      ...DOC,
      tables: [{ ...nonReporters, rows: [row(1, 'ปง'), row(2, 'จุน', 'อบต.ห้วยข้าวก่ำ', 'extra')] }],
      charts: [],
    };
    const page = renderHtml(doc);
    const start = page.indexOf('<tbody>');
    expect(bodyRows(page.slice(start - 1)).map((r) => r.cells)).toEqual([
      ['1', 'ปง', ''],
      ['2', 'จุน', 'อบต.ห้วยข้าวก่ำ'],
    ]);
  });
});

describe('renderHtml: bar charts', () => {
  it('draws every chart as an accessible inline SVG', () => {
    expect((html.match(/<svg /g) ?? []).length).toBe(4);
    expect(
      (html.match(/<svg class="bar-chart" role="img" aria-labelledby="chart-\d-title chart-\d-desc"/g) ?? []).length,
    ).toBe(4);
    for (const chart of DOC.charts) {
      expect(chartHtml(chart.title)).toContain(
        `<title id="chart-${DOC.charts.indexOf(chart) + 1}-title">${escapeHtml(chart.title)}</title>`,
      );
    }
  });

  it('scales horizontal bars to the largest value and labels each with its formatted value and unit', () => {
    const svg = chartHtml(salesChart.title);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    // the zero value draws no bar
    expect(widths.length).toBe(3);
    expect(widths[1] / widths[0]).toBeCloseTo(0.5, 2);
    expect(widths[2] / widths[0]).toBeCloseTo(250300.25 / 1234567.5, 2);
    const barX = Number(/<rect x="([\d.]+)"/.exec(svg)![1]);
    const viewWidth = Number(/viewBox="0 0 (\d+) /.exec(svg)![1]);
    expect(barX + widths[0]).toBeLessThanOrEqual(viewWidth);
    for (const label of salesChart.categories) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('>1,234,567.50 บาท</text>');
    expect(svg).toContain('>0.00 บาท</text>');
    expect(svg).toContain(
      '<desc id="chart-1-desc">เมืองพะเยา: 1,234,567.50 บาท; จุน: 617,283.75 บาท; เชียงคำ: 250,300.25 บาท; ปง: 0.00 บาท</desc>',
    );
  });

  it('writes percentages with % and escapes category labels', () => {
    const svg = chartHtml(percentChart.title);
    expect(svg).toContain('>93.8%</text>');
    expect(svg).toContain('>100.0%</text>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('handles an all-zero chart (no bars, no division by zero) and an empty one', () => {
    const zero = chartHtml(zeroChart.title);
    expect(zero).not.toContain('<rect');
    expect(zero).not.toMatch(/NaN|Infinity/);
    expect(zero).toContain('>0 ครั้ง</text>');
    const empty = chartHtml(emptyChart.title);
    expect(empty).not.toContain('<rect');
    expect(empty).toContain('ไม่มีข้อมูล');
    expect(empty).toMatch(/viewBox="0 0 600 \d+"/);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('keeps the words the Thai dictionary would split whole in a heading, and only in headings', () => {
    const columns = [{ ...DOC.tables[0].columns[0], header: 'จำนวนครั้งที่ขายได้\n(ครั้ง)' }];
    const page = renderHtml({ ...DOC, charts: [], tables: [{ ...DOC.tables[0], columns, rows: [] }] });
    expect(page).toContain('<th scope="col">จำนวนครั้งที่<span class="nb">ขายได้</span>\n(ครั้ง)</th>');
    expect(page).toMatch(/\.nb \{ white-space: nowrap; \}/);
  });

  it('draws a chart of 76 categories as 4 even pieces on one scale, after the map and the short charts', () => {
    const categories = Array.from({ length: 76 }, (_, i) => `จังหวัด${i + 1}`);
    const values = categories.map((_, i) => (i === 70 ? 100 : 50));
    const long = { ...percentChart, title: 'ยาว', categories, values };
    const page = renderHtml({ ...DOC, tables: [], charts: [salesChart, long] });
    const section = page.slice(page.indexOf('<section class="chart chart-long">'));
    const pieces = section.slice(0, section.indexOf('</section>')).split('<svg class="bar-chart"').slice(1);
    expect(pieces.map((p) => (p.match(/<g>/g) ?? []).length)).toEqual([19, 19, 19, 19]);
    expect(pieces.map((p) => p.match(/<title id="[^"]+">([^<]*)</)?.[1])).toEqual([
      'ยาว (1/4)',
      'ยาว (2/4)',
      'ยาว (3/4)',
      'ยาว (4/4)',
    ]);
    // one scale: a 50 % bar is as long in every piece, half the 100 % one in the last piece
    const widths = pieces.map((p) => [...p.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1])));
    const half = widths[0][0];
    for (const w of widths) expect(w.filter((x) => x !== half)).toEqual(w === widths[3] ? [half * 2] : []);
    // the short chart sits beside the map, the long one below across the page
    expect(page.indexOf('<div class="charts short">')).toBeLessThan(page.indexOf('<div class="charts long">'));
    expect(page.indexOf('<div class="charts short">')).toBeGreaterThan(-1);
  });

  it('shortens a very long label but keeps it whole in the tooltip', () => {
    const long = 'องค์การบริหารส่วนตำบลบ้านใหม่ที่มีชื่อยาวมากเป็นพิเศษเพื่อทดสอบการตัดข้อความในแผนภูมิแท่ง';
    const page = renderHtml({ ...DOC, tables: [], charts: [{ ...salesChart, categories: [long], values: [5] }] });
    expect(page).toContain(`<title>${long}: 5.00 บาท</title>`);
    const label = /text-anchor="end"[^>]*>([^<]*)<\/text>/.exec(page)![1];
    expect(label.endsWith('…')).toBe(true);
    expect(long.startsWith(label.slice(0, -1))).toBe(true);
  });

  it('draws an unknown or negative value without a bar', () => {
    const page = renderHtml({
      ...DOC,
      tables: [],
      charts: [{ ...salesChart, categories: ['ก', 'ข', 'ค'], values: [100, -5, NaN] }],
    });
    expect((page.match(/<rect /g) ?? []).length).toBe(1);
    expect(page).toContain('>-5.00 บาท</text>');
    expect(page).toContain('>–</text>');
  });
});

describe('escapeHtml and formatting', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('ตลาดนัด ของดีบ้านเรา')).toBe('ตลาดนัด ของดีบ้านเรา');
  });

  it('round-trips any text and leaves no markup character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeHtml(escaped)).toBe(s);
      }),
    );
  });

  it('never lets user text change the page structure, whatever slot it is in', () => {
    const withText = (t: string): ReportDocument => ({
      title: t,
      attribution: t,
      tables: [
        {
          sheetName: t,
          title: t,
          subtitle: [t],
          columns: [
            { header: t, format: 'text', width: 10 },
            { header: 'ยอด', format: 'money', width: 10 },
          ],
          rows: [heading(t), row(t, t), total(t, 5)],
          footnotes: [t],
        },
      ],
      charts: [{ title: t, categories: [t], values: [1], format: 'integer', unit: t }],
    });
    const reference = tagNames(renderHtml(withText('x')));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }), (t) => {
        expect(tagNames(renderHtml(withText(t)))).toEqual(reference);
      }),
    );
  });

  it.each([
    [1234, 'integer', '1,234'],
    [1234.5, 'integer', '1,235'],
    [-0.4, 'integer', '0'],
    [1234.56, 'money', '1,234.56'],
    [1.005, 'money', '1.01'],
    [-0.001, 'money', '0.00'],
    [12.5, 'percent', '12.5'],
    [0.15, 'percent', '0.2'],
    [7, 'percent', '7.0'],
    [-0.04, 'percent', '0.0'],
    [560101, 'text', '560101'],
    [null, 'money', '–'],
    [Number.NaN, 'integer', '–'],
    ['1,500 บาท', 'money', '1,500 บาท'],
  ] as const)('formatCellText(%p, %s) = %s', (value, format, expected) => {
    expect(formatCellText(value, format)).toBe(expected);
  });

  it('formatInteger, formatMoney and formatPercent agree with groupThousands on ordinary values', () => {
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatMoney(2112218.5)).toBe('2,112,218.50');
    expect(formatPercent(12.5)).toBe('12.5');
    expect(formatPercent(1234.56)).toBe('1,234.6');
  });
});
