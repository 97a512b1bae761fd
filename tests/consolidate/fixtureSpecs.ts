// Generated province reports for the consolidation tests: real อปท. from DLA's national list, seeded so every run is the
// same, as report lines (Spec) that say what each line should count for.

import {
  bahtText,
  grouped,
  PREFIXES,
  type ProvinceFact,
  provinceFacts,
  type RegistryLao,
  registryLaos,
  seeded,
  thaiDigits,
} from '../support/rollupData';

export const TODAY = { year: 2026, month: 11, day: 21 };
export const TODAY_ARGS = ['--today', '2026-11-21'];
export const LAOS = registryLaos();
export const FACTS = provinceFacts();
export const FACT = new Map(FACTS.map((p) => [p.code, p]));
/** the 76 provinces with อปท. under DLA (Bangkok is not one) */
export const DLA_PROVINCES: ProvinceFact[] = FACTS.filter((p) => LAOS.some((l) => l.provinceCode === p.code));

export type Platform = 'facebook' | 'tiktok' | 'youtube';
export interface LinkRef {
  readonly id: string;
  readonly platform: Platform;
}
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
export type Status = 'ok' | 'warning' | 'error' | 'not-reported';

/** One generated report line and what it should count for. */
export interface Spec {
  readonly provinceCode: string;
  readonly lao: RegistryLao;
  readonly laoText: string;
  readonly districtText: string;
  readonly date: Day | null;
  readonly links: readonly LinkRef[];
  readonly sales: number | null;
  /** satang */
  readonly revenue: number | null;
  readonly people: number | null;
  readonly cells: { sales: string | number; revenue: string | number; people: string | number };
  readonly status: Status;
  readonly code: string | null;
}

export const rnd = seeded(5_2569);
let linkCounter = 0;
export function newLink(): LinkRef {
  linkCounter++;
  return {
    id: `cons${linkCounter}y${rnd.int(100, 999)}`,
    platform: rnd.pick(['facebook', 'facebook', 'tiktok', 'youtube'] as const),
  };
}

/** The ways one post's address is written; all mean the same canonical link. */
export function linkText(link: LinkRef): string {
  const n = link.id.replace(/\D/g, '');
  switch (link.platform) {
    case 'facebook':
      return rnd.pick([
        `https://www.facebook.com/share/p/${link.id}`,
        `https://m.facebook.com/share/p/${link.id}`,
        `https://www.facebook.com/share/p/${link.id}?fbclid=IwAR0${n}`,
      ]);
    case 'tiktok':
      return rnd.pick([
        `https://www.tiktok.com/@khongdee/video/7${n}`,
        `https://www.tiktok.com/@khongdee/video/7${n}?is_from_webapp=1`,
      ]);
    case 'youtube':
      return rnd.pick([`https://youtu.be/${link.id}`, `https://www.youtube.com/watch?v=${link.id}`]);
  }
}

/** What a canonical link of this post contains, to find it in the product's output without its canonicaliser. */
export function linkMark(link: LinkRef): string {
  return link.platform === 'tiktok' ? `7${link.id.replace(/\D/g, '')}` : link.id;
}

function fiscal2569Date(): Day {
  const day = new Date(Date.UTC(2025, 9, 1) + rnd.int(0, 364) * 86_400_000);
  return { y: day.getUTCFullYear(), m: day.getUTCMonth() + 1, d: day.getUTCDate() };
}

const q1Date = (): Day => ({ y: 2025, m: rnd.int(10, 12), d: rnd.int(1, 28) });

function districtText(l: RegistryLao): string {
  const forms = [l.district, `อำเภอ${l.district}`, `อ.${l.district}`];
  if (l.district.startsWith('เมือง')) forms.push('อ.เมือง');
  return rnd.pick(forms);
}

export type Style = 'xlsx' | 'csv';

function written(style: Style, sales: number | null, revenue: number | null, people: number | null): Spec['cells'] {
  if (style === 'xlsx') {
    return {
      sales: sales ?? '',
      revenue: revenue === null ? '' : rnd.next() < 0.7 ? revenue / 100 : `${bahtText(revenue)} บาท`,
      people: people === null ? '' : people === 0 ? '-' : people,
    };
  }
  const money = (s: number) =>
    rnd.pick([bahtText(s), `${bahtText(s, true)} บาท`, thaiDigits(bahtText(s)), `฿${bahtText(s)}`]);
  return {
    sales: sales === null ? '' : rnd.pick([String(sales), `${sales} ครั้ง`, thaiDigits(String(sales))]),
    revenue: revenue === null ? '' : money(revenue),
    people: people === null ? '' : people === 0 ? '-' : rnd.pick([String(people), `${grouped(people)} คน`]),
  };
}

function goodRow(
  l: RegistryLao,
  style: Style,
  links: readonly LinkRef[] = [],
  status: Status = 'ok',
  code: string | null = null,
): Spec {
  const linkOnly = rnd.next() < 0.1;
  const sales = linkOnly ? null : rnd.int(1, 40);
  const revenue = linkOnly ? null : rnd.int(100, 2_000_000);
  const people = linkOnly ? null : rnd.int(0, 60);
  return {
    provinceCode: l.provinceCode,
    lao: l,
    laoText: `${rnd.pick(PREFIXES[l.type])}${l.name}`,
    districtText: districtText(l),
    date: rnd.next() < 0.12 ? null : fiscal2569Date(),
    links: links.length > 0 ? links : Array.from({ length: rnd.int(1, 3) }, newLink),
    sales,
    revenue,
    people,
    cells: written(style, sales, revenue, people),
    status,
    code,
  };
}

/** อปท. of a province that a typed (type, name) finds wherever its district is written. */
function plainLaos(code: string): RegistryLao[] {
  const mine = LAOS.filter((l) => l.provinceCode === code && l.type !== 'ท้องถิ่นรูปแบบพิเศษ');
  return mine.filter((l) => mine.filter((o) => o.type === l.type && o.name === l.name).length === 1);
}

/**
 * One report of a province: good lines (some with a second line), a line carrying links shared with other reports,
 * an error line of an อปท. that also has good lines, an อปท. whose only line has an error, a warning-only อปท.,
 * an อปท. named without results, and a post claimed again by a second อปท. later in the sheet.
 * `laos` lets two reports of one province use different อปท.
 */
export function reportSpecs(
  code: string,
  style: Style,
  shared: readonly LinkRef[],
  laos: RegistryLao[] = rnd.shuffle(plainLaos(code)),
): Spec[] {
  const [errOnly, warnOnly, notReported, ...good] = laos.slice(0, 12);
  const specs: Spec[] = [];
  for (const l of good.slice(0, 7)) {
    specs.push(goodRow(l, style));
    if (rnd.next() < 0.4) specs.push(goodRow(l, style));
  }
  if (shared.length > 0) specs.push(goodRow(good[7], style, shared));
  const e1 = goodRow(good[0], style, [newLink()], 'error', 'NOT_A_NUMBER');
  specs.push({
    ...e1,
    date: q1Date(),
    sales: 5,
    revenue: null,
    people: 2,
    cells: { sales: 5, revenue: '๑๒x', people: 2 },
  });
  const e2 = goodRow(errOnly, style, [newLink()], 'error', 'NEGATIVE_NUMBER');
  specs.push({
    ...e2,
    date: q1Date(),
    sales: 3,
    revenue: 30000,
    people: null,
    cells: { sales: 3, revenue: 300, people: '-5' },
  });
  const w1 = goodRow(warnOnly, style, [], 'warning', 'SALES_WITHOUT_REVENUE');
  specs.push({ ...w1, sales: 2, revenue: null, people: 1, cells: { sales: 2, revenue: '', people: 1 } });
  specs.push({
    ...goodRow(notReported, style),
    links: [],
    sales: null,
    revenue: null,
    people: null,
    cells: { sales: '', revenue: '', people: '' },
    status: 'not-reported',
    date: null,
  });
  const sharedIds = new Set(shared.map((l) => l.id));
  const first = specs.find(
    (s) => s.status === 'ok' && s.links.length === 1 && s.lao !== good[2] && !sharedIds.has(s.links[0].id),
  )!;
  specs.push(goodRow(good[2], style, [first.links[0]], 'warning', 'LINK_CLAIMED_BY_OTHER'));
  return specs;
}
