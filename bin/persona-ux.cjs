#!/usr/bin/env node
// Runs the CLI precompiled (dist/cli.cjs, `npm run build`, part of the published package) when it is there
// and no source it was built from changed since; otherwise the TypeScript through tsx, so development needs
// no build step. Whatever goes wrong, the user reads one sentence, never a stack trace (PERSONA_UX_DEBUG=1 shows it).
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');

function crash(error) {
  const message = error?.message ? error.message : String(error);
  console.error(`persona-ux: ${message}`);
  if (process.env.PERSONA_UX_DEBUG && error?.stack) console.error(error.stack);
  else console.error('(set PERSONA_UX_DEBUG=1 to see where it happened)');
  process.exitCode = 1;
}

/**
 * dist/cli.cjs when it is at least as new as every source it was built from (PERSONA_UX_SOURCE=1: never). In an
 * installed package always: npm writes the files in the tarball's order, sources after dist/, so their times say
 * nothing there, and Playwright compiles no TypeScript under node_modules.
 */
function precompiled() {
  if (process.env.PERSONA_UX_SOURCE === '1') return undefined;
  const root = path.join(__dirname, '..');
  const cli = path.join(root, 'dist', 'cli.cjs');
  try {
    const built = statSync(cli).mtimeMs;
    if (root.split(path.sep).includes('node_modules')) return cli;
    const inputs = JSON.parse(readFileSync(path.join(root, 'dist', 'inputs.json'), 'utf8'));
    for (const input of inputs) if (statSync(path.join(root, input)).mtimeMs > built) return undefined;
    return cli;
  } catch {
    return undefined;
  }
}

try {
  require('./young-generation.cjs').keepYoungGenerationSmall(process.argv[2]);
  const cli = precompiled();
  if (!cli) require('tsx/cjs');
  (cli ? require('./code-cache.cjs').requireBuild(cli) : require('../runner/cli/index.ts'))
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    }, crash);
} catch (error) {
  crash(error);
}
