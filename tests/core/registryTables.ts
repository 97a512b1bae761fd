// DLA's national LAO file as table rows, our registry sheet's header, and helpers that build a registry from rows or
// take the message explaining why rows were rejected, for the registry tests.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Text } from '../../src/core/messages/text';
import { type RegistryFromTable, registryFromTable } from '../../src/core/registry/fromRows';
import type { Registry } from '../../src/core/registry/types';
import { REGISTRY_CSV } from '../support/rollupData';

export const national: string[][] = parse(readFileSync(REGISTRY_CSV), { bom: true });
export const [DLA_HEADER, ...DLA_ROWS] = national;
export const COL = { province: 0, district: 1, code: 3, type: 4, name: 5 };

export function build(rows: string[][]): Registry {
  const result = registryFromTable(rows);
  if (!result.ok) throw new Error(`unexpected failure: ${result.message.en}`);
  return result.registry;
}

export function failure(rows: string[][]): Text {
  const result: RegistryFromTable = registryFromTable(rows);
  if (result.ok) throw new Error('expected the table to be rejected');
  expect(result.message.th).toMatch(/[\u0e01-\u0e5b]/);
  expect(result.message.en).toMatch(/[a-z]{3}/);
  return result.message;
}

export const OUR_HEADER = ['รหัส อปท.', 'ประเภท', 'ชื่อ อปท.', 'อำเภอ', 'จังหวัด', 'อีเมลผู้รับผิดชอบ'];
