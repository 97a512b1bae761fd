// The national registry every bench section runs on: DLA's open-data list, carried in the repository's data/ folder.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { registryFromTable } from '../src/core/registry/fromRows';
import type { Registry } from '../src/core/registry/types';

/** The bench runs bundled as build/bench.js, so data/ is one folder up from it. */
export const REGISTRY_CSV = join(__dirname, '..', 'data', 'dla-lao-registry.csv');

/** The file's rows as text, header first (the central script's registry tab holds them like this). */
export function registryRows(): string[][] {
  return parse(readFileSync(REGISTRY_CSV, 'utf8').replace(/^\uFEFF/, '')) as string[][];
}

export function nationalRegistry(rows: readonly (readonly string[])[] = registryRows()): Registry {
  const built = registryFromTable(rows);
  if (!built.ok) throw new Error(built.message.en);
  return built.registry;
}
