#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so persona-ux needs no build step. Whatever goes wrong, the user
// reads one sentence, never a stack trace (PERSONA_UX_DEBUG=1 shows it).
function crash(error) {
  const message = error?.message ? error.message : String(error);
  console.error(`persona-ux: ${message}`);
  if (process.env.PERSONA_UX_DEBUG && error?.stack) console.error(error.stack);
  else console.error('(set PERSONA_UX_DEBUG=1 to see where it happened)');
  process.exitCode = 1;
}

try {
  require('tsx/cjs');
  require('../runner/cli/index.ts')
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    }, crash);
} catch (error) {
  crash(error);
}
