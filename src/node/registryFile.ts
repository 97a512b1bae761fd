// Reads the LAO registry for the CLI from DLA's open-data CSV, an xlsx sheet, or our own registry JSON, and writes that JSON.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { cellText } from '../core/cell';
import { fileMessages } from '../core/messages/files';
import { REGISTRY_ATTRIBUTION, registryMessages } from '../core/messages/registry';
import { REGISTRY_SHEET } from '../core/messages/sheets';
import type { Text } from '../core/messages/text';
import { countLaos, type RegistryStats, registryFromTable, registryHeaderFits } from '../core/registry/fromRows';
import type { Lao, Registry } from '../core/registry/types';
import { FileProblem, type FileProblemCode, readWorkbook, type SheetTable } from './readTable';
import { writeFileAtomic } from './writeFileAtomic';

z.config({ jitless: true });

export const REGISTRY_FORMAT = 'khongdee-registry';
export const REGISTRY_VERSION = 1;
/** The sheet an xlsx registry is looked for in first. */

export interface RegistryFile extends Registry {
  readonly stats: RegistryStats;
  readonly format: 'csv' | 'xlsx' | 'json';
  /** Where the data came from, as recorded in our JSON file. */
  readonly source?: string;
  /** The xlsx sheet the registry was read from. */
  readonly sheet?: string;
}

export type RegistryProblemReason =
  | 'TABLE'
  | 'NO_SHEET'
  | 'JSON_UNREADABLE'
  | 'NOT_REGISTRY'
  | 'NEWER_VERSION'
  | 'JSON_INVALID'
  | 'WRITE_FAILED';

/** A registry file that cannot be used; a FileProblem, so the CLI reports it like any other file problem. */
export class RegistryFileProblem extends FileProblem {
  readonly reason: RegistryProblemReason;

  constructor(code: FileProblemCode, reason: RegistryProblemReason, text: Text, cause?: unknown) {
    super(code, text, cause);
    this.name = 'RegistryFileProblem';
    this.reason = reason;
  }
}

/** Reads a registry: `.json` as our own registry file, anything else as a csv or xlsx table (see registryFromTable). */
export async function readRegistryFile(file: string): Promise<RegistryFile> {
  if (path.extname(file).toLowerCase() === '.json') return readRegistryJson(file);
  const book = await readWorkbook(file);
  const sheet = pickSheet(file, book.sheets);
  const built = registryFromTable(sheet.rows.map((row) => row.map(cellText)));
  if (!built.ok)
    throw new RegistryFileProblem('FILE_UNREADABLE', 'TABLE', registryMessages.inFile(file, built.message));
  const { laos } = built.registry;
  return book.format === 'xlsx'
    ? { laos, stats: built.stats, format: 'xlsx', sheet: sheet.name }
    : { laos, stats: built.stats, format: 'csv' };
}

const sheetKey = (name: string) => name.normalize('NFC').replace(/[\s.]/g, '');

/** The sheet named ทะเบียน อปท., else the first whose header fits; a one-sheet file is used as it is, so its message lists the missing columns. */
function pickSheet(file: string, sheets: readonly SheetTable[]): SheetTable {
  const named = sheets.find((sheet) => sheetKey(sheet.name) === sheetKey(REGISTRY_SHEET));
  if (named) return named;
  const fitting = sheets.find((sheet) => registryHeaderFits(sheet.rows.map((row) => row.map(cellText))));
  if (fitting) return fitting;
  if (sheets.length === 1) return sheets[0];
  throw new RegistryFileProblem(
    'SHEET_NOT_FOUND',
    'NO_SHEET',
    registryMessages.noFittingSheet(
      file,
      sheets.map((s) => s.name),
    ),
  );
}

// ---- our JSON file ------------------------------------------------------------------------------

const digits = (n: number) => z.string().check(z.regex(new RegExp(`^\\d{${n}}$`)));
const nonEmpty = () => z.string().check(z.minLength(1));

const laoSchema = z
  .object({
    code: digits(7),
    type: z.enum(['pao', 'city', 'town', 'subdistrictMunicipality', 'sao', 'special']),
    name: nonEmpty(),
    districtCode: digits(4),
    districtName: nonEmpty(),
    provinceCode: digits(2),
    provinceName: nonEmpty(),
    email: z.optional(z.string()),
  })
  // The district and province codes are parts of the LAO code; a hand edit that breaks this would misfile the อปท.
  .check(z.refine((lao) => lao.districtCode === lao.code.slice(1, 5) && lao.provinceCode === lao.code.slice(1, 3)));

const fileSchema = z.object({
  format: z.literal(REGISTRY_FORMAT),
  version: z.literal(REGISTRY_VERSION),
  source: z.optional(z.string()),
  laos: z.array(laoSchema),
});

async function readRegistryJson(file: string): Promise<RegistryFile> {
  const text = (await readText(file)).replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new RegistryFileProblem('FILE_UNREADABLE', 'JSON_UNREADABLE', registryMessages.jsonUnreadable(file), err);
  }
  const header = (typeof data === 'object' && data !== null ? data : {}) as { format?: unknown; version?: unknown };
  if (header.format !== REGISTRY_FORMAT) {
    throw new RegistryFileProblem('FILE_UNSUPPORTED', 'NOT_REGISTRY', registryMessages.notRegistryJson(file));
  }
  if (typeof header.version === 'number' && header.version > REGISTRY_VERSION) {
    throw new RegistryFileProblem(
      'FILE_UNSUPPORTED',
      'NEWER_VERSION',
      registryMessages.newerVersion(file, header.version),
    );
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const where = issuePath(parsed.error.issues[0]?.path ?? []);
    throw new RegistryFileProblem(
      'FILE_UNREADABLE',
      'JSON_INVALID',
      registryMessages.jsonContentInvalid(file, where),
      parsed.error,
    );
  }
  const seen = new Set<string>();
  for (const lao of parsed.data.laos) {
    if (seen.has(lao.code))
      throw new RegistryFileProblem(
        'FILE_UNREADABLE',
        'JSON_INVALID',
        registryMessages.jsonDuplicateCode(file, lao.code),
      );
    seen.add(lao.code);
  }
  const laos: Lao[] = parsed.data.laos.map(pickLaoFields);
  const stats: RegistryStats = { ...countLaos(laos), rowsRead: laos.length, duplicateRows: 0, conflicts: 0 };
  return { laos, stats, format: 'json', ...(parsed.data.source === undefined ? {} : { source: parsed.data.source }) };
}

/** "laos[12].code": where in the file the first problem is, in the words of the file itself. */
function issuePath(parts: readonly PropertyKey[]): string {
  if (parts.length === 0) return '(root)';
  return parts
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function pickLaoFields(lao: Lao): Lao {
  const { code, type, name, districtCode, districtName, provinceCode, provinceName, email } = lao;
  return {
    code,
    type,
    name,
    districtCode,
    districtName,
    provinceCode,
    provinceName,
    ...(email === undefined ? {} : { email }),
  };
}

async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new FileProblem('FILE_NOT_FOUND', fileMessages.notFound(file), err);
    if (code === 'EISDIR') throw new FileProblem('FILE_UNREADABLE', fileMessages.isFolder(file), err);
    if (code === 'EACCES' || code === 'EPERM')
      throw new FileProblem('FILE_UNREADABLE', fileMessages.noPermission(file), err);
    throw new FileProblem('FILE_UNREADABLE', fileMessages.cannotOpen(file, code ?? String(err)), err);
  }
}

/** Our registry file's text: JSON with one อปท. per line, so a change shows as a readable diff. */
export function registryFileText(registry: Registry, source: string = REGISTRY_ATTRIBUTION.th): string {
  const lines = registry.laos.map((lao) => `    ${JSON.stringify(pickLaoFields(lao))}`);
  return (
    '{\n' +
    `  "format": ${JSON.stringify(REGISTRY_FORMAT)},\n` +
    `  "version": ${REGISTRY_VERSION},\n` +
    `  "source": ${JSON.stringify(source)},\n` +
    `  "laos": [${lines.length === 0 ? '' : `\n${lines.join(',\n')}\n  `}]\n` +
    '}\n'
  );
}

/** Writes the registry file atomically: a failing command never leaves a partial registry behind. */
export async function writeRegistryFile(
  file: string,
  registry: Registry,
  source: string = REGISTRY_ATTRIBUTION.th,
): Promise<void> {
  try {
    await writeFileAtomic(file, registryFileText(registry, source));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new RegistryFileProblem('FILE_UNREADABLE', 'WRITE_FAILED', registryMessages.writeFailed(file, reason), err);
  }
}
