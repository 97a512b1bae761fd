// One Node bundle (the CLI, the bench, the preview): the same esbuild settings for the build and the bench comparison.

import { build } from 'esbuild';

/** Bundles `entry` for Node 20 as CommonJS into `outfile`; packages stay external, as npm installed them. */
export async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    charset: 'utf8',
    outfile,
    logLevel: 'warning',
  });
}
