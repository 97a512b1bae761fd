// `khongdee registry import FILE [--out FILE] [--json]`: reads DLA's open-data list of อปท. (or a registry sheet),
// de-duplicates it, prints counts by type and province, and with --out writes the registry file the other commands accept
// (without --out it only checks and counts: nothing is written into the current folder unasked).

import { provinceByCode } from '../../core/geo/provinces';
import { cliMessages, rollupCliMessages } from '../../core/messages/cli';
import { cliNotices } from '../../core/messages/cliNotices';
import { LAO_TYPES } from '../../core/registry/laoTypes';
import { readRegistryFile, writeRegistryFile } from '../../node/registryFile';
import { parseCommand } from '../args';
import { CliError } from '../cliError';
import type { CliIo } from '../io';
import { langOption } from '../langOption';
import { checkOutputs } from '../outputGuard';
import { asCliError } from '../reportInputs';
import { formatTable } from '../terminalTable';

export async function registryCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'import') throw new CliError(cliMessages.unknownCommand(`registry ${action ?? ''}`.trim()));
  const { values, positionals } = parseCommand(rest, {
    out: { type: 'string' },
    json: { type: 'boolean' },
    lang: { type: 'string' },
  } as const);
  const file = positionals[0];
  if (!file) throw new CliError(cliMessages.missingFile);
  if (positionals.length > 1) throw new CliError(cliNotices.unexpectedArgument(positionals[1]));
  const lang = langOption(values.lang);
  const out = values.out ?? null;
  checkOutputs([{ option: '--out', path: values.out }], [file]);
  const registry = await asCliError(() => readRegistryFile(file));
  if (out !== null) await asCliError(() => writeRegistryFile(out, registry));
  const { stats } = registry;
  const byType = Object.fromEntries(LAO_TYPES.map((t) => [t.type, stats.byType[t.type] ?? 0]));
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          file,
          out,
          laos: registry.laos.length,
          rowsRead: stats.rowsRead,
          duplicateRows: stats.duplicateRows,
          conflicts: stats.conflicts,
          byType,
          byProvince: stats.byProvince,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const provinces = Object.entries(stats.byProvince).sort(([a], [b]) => a.localeCompare(b));
  io.out(rollupCliMessages.registryCounts(registry.laos.length, provinces.length)[lang]);
  io.out(rollupCliMessages.registryDuplicates(stats.duplicateRows, stats.conflicts)[lang]);
  io.out('');
  for (const line of formatTable(
    LAO_TYPES.map((t) => [lang === 'th' ? t.dlaType : t.labelEn, String(byType[t.type])]),
    40,
    [1],
  ))
    io.out(line);
  io.out('');
  const rows = provinces.map(([code, n]) => [
    code,
    provinceByCode(code)?.[lang === 'th' ? 'nameTh' : 'nameEn'] ?? code,
    String(n),
  ]);
  for (const line of formatTable(rows, 30, [2])) io.out(line);
  io.out('');
  io.out(out === null ? cliNotices.registryNotWritten[lang] : rollupCliMessages.wrote(out)[lang]);
  return 0;
}
