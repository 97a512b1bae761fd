// Tests of the HTML report page: self-contained (nothing fetched), every table and chart present, numbers formatted like the xlsx,
// unknown figures shown as "–", and user text (notes with markup or formulas) escaped everywhere it can appear.

import fc from 'fast-check';
import { escapeHtml, formatCellText, renderHtml } from '../../src/core/report/html';
import { formatInteger, formatMoney, formatPercent } from '../../src/core/format/number';
import type { BarChart, ReportColumn, ReportDocument, ReportTable } from '../../src/core/report/types';
import { AS_OF, FORMULA_NOTE, heading, IMG_NOTE, row, subtotal, total, ZONE_16, ZONE_2 } from '../support/reportRows';

const PERIOD = 'ปีงบประมาณ 2569 ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2568)';

const FIGURE_COLUMNS: ReportColumn[] = [
  { header: 'จำนวน อปท. (แห่ง)', format: 'integer', width: 10 },
  { header: 'รายงานแล้ว (แห่ง)', format: 'integer', width: 10 },
  { header: 'ร้อยละที่รายงาน (%)', format: 'percent', width: 10 },
  { header: 'จำนวนครั้งที่จัด (ครั้ง)', format: 'integer', width: 12 },
  { header: 'ยอดจำหน่าย (บาท)', format: 'money', width: 16 },
  { header: 'ผู้ค้า (คน)', format: 'integer', width: 10 },
];

const districts: ReportTable = {
  sheetName: 'สรุปรายอำเภอ',
  title: 'สรุปผลการดำเนินงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา',
  subtitle: ['จังหวัดพะเยา', AS_OF, PERIOD],
  columns: [{ header: 'ที่', format: 'integer', width: 5 }, { header: 'อำเภอ', format: 'text', width: 18 }, ...FIGURE_COLUMNS],
  rows: [
    row(1, 'เมืองพะเยา', 16, 15, 93.75, 48, 1234567.5, 312),
    row(2, 'จุน', 7, 7, 100, 21, 98000, 64),
    row(3, 'เชียงคำ', 12, 8, 66.66666666666667, 17, 250300.25, 90),
    row(4, 'เชียงม่วน', 4, 0, 0, 0, 0, 0),
    row(5, 'ดอกคำใต้', 12, 11, 91.66666666666667, 30, 412000, 120),
    row(6, 'ปง', 8, 3, 37.5, 5, null, 12),
    row(7, 'แม่ใจ', 6, 6, 100, 18, 75250.75, 41),
    row(8, 'ภูซาง', 5, 4, 80, 9, 30100, 22),
    row(9, 'ภูกามยาว', 3, 3, 100, 6, 12000, 9),
    total(null, 'รวมทั้งจังหวัด', 73, 57, 78.08219178082192, 154, 2112218.5, 670),
  ],
  footnotes: ['ร้อยละที่รายงาน = อปท. ที่รายงานแล้ว ÷ จำนวน อปท. ทั้งหมด × 100', '– หมายถึง ไม่ทราบข้อมูล (อปท. ยังไม่รายงานยอดจำหน่าย)'],
};

const national: ReportTable = {
  sheetName: 'สรุปรายจังหวัด',
  title: 'สรุปผลการดำเนินงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา รายจังหวัด',
  subtitle: ['ทั่วประเทศ', AS_OF],
  columns: [{ header: 'ที่', format: 'integer', width: 5 }, { header: 'จังหวัด', format: 'text', width: 18 }, ...FIGURE_COLUMNS],
  rows: [
    heading(ZONE_2),
    row(1, 'นนทบุรี', 46, 40, 86.95652173913044, 120, 3500000, 800),
    row(2, 'ปทุมธานี', 64, 50, 78.125, 150, 4200000.1, 950),
    subtotal(null, 'รวม', 110, 90, 81.81818181818181, 270, 7700000.1, 1750),
    heading(ZONE_16),
    row(3, 'เชียงราย', 143, 120, 83.91608391608392, 300, 5100000, 1200),
    row(4, 'พะเยา', 73, 57, 78.08219178082192, 154, 2112218.5, 670),
    row(5, 'น่าน', 99, null, null, null, null, null),
    subtotal(null, 'รวม', 315, 177, 56.19047619047619, 454, 7212218.5, 1870),
    total(null, 'รวมทั้งประเทศ', 425, 267, 62.82352941176471, 724, 14912218.6, 3620),
  ],
  footnotes: ['จังหวัดน่านยังไม่ส่งรายงาน'],
};

const nonReporters: ReportTable = {
  sheetName: 'ยังไม่รายงาน',
  title: 'อปท. ที่ยังไม่รายงานผลการดำเนินงาน',
  subtitle: ['จังหวัดพะเยา', AS_OF],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'อำเภอ', format: 'text', width: 16 },
    { header: 'อปท.', format: 'text', width: 30 },
  ],
  rows: [row(1, 'เมืองพะเยา', 'อบต.บ้านใหม่'), row(2, 'เชียงคำ', 'ทต.เชียงบาน'), row(3, 'ปง', 'อบต.ควร')],
  footnotes: [],
};

const problems: ReportTable = {
  sheetName: 'ปัญหาข้อมูล',
  title: 'รายการข้อมูลที่ต้องตรวจสอบ',
  subtitle: ['จังหวัดพะเยา', AS_OF],
  columns: [
    { header: 'ที่', format: 'integer', width: 5 },
    { header: 'แถว', format: 'integer', width: 6 },
    { header: 'อปท.', format: 'text', width: 24 },
    { header: 'ปัญหา', format: 'text', width: 40 },
    { header: 'ค่าที่พบ', format: 'text', width: 40 },
  ],
  rows: [
    row(1, 12, 'ทต.แม่กา', 'ลิงก์ไม่ใช่ลิงก์ของแพลตฟอร์มที่กำหนด', IMG_NOTE),
    row(2, 15, 'อบต.บ้านตุ่น', 'ยอดจำหน่ายไม่ใช่ตัวเลข', FORMULA_NOTE),
    row(3, 21, 'ทม.พะเยา & "ฝ่ายพัฒนาชุมชน"', "หมายเหตุ: it's <b>ด่วน</b>", null),
  ],
  footnotes: ['แก้ไขในชีตต้นฉบับแล้วตรวจสอบใหม่'],
};

const salesChart: BarChart = {
  title: 'ยอดจำหน่ายรายอำเภอ',
  categories: ['เมืองพะเยา', 'จุน', 'เชียงคำ', 'ปง'],
  values: [1234567.5, 617283.75, 250300.25, 0],
  format: 'money',
  unit: 'บาท',
};
const percentChart: BarChart = {
  title: 'ร้อยละของ อปท. ที่รายงาน',
  categories: ['เมืองพะเยา', 'จุน', IMG_NOTE],
  values: [93.75, 100, 50],
  format: 'percent',
  unit: '%',
};
const zeroChart: BarChart = { title: 'จำนวนครั้งที่จัด (ยังไม่มี)', categories: ['เชียงม่วน', 'ภูซาง'], values: [0, 0], format: 'integer', unit: 'ครั้ง' };
const emptyChart: BarChart = { title: 'ผู้ค้ารายอำเภอ', categories: [], values: [], format: 'integer', unit: 'คน' };

const DOC: ReportDocument = {
  title: 'รายงานตลาดนัดท้องถิ่นออนไลน์ เครือข่ายของดีบ้านเรา จังหวัดพะเยา',
  tables: [districts, national, nonReporters, problems],
  charts: [salesChart, percentChart, zeroChart, emptyChart],
  attribution: 'ที่มา: กรมส่งเสริมการปกครองท้องถิ่น กระทรวงมหาดไทย ประมวลผลโดย khongdee',
};

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
    cells: [...m[2].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => unescape(c[1])),
  }));
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
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
    expect(html).toMatch(/font-family: "Sarabun", "TH Sarabun New", [^;]*"Noto Sans Thai", [^;]*"Leelawadee UI", [^;]*Tahoma, sans-serif/);
    expect(html).toContain('@page { size: A4 landscape; margin: 12mm; }');
    expect(html).toContain('print-color-adjust: exact');
    expect(html).toContain('-webkit-print-color-adjust: exact');
    expect(html).toMatch(/@media print \{[^]*tr \{ break-inside: avoid;/);
    expect(html).toMatch(/@media print \{[^]*section\.chart \{ break-inside: avoid;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
  });

  it('is well nested: every element opened is closed in order', () => {
    const VOID = new Set(['meta', 'col', 'br', 'img', 'hr', 'link', 'input']);
    const stack: string[] = [];
    const body = html.replace(/<style>[^]*?<\/style>/, '<style></style>');
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
      const headers = [...markup.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => unescape(m[1]));
      expect(headers).toEqual(table.columns.map((c) => c.header));
      expect((markup.match(/<col style="width: [\d.]+ch">/g) ?? []).length).toBe(table.columns.length);
      for (const note of table.footnotes) expect(markup).toContain(`<li>${escapeHtml(note)}</li>`);
      expect(bodyRows(markup).length).toBe(table.rows.length);
    }
    expect(html).toContain(`<footer class="attribution">${DOC.attribution}</footer>`);
  });

  it('formats the district table: 1,234 / 1,234.56 / 12.5, right-aligned, and the total row styled', () => {
    const rows = bodyRows(tableHtml(districts.title));
    expect(rows[0]).toEqual({ cls: 'normal', cells: ['1', 'เมืองพะเยา', '16', '15', '93.8', '48', '1,234,567.50', '312'] });
    expect(rows[2].cells).toEqual(['3', 'เชียงคำ', '12', '8', '66.7', '17', '250,300.25', '90']);
    // a real zero is 0; an unknown figure is –
    expect(rows[3].cells).toEqual(['4', 'เชียงม่วน', '4', '0', '0.0', '0', '0.00', '0']);
    expect(rows[5].cells[6]).toBe('–');
    expect(rows[9]).toEqual({ cls: 'total', cells: ['–', 'รวมทั้งจังหวัด', '73', '57', '78.1', '154', '2,112,218.50', '670'] });
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
    expect(rows.map((r) => r.cls)).toEqual(['heading', 'normal', 'normal', 'subtotal', 'heading', 'normal', 'normal', 'normal', 'subtotal', 'total']);
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
    expect((html.match(/<svg class="bar-chart" role="img" aria-labelledby="chart-\d-title chart-\d-desc"/g) ?? []).length).toBe(4);
    for (const chart of DOC.charts) {
      expect(chartHtml(chart.title)).toContain(`<title id="chart-${DOC.charts.indexOf(chart) + 1}-title">${escapeHtml(chart.title)}</title>`);
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
    expect(svg).toContain('<desc id="chart-1-desc">เมืองพะเยา: 1,234,567.50 บาท; จุน: 617,283.75 บาท; เชียงคำ: 250,300.25 บาท; ปง: 0.00 บาท</desc>');
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
    expect(empty).toMatch(/viewBox="0 0 900 \d+"/);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
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
    const page = renderHtml({ ...DOC, tables: [], charts: [{ ...salesChart, categories: ['ก', 'ข', 'ค'], values: [100, -5, NaN] }] });
    expect((page.match(/<rect /g) ?? []).length).toBe(1);
    expect(page).toContain('>-5.00 บาท</text>');
    expect(page).toContain('>–</text>');
  });
});

describe('escapeHtml and formatting', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('ตลาดนัด ของดีบ้านเรา')).toBe('ตลาดนัด ของดีบ้านเรา');
  });

  it('round-trips any text and leaves no markup character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(s);
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
