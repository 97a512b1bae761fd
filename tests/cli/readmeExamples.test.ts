// The README's examples are tests: every `khongdee …` line of its sh code blocks is run, as a person would paste it, by
// the built command line (bin/khongdee.js → build/cli.js) in a folder of sample files named as the README names them.
// Each must exit as documented and leave every file it read exactly as it was.

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellText } from '../../src/core/cell';
import { readWorkbook } from '../../src/node/readTable';
import { copyInto, csvText, fingerprint, ROOT, SAMPLE_REPORT, SAMPLE_TARGETS } from '../support/cliFiles';
import { writeOtopFixtures } from '../support/otopFiles';
import { REGISTRY_CSV } from '../support/rollupData';
import { tempDir } from '../support/tempDir';

jest.setTimeout(180_000);

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Every line of a ```sh block that runs khongdee, without the `npx ` that fetches it. */
function readmeCommands(readme: string): string[] {
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.trim().replace(/^npx\s+/, ''))
    .filter((l) => /^khongdee(\s|$)/.test(l));
}

const COMMANDS = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));

// The sample report has rows with errors on purpose, so checking it exits 1; everything else succeeds.
const expectedExit = (command: string) => (/^khongdee validate\b/.test(command) ? 1 : 0);

/** The files the README's examples name, made from the bundled samples. */
async function writeFixtures(dir: string): Promise<void> {
  copyInto(dir, SAMPLE_REPORT, 'report.xlsx');
  copyInto(dir, SAMPLE_REPORT, 'book.xlsx');
  copyInto(dir, SAMPLE_TARGETS, 'targets.csv');
  copyInto(dir, REGISTRY_CSV, 'dla-lao.csv');
  copyInto(join(dir, 'north'), SAMPLE_REPORT, 'phayao.xlsx');
  copyInto(join(dir, 'provinces'), SAMPLE_REPORT, 'phayao.xlsx');
  const report = await readWorkbook(SAMPLE_REPORT);
  const sheet = report.sheets.find((s) => s.name === 'รายงานผล') ?? report.sheets[0];
  writeFileSync(join(dir, 'report.csv'), `\uFEFF${csvText(sheet.rows.map((r) => r.map(cellText)))}`);
  const targets = (await readWorkbook(SAMPLE_TARGETS)).sheets[0];
  const book = new ExcelJS.Workbook();
  book.addWorksheet('ค่าเป้าหมาย').addRows(targets.rows.map((r) => r.map(cellText)));
  await book.xlsx.writeFile(join(dir, 'targets.xlsx'));
  await writeOtopFixtures(dir);
}

/** `khongdee` on the PATH, as `npm install` would put it. */
function binFolder(): string {
  const bin = tmp.path('bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, 'khongdee'),
    `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'khongdee.js')}" "$@"\n`,
  );
  chmodSync(join(bin, 'khongdee'), 0o755);
  return bin;
}

/** The files a command names after --out and --html. */
function outputsOf(command: string): string[] {
  return [...command.matchAll(/--(?:out|html)\s+(\S+)/g)].map((m) => m[1]);
}

/** Every other word of the command: the files it reads are among them. */
function readsOf(command: string): string[] {
  const words = command.replace(/#.*$/, '').split(/\s+/);
  return words.filter((_, i) => !/^--(out|html)$/.test(words[i - 1] ?? ''));
}

const work = tmp.path('work');
let bin: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'build', 'cli.js'))) throw new Error('build/cli.js is missing: run npm run build first');
  await writeFixtures(work);
  bin = binFolder();
});

test('the README has command-line examples of every command', () => {
  for (const command of ['validate', 'rollup', 'consolidate', 'followup', 'registry import']) {
    expect(COMMANDS.some((c) => c.startsWith(`khongdee ${command}`))).toBe(true);
  }
});

test.each(COMMANDS)('%s', (command) => {
  const before = fingerprint(work);
  // "today" is fixed, so the run does not depend on the day the test runs
  const dated = /^khongdee (validate|rollup|consolidate|followup)\b/.test(command)
    ? command.replace(/\s*(#.*)?$/, ' --today 2026-11-21 $1')
    : command;
  const run = spawnSync('sh', ['-c', dated], {
    cwd: work,
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  expect({ code: run.status, stderr: run.status === expectedExit(command) ? '' : run.stderr }).toEqual({
    code: expectedExit(command),
    stderr: '',
  });
  const after = fingerprint(work);
  // a file may change only when the command writes it and does not also read it
  const written = outputsOf(command).filter((f) => !readsOf(command).includes(f));
  for (const [file, hash] of Object.entries(before)) {
    if (!written.includes(file)) expect({ file, hash: after[file] }).toEqual({ file, hash });
  }
  for (const out of outputsOf(command)) expect(existsSync(join(work, out))).toBe(true);
});
