// `node scripts/benchCompare.mjs [ref] [runs] [section…]`: the bench of an older commit and of the working tree, run
// alternately in one session, with medians side by side. Today's bench harness is built against both sources, so only
// the code under test differs; a noisy shared host slows both alike.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './nodeBundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [ref = 'HEAD', runsArg = '3', ...sectionArgs] = process.argv.slice(2);
const runs = Number(runsArg);
const sections = sectionArgs.length > 0 ? sectionArgs : ['core'];

/** What the bench prints, read back: label, pattern, unit. */
const FIGURES = [
  ['validation', /validation throughput: ([\d,]+) rows\/s/, 'rows/s'],
  ['validation ÷ floor', /validation against the floor pass: .* = ([\d.]+) × floor/, '×'],
  ['validation peak RSS', /problems [\s\S]*?peak memory \(RSS\) of this section, input rows included: (\d+) MB/, 'MB'],
  ['national end-to-end', /end-to-end: ([\d.]+) s/, 's'],
  ['national ÷ floor', /end-to-end against the floor pass: .* = ([\d.]+) × floor/, '×'],
  [
    'national peak RSS',
    /national total[\s\S]*?peak memory \(RSS\) of this section, input rows included: (\d+) MB/,
    'MB',
  ],
];

const bundle = (sourceRoot, outfile) => bundleForNode(join(sourceRoot, 'bench/bench.ts'), outfile);

/** A checkout of `ref` with today's bench folder in it, sharing this tree's node_modules. */
function oldTree(dir) {
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  rmSync(join(dir, 'bench'), { recursive: true, force: true });
  cpSync(join(root, 'bench'), join(dir, 'bench'), { recursive: true });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
}

function figures(output) {
  return FIGURES.map(([, pattern]) => {
    const m = pattern.exec(output);
    return m ? Number(m[1].replace(/,/g, '')) : Number.NaN;
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const work = mkdtempSync(join(tmpdir(), 'khongdee-bench-compare-'));
const checkout = join(work, 'old');
try {
  oldTree(checkout);
  // each bundle inside its own tree: the bench finds the repository's data from where it runs
  const builds = { old: join(checkout, 'build', 'bench.js'), new: join(root, 'build', 'bench.js') };
  await bundle(checkout, builds.old);
  await bundle(root, builds.new);
  const seen = { old: [], new: [] };
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? ['old', 'new'] : ['new', 'old']) {
      const run = spawnSync(process.execPath, ['--expose-gc', builds[which], ...sections], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.status !== 0) throw new Error(`${which} bench failed: ${run.stderr}`);
      seen[which].push(figures(run.stdout));
      console.log(`run ${i + 1} ${which}: ${FIGURES.map(([label], k) => `${label} ${seen[which][i][k]}`).join('; ')}`);
    }
  }
  console.log(`\nmedians of ${runs} alternating runs, ${ref} (old) against the working tree (new):`);
  for (const [k, [label, , unit]] of FIGURES.entries()) {
    const o = median(seen.old.map((f) => f[k]));
    const n = median(seen.new.map((f) => f[k]));
    console.log(`  ${label}: old ${o} ${unit}, new ${n} ${unit} (new/old ${(n / o).toFixed(3)})`);
  }
} finally {
  execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', checkout], { stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
