// The periods the province certified, kept in document properties beside การรับรองผล (which stays the record), so an
// entry is checked against them with one Properties call and no read of the sheet.

import type { CertificationRecord } from '../../core/review/certification';
import type { PropertiesApi } from '../adapter/services';

const CLOSED_KEY = 'khongdee.closedPeriods';

const isRecord = (r: unknown): r is CertificationRecord =>
  typeof r === 'object' &&
  r !== null &&
  ['period', 'by', 'at'].every((k) => typeof (r as Record<string, unknown>)[k] === 'string');

/** The closed periods; none when the property is missing or was mangled by hand. */
export function readClosedPeriods(props: PropertiesApi): CertificationRecord[] {
  try {
    const stored = JSON.parse(props.getProperty(CLOSED_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? stored.filter(isRecord) : [];
  } catch {
    return [];
  }
}

export function saveClosedPeriods(props: PropertiesApi, closed: readonly CertificationRecord[]): void {
  props.setProperty(CLOSED_KEY, JSON.stringify(closed));
}
