// The plain-JSON view of a consolidation (the CLI's --json, the central sidebar): the roll-up's JSON by inspection zone,
// plus every province's status with its explanation and the links claimed in several provinces.

import type { FormSpec } from '../form/types';
import type { Text } from '../messages/text';
import { type RollupJson, rollupJson } from '../rollup/rollupJson';
import type { RollupResult } from '../rollup/types';
import { type CertificationJson, certificationJson } from './certification';
import { statusExplanation, statusLabel } from './status';
import type { CrossProvinceLink, ProvinceStatus, SourceStatus } from './types';

export interface ProvinceStatusJson {
  province: { code: string; name: string; zone: number } | null;
  source: string;
  status: SourceStatus;
  label: Text;
  explanation: Text;
  rowsRead: number;
  errors: number;
  warnings: number;
  latestSubmission: string | null;
  /** null without a period or when the source has no การรับรองผล sheet */
  certification: CertificationJson | null;
}

export interface ConsolidationJson extends RollupJson {
  statuses: ProvinceStatusJson[];
  /** with --certified-only: the codes of the reported provinces not counted for want of certification; else null */
  certifiedOnlyLeftOut: string[] | null;
  crossProvinceLinks: CrossProvinceLink[];
}

export function statusJson(s: ProvinceStatus): ProvinceStatusJson {
  return {
    province: s.province ? { code: s.province.code, name: s.province.nameTh, zone: s.province.zone } : null,
    source: s.source,
    status: s.status,
    label: statusLabel(s),
    explanation: statusExplanation(s),
    rowsRead: s.rowsRead,
    errors: s.errors,
    warnings: s.warnings,
    latestSubmission: s.latestSubmission,
    certification: certificationJson(s.certification),
  };
}

export function consolidationJson(
  result: RollupResult,
  statuses: readonly ProvinceStatus[],
  crossLinks: readonly CrossProvinceLink[],
  form: FormSpec,
  asOf: { year: number; month: number; day: number },
  leftOut: readonly ProvinceStatus[] | null = null,
): ConsolidationJson {
  return {
    ...rollupJson(result, form, 'zone', asOf),
    statuses: statuses.map(statusJson),
    certifiedOnlyLeftOut: leftOut === null ? null : leftOut.map((s) => s.province?.code ?? ''),
    crossProvinceLinks: crossLinks.map((l) => ({
      ...l,
      provinces: [...l.provinces],
      provinceCodes: [...l.provinceCodes],
    })),
  };
}
