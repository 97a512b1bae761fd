// `npm run bench`, consolidation section: 76 generated province files × 2,000 rows, written as provinces send them (one-cell
// title lines, a two-row header, Thai digits; every eighth CSV in Thai Windows-874), once as CSV and once as xlsx.
// It times the readers alone on each folder; `khongdee consolidate` on each with DLA's national registry (writing the xlsx
// and HTML) in a fresh Node process, so its peak memory is its own; then, alternately, the command
// (`consolidate DIR --registry … --json`) and a peer, a pandas script that reads the 76 CSVs and sums the figures per
// district, both timed as whole processes; and `validate` / `rollup` of one province file beside Node's bare start-up.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { CellValue } from '../src/core/cell';
import { provinceByCode } from '../src/core/geo/provinces';
import { indexRegistry } from '../src/core/registry/match';
import { readWorkbook } from '../src/node/readTable';
import { provinceFileRows } from './generate';
import { nationalRegistry, REGISTRY_CSV } from './registry';

const PROVINCE_ROWS = 2_000;
const ROUNDS = 3;
const PEER_SCRIPT = join(__dirname, '..', 'bench', 'consolidatePeer.py');
const KHONGDEE = join(__dirname, '..', 'bin', 'khongdee.js');
const TODAY = '2026-11-21';

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

function csvField(v: CellValue): string {
  const t = v === null ? '' : typeof v === 'object' ? `${v.day}/${v.month}/${v.year + 543}` : String(v);
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function writeCsv(file: string, rows: CellValue[][], win874: boolean): void {
  const text = `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  writeFileSync(file, win874 ? iconv.encode(text, 'win874') : `\uFEFF${text}`);
}

async function writeXlsx(file: string, sheetName: string, rows: CellValue[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  // the sheet is named after the province: that is how the consolidation tells whose file it is
  const ws = book.addWorksheet(sheetName);
  for (const r of rows)
    ws.addRow(r.map((v) => (v !== null && typeof v === 'object' ? new Date(Date.UTC(v.year, v.month - 1, v.day)) : v)));
  ws.mergeCells('A1:J1');
  ws.mergeCells('A2:J2');
  ws.mergeCells('G3:I3');
  await book.xlsx.writeFile(file);
}

/** Writes each province's rows into both folders; returns how many CSVs are Windows-874. */
async function writeProvinces(csvDir: string, xlsxDir: string): Promise<number> {
  const index = indexRegistry(nationalRegistry(), provinceByCode);
  let win874 = 0;
  for (const [i, p] of [...index.provinces.values()].entries()) {
    const name = p.province.nameTh;
    const rows = provinceFileRows(PROVINCE_ROWS, p.laos, name, i + 11);
    writeCsv(join(csvDir, `${name}.csv`), rows, i % 8 === 0);
    if (i % 8 === 0) win874++;
    await writeXlsx(join(xlsxDir, `${name}.xlsx`), name, rows);
  }
  return win874;
}

/** The product's reader alone over every file of a folder, in this process: bytes to rows, nothing checked. */
async function timeReads(dir: string): Promise<{ seconds: number; rows: number }> {
  global.gc?.();
  const start = process.hrtime.bigint();
  let rows = 0;
  for (const name of readdirSync(dir).sort()) {
    const book = await readWorkbook(join(dir, name));
    for (const sheet of book.sheets) rows += sheet.rows.length;
  }
  return { seconds: seconds(start), rows };
}

interface CommandRun {
  readonly code: number;
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly summary: string;
  readonly stderr: string;
}

/** Runs the built CLI in a child process; the time is the whole process's, start-up included, as a user waits for it. */
function runConsolidate(dir: string, out: string): CommandRun {
  const cli = join(__dirname, 'cli.js');
  const args = ['consolidate', dir, '--registry', REGISTRY_CSV, '--today', TODAY, '--json'];
  const outputs = ['--out', join(out, 'national.xlsx'), '--html', join(out, 'national.html')];
  const script = `
    const { main } = require(${JSON.stringify(cli)});
    let json = '';
    main(${JSON.stringify([...args, ...outputs])}, { out: (t) => (json += t), err: (t) => process.stderr.write(t + '\\n') }).then((code) => {
      const r = code === 0 ? JSON.parse(json) : null;
      const counts = {};
      for (const s of r ? r.statuses : []) counts[s.status] = (counts[s.status] || 0) + 1;
      const summary = r ? r.total.entries + ' entries, ' + r.total.laosReported + ' อปท. reported of ' + r.total.laosTotal + ', statuses ' + JSON.stringify(counts) + ', problems ' + (r.problems.errors + r.problems.warnings) : '';
      process.stdout.write(JSON.stringify({ code, maxRssMb: process.resourceUsage().maxRSS / 1024, summary }));
    });`;
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const took = seconds(start);
  const parsed = JSON.parse(child.stdout || '{"code":-1,"maxRssMb":0,"summary":""}');
  return { ...parsed, seconds: took, stderr: child.stderr };
}

/** Wall-clock seconds of one whole process; undefined when it fails (validate exits 1 on a file with errors: not a failure). */
function timeProcess(command: string, args: readonly string[], okCodes: readonly number[] = [0]): number | undefined {
  const start = process.hrtime.bigint();
  const child = spawnSync(command, args, { stdio: 'ignore' });
  const took = seconds(start);
  return child.status !== null && okCodes.includes(child.status) ? took : undefined;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const showTimes = (xs: readonly number[]) =>
  `median ${median(xs).toFixed(2)} s (${xs.map((x) => x.toFixed(2)).join(', ')})`;

/** A Python that has pandas: $PYTHON, then python3 on the PATH, then the system's. */
function findPandas(): string | undefined {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  return candidates.find((python) => spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0);
}

/** The command and the pandas peer, run alternately so both see the same host; medians and their ratio. */
function compareWithPeer(csvDir: string): void {
  const command = ['consolidate', csvDir, '--registry', REGISTRY_CSV, '--today', TODAY, '--json'];
  const python = findPandas();
  if (!python) console.log('  peer: skipped, no python3 with pandas (apt-get install python3-pandas, or set PYTHON)');
  const ours: number[] = [];
  const peer: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t = timeProcess(process.execPath, [KHONGDEE, ...command]);
    if (t === undefined) {
      console.log('  csv: khongdee consolidate --json failed');
      return;
    }
    ours.push(t);
    if (!python) continue;
    const p = timeProcess(python, [PEER_SCRIPT, csvDir]);
    if (p === undefined) {
      console.log(`  peer: ${python} ${PEER_SCRIPT} failed`);
      return;
    }
    peer.push(p);
  }
  console.log(`  csv: khongdee consolidate DIR --registry … --json, whole process: ${showTimes(ours)}`);
  if (!python) return;
  const rows = spawnSync(python, [PEER_SCRIPT, csvDir], { encoding: 'utf8' }).stdout.trim();
  console.log(
    `  peer: pandas script reading the 76 csv, sums per district, whole process: ${showTimes(peer)}; ${rows}`,
  );
  console.log(`  csv: whole command / peer = ${(median(ours) / median(peer)).toFixed(2)} (target ≤ 1.5)`);
}

/** validate and rollup of one province file, beside Node's own start-up and the CLI's load, each a whole process. */
function oneProvince(file: string): void {
  const cli = join(__dirname, 'cli.js');
  const runs: [string, string[], number[]][] = [
    ['node start-up (node -e 0)', ['-e', '0'], [0]],
    ['load the CLI bundle', ['-e', `require(${JSON.stringify(cli)})`], [0]],
    ['validate FILE --json', [KHONGDEE, 'validate', file, '--json', '--today', TODAY], [0, 1]],
    [
      'rollup FILE --registry … --json',
      [KHONGDEE, 'rollup', file, '--registry', REGISTRY_CSV, '--json', '--today', TODAY],
      [0, 1],
    ],
  ];
  const parts = runs.map(([label, args, codes]) => {
    const times = Array.from({ length: ROUNDS }, () => timeProcess(process.execPath, args, codes) ?? Number.NaN);
    return `${label} ${median(times).toFixed(2)} s`;
  });
  console.log(`  one province csv (${PROVINCE_ROWS.toLocaleString('en-US')} rows), medians: ${parts.join('; ')}`);
}

function printCommand(label: string, run: CommandRun, out: string): void {
  if (run.code !== 0) {
    console.log(`  ${label}: khongdee consolidate failed (exit ${run.code}): ${run.stderr}`);
    return;
  }
  const size = (file: string) => `${(statSync(join(out, file)).size / 1024).toFixed(0)} KB`;
  console.log(
    `  ${label}: khongdee consolidate, writing xlsx + html (whole process): ${run.seconds.toFixed(2)} s; peak memory (RSS) ${run.maxRssMb.toFixed(0)} MB`,
  );
  console.log(`    national.xlsx ${size('national.xlsx')}, national.html ${size('national.html')}; ${run.summary}`);
}

export async function benchConsolidate(): Promise<void> {
  console.log('');
  console.log(`consolidation: 76 province files × ${PROVINCE_ROWS.toLocaleString('en-US')} rows, as csv and as xlsx`);
  const csvDir = mkdtempSync(join(tmpdir(), 'khongdee-consolidate-csv-'));
  const xlsxDir = mkdtempSync(join(tmpdir(), 'khongdee-consolidate-xlsx-'));
  const out = mkdtempSync(join(tmpdir(), 'khongdee-consolidate-out-'));
  try {
    const start = process.hrtime.bigint();
    const win874 = await writeProvinces(csvDir, xlsxDir);
    console.log(
      `  generate 76 csv (${win874} in Windows-874, the rest UTF-8) and 76 xlsx: ${seconds(start).toFixed(2)} s`,
    );
    for (const [label, dir] of [
      ['csv', csvDir],
      ['xlsx', xlsxDir],
    ]) {
      const read = await timeReads(dir);
      console.log(
        `  ${label}: read only, 76 files: ${read.seconds.toFixed(2)} s (${read.rows.toLocaleString('en-US')} rows)`,
      );
    }
    printCommand('csv', runConsolidate(csvDir, out), out);
    printCommand('xlsx', runConsolidate(xlsxDir, out), out);
    compareWithPeer(csvDir);
    oneProvince(join(csvDir, readdirSync(csvDir).sort()[1]));
  } finally {
    for (const dir of [csvDir, xlsxDir, out]) rmSync(dir, { recursive: true, force: true });
  }
}
