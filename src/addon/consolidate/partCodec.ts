// A province's part of a consolidation as compact JSON for the checkpoint in document properties, decoded back exactly: figures
// as arrays, non-reporters as the shorter list of codes (rebuilt from the registry), links left out (the run-data sheet has them).

import { mergeStatuses } from '../../core/consolidate/status';
import type { ProvinceConsolidation, ProvinceStatus } from '../../core/consolidate/types';
import { provinceByCode } from '../../core/geo/provinces';
import type { Province } from '../../core/geo/types';
import type { SourceStatusKey } from '../../core/messages/consolidate';
import { laoDisplayName } from '../../core/registry/laoTypes';
import type { RegistryIndex } from '../../core/registry/match';
import type { PeriodCertification } from '../../core/review/certification';
import type { LinkList, ProvinceResult } from '../../core/rollup/provinceRollup';
import type { Group, NonReporter, OwnerSummary } from '../../core/rollup/types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type StatusCode = [
  string | null,
  string,
  SourceStatusKey,
  number,
  number,
  number,
  string | null,
  string | null,
  string | null,
  // the period's certification, plain data kept as it is; absent when null (and in checkpoints written before it)
  PeriodCertification?,
];

export function encodeStatus(s: ProvinceStatus): StatusCode {
  const code: StatusCode = [
    s.province?.code ?? null,
    s.source,
    s.status,
    s.rowsRead,
    s.errors,
    s.warnings,
    s.latestSubmission,
    s.detail?.th ?? null,
    s.detail?.en ?? null,
  ];
  if (s.certification) code.push(s.certification);
  return code;
}

export function decodeStatus(c: StatusCode): ProvinceStatus {
  const [code, source, status, rowsRead, errors, warnings, latestSubmission, th, en, certification] = c;
  return {
    province: code === null ? null : province(code),
    source,
    status,
    rowsRead,
    errors,
    warnings,
    latestSubmission,
    detail: th === null ? null : { th, en: en ?? th },
    certification: certification ?? null,
  };
}

function province(code: string): Province {
  const p = provinceByCode(code);
  if (!p) throw new Error(`checkpoint names an unknown province ${code}`);
  return p;
}

type GroupCode = Json[];

/** A group's plain fields in the order the checkpoint keeps them; then `hasReport` as 0/1 and the children. */
const GROUP_FIELDS = [
  'level',
  'key',
  'name',
  'code',
  'laosTotal',
  'laosReported',
  'participation',
  'entries',
  'links',
  'linksByPlatform',
  'sums',
  'rowsWithErrors',
  'rowsWithWarnings',
  'undated',
  'targets',
  'achievement',
] as const satisfies readonly (keyof Group)[];

/**
 * The review and on-time figures, kept after the children so that a checkpoint saved before them still decodes (they
 * read as none: 0 rows, no on-time count).
 */
const REVIEW_FIELDS = [
  'rowsReturned',
  'rowsPending',
  'rowsWithoutSubmissionTime',
  'laosOnTime',
  'onTimeRate',
] as const satisfies readonly (keyof Group)[];

type PlainField = (typeof GROUP_FIELDS)[number] | (typeof REVIEW_FIELDS)[number];
type MustBeNever<T extends never> = T;
/** Fails to compile when Group gains a field that neither the field lists nor hasReport and children keep. */
export type EveryGroupFieldKept = MustBeNever<Exclude<keyof Group, PlainField | 'hasReport' | 'children'>>;

function encodeGroup(g: Group): GroupCode {
  return [
    ...GROUP_FIELDS.map((field) => g[field] as Json),
    g.hasReport ? 1 : 0,
    g.children.map(encodeGroup),
    ...REVIEW_FIELDS.map((field) => g[field] as Json),
  ];
}

function decodeGroup(c: GroupCode): Group {
  const plain = Object.fromEntries(GROUP_FIELDS.map((field, i) => [field, c[i]]));
  const [hasReport, children, ...review] = c.slice(GROUP_FIELDS.length) as [number, GroupCode[], ...Json[]];
  const counts = { rowsReturned: 0, rowsPending: 0, rowsWithoutSubmissionTime: 0, laosOnTime: null, onTimeRate: null };
  REVIEW_FIELDS.forEach((field, i) => {
    if (review[i] !== undefined) (counts as Record<string, Json>)[field] = review[i];
  });
  return {
    ...(plain as Pick<Group, PlainField>),
    ...counts,
    hasReport: hasReport === 1,
    children: children.map(decodeGroup),
  };
}

/** One source of the province as the checkpoint keeps it: its place in the plan, whether it was read, and its status. */
export interface SourceEntry {
  readonly index: number;
  /** read and checked (its rows count); false: it failed, and only its status matters */
  readonly ok: boolean;
  readonly status: ProvinceStatus;
}

export interface PartRecord {
  /** bumped whenever the province is recomputed, so its stored links can be told current or stale */
  readonly version: number;
  readonly sources: readonly SourceEntry[];
  readonly part: ProvinceConsolidation;
}

export interface PartCode {
  v: number;
  s: [number, number, StatusCode][];
  c: string;
  g: GroupCode;
  /** the number of links (they are stored elsewhere: a count that does not match tells a lost write) */
  n: number;
  cov: number;
  /** of them, those on time (absent in a checkpoint saved before on time was counted) */
  cot?: number;
  /** 'n': the codes of the registry's อปท. that did not report; 'r': of those that did; null without a registry */
  nr: ['n' | 'r', string[]] | null;
  p: [number, number, Record<string, number>];
  /** a monthly form's owners (plain JSON already); absent for other forms */
  o?: OwnerSummary[];
}

export function encodePart(record: PartRecord, registry: RegistryIndex | null): PartCode {
  const r = record.part.result;
  const reg = registry?.provinces.get(r.province.code);
  let nr: PartCode['nr'] = null;
  if (reg) {
    const missing = new Set(r.nonReporters.map((n) => n.code));
    const reported = reg.laos.filter((l) => !missing.has(l.code)).map((l) => l.code);
    nr = reported.length < missing.size ? ['r', reported] : ['n', [...missing]];
  }
  return {
    v: record.version,
    s: record.sources.map((s) => [s.index, s.ok ? 1 : 0, encodeStatus(s.status)]),
    c: r.province.code,
    g: encodeGroup(r.group),
    n: r.links.canonical.length,
    cov: r.covered,
    cot: r.coveredOnTime ?? 0,
    nr,
    p: [r.problems.errors, r.problems.warnings, { ...r.problems.byCode }],
    ...(r.owners.length > 0 ? { o: [...r.owners] } : {}),
  };
}

export interface DecodedPart extends PartRecord {
  /** how many links the part had: its stored link set must have as many */
  readonly linkCount: number;
}

/** The part with the given links (the run-data sheet's); the registry must be the one the part was made with. */
export function decodePart(code: PartCode, registry: RegistryIndex | null, links: LinkList): DecodedPart {
  const p = province(code.c);
  const reg = registry?.provinces.get(p.code);
  let nonReporters: NonReporter[] = [];
  if (reg && code.nr) {
    const listed = new Set(code.nr[1]);
    const unreported =
      code.nr[0] === 'n' ? (l: { code: string }) => listed.has(l.code) : (l: { code: string }) => !listed.has(l.code);
    // as rollupProvince lists them: the registry's order, each with its display name, district and province
    nonReporters = reg.laos.filter(unreported).map((lao) => ({
      code: lao.code,
      type: lao.type,
      name: laoDisplayName(lao),
      district: lao.districtName,
      districtCode: lao.districtCode,
      province: p.nameTh,
      provinceCode: p.code,
    }));
  }
  const sources: SourceEntry[] = code.s.map(([index, ok, status]) => ({
    index,
    ok: ok === 1,
    status: decodeStatus(status),
  }));
  const result: ProvinceResult = {
    province: p,
    group: decodeGroup(code.g),
    links,
    covered: code.cov,
    coveredOnTime: code.cot ?? 0,
    nonReporters,
    problems: { errors: code.p[0], warnings: code.p[1], byCode: code.p[2] },
    owners: code.o ?? [],
  };
  return {
    version: code.v,
    sources,
    linkCount: code.n,
    part: {
      result,
      status: mergeStatuses(
        p,
        sources.map((s) => s.status),
      ),
    },
  };
}
