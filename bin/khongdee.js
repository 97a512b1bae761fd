#!/usr/bin/env node
// The khongdee command: runs the bundled command line built by `npm run build` (npm ci builds it too).
const { main } = require('../build/cli.js');
// a reader that stops early (| head) is not an error
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
