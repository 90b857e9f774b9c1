#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so persona-ux needs no build step.
require('tsx/cjs');
require('../runner/cli/index.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
