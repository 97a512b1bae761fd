#!/usr/bin/env node
// The khongdee command: runs the bundled command line built by `npm run build` (npm ci builds it too).
const { main } = require('../build/cli.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
