// `npm run bench`, consolidation section: 76 generated province files × 2,000 rows (csv, every fourth one xlsx) in a temp folder,
// then `khongdee consolidate` on them with DLA's national registry, writing the xlsx and HTML. The command runs in a fresh Node
// process so its peak memory is its own, not what the earlier sections of the bench left behind.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../src/core/cell';
import { provinceByCode } from '../src/core/geo/provinces';
import { indexRegistry } from '../src/core/registry/match';
import { generateRows } from './generate';
import { nationalRegistry, REGISTRY_CSV } from './registry';

const PROVINCE_ROWS = 2_000;

function csvField(v: CellValue): string {
  const t = v === null ? '' : typeof v === 'object' ? `${v.day}/${v.month}/${v.year + 543}` : String(v);
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

async function writeProvince(dir: string, name: string, rows: CellValue[][], xlsx: boolean): Promise<void> {
  if (!xlsx) {
    writeFileSync(join(dir, `${name}.csv`), `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`);
    return;
  }
  const book = new ExcelJS.Workbook();
  // the sheet is named after the province: that is how the consolidation tells whose file it is
  const ws = book.addWorksheet(name);
  for (const r of rows)
    ws.addRow(r.map((v) => (v !== null && typeof v === 'object' ? new Date(Date.UTC(v.year, v.month - 1, v.day)) : v)));
  await book.xlsx.writeFile(join(dir, `${name}.xlsx`));
}

/** Runs the built CLI in a child process and reports its own time and peak memory. */
function runConsolidate(
  dir: string,
  out: string,
): { code: number; seconds: number; maxRssMb: number; summary: string; stderr: string } {
  const cli = join(__dirname, 'cli.js');
  const args = [
    'consolidate',
    dir,
    '--registry',
    REGISTRY_CSV,
    '--today',
    '2026-11-21',
    '--json',
    '--out',
    join(out, 'national.xlsx'),
    '--html',
    join(out, 'national.html'),
  ];
  const script = `
    const { main } = require(${JSON.stringify(cli)});
    let json = '';
    const start = process.hrtime.bigint();
    main(${JSON.stringify(args)}, { out: (t) => (json += t), err: (t) => process.stderr.write(t + '\\n') }).then((code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const r = code === 0 ? JSON.parse(json) : null;
      const counts = {};
      for (const s of r ? r.statuses : []) counts[s.status] = (counts[s.status] || 0) + 1;
      const summary = r ? r.total.entries + ' entries, ' + r.total.laosReported + ' อปท. reported of ' + r.total.laosTotal + ', statuses ' + JSON.stringify(counts) + ', problems ' + (r.problems.errors + r.problems.warnings) : '';
      process.stdout.write(JSON.stringify({ code, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, summary }));
    });`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const parsed = JSON.parse(child.stdout || '{"code":-1,"seconds":0,"maxRssMb":0,"summary":""}');
  return { ...parsed, stderr: child.stderr };
}

export async function benchConsolidate(): Promise<void> {
  console.log('');
  console.log(`consolidation: 76 province files × ${PROVINCE_ROWS.toLocaleString('en-US')} rows`);
  const index = indexRegistry(nationalRegistry(), provinceByCode);
  const dir = mkdtempSync(join(tmpdir(), 'khongdee-consolidate-'));
  const out = mkdtempSync(join(tmpdir(), 'khongdee-consolidate-out-'));
  try {
    const start = process.hrtime.bigint();
    const provinces = [...index.provinces.values()];
    let xlsx = 0;
    for (const [i, p] of provinces.entries()) {
      await writeProvince(dir, p.province.nameTh, generateRows(PROVINCE_ROWS, p.laos, i + 11), i % 4 === 0);
      if (i % 4 === 0) xlsx++;
    }
    console.log(
      `  generate ${provinces.length} files (${xlsx} xlsx, ${provinces.length - xlsx} csv): ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(2)} s`,
    );
    const run = runConsolidate(dir, out);
    if (run.code !== 0) {
      console.log(`  khongdee consolidate failed (exit ${run.code}): ${run.stderr}`);
      return;
    }
    console.log(
      `  khongdee consolidate (read, check, roll up, write xlsx + html): ${run.seconds.toFixed(2)} s; peak memory (RSS) ${run.maxRssMb.toFixed(0)} MB`,
    );
    console.log(
      `  national.xlsx ${(statSync(join(out, 'national.xlsx')).size / 1024).toFixed(0)} KB, national.html ${(statSync(join(out, 'national.html')).size / 1024).toFixed(0)} KB`,
    );
    console.log(`  ${run.summary}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
