// The CLI process mostly waits: on the org, the browser and the run's Playwright runner, while its embedded emulator
// answers small, short-lived requests. V8 still grows a process's young generation as it allocates, up to two 16 MB
// semi-spaces, which then stay committed for the rest of the run; kept at its starting size, the CLI holds about
// 15 MB less at a run's peak (bench/RESULTS.md). A process cannot lower its own --max-semi-space-size once started,
// and `npx persona-ux` gives Node no flags, so the CLI stops the young generation from growing instead. A young
// generation size the user's NODE_OPTIONS sets is kept, and `persona-ux emulator`, a server under load for as long
// as it runs, keeps V8's own growth.
//
// V8 checks its flags when it takes a code cache: the build's cache is made with this flag set too
// (bin/code-cache.cjs), or V8 would refuse it.
const v8 = require('node:v8');

/**
 * The V8 flags that keep the young generation of the CLI running `command` at its starting size: none for the
 * emulator's server, nor when NODE_OPTIONS sizes it.
 */
function youngGenerationFlags(env, command) {
  if (command === 'emulator') return [];
  return /--(max-|min-)?semi-space-(size|growth-factor)\b/.test(env.NODE_OPTIONS ?? '')
    ? []
    : ['--semi-space-growth-factor=1'];
}

function keepYoungGenerationSmall(command, env = process.env) {
  for (const flag of youngGenerationFlags(env, command)) v8.setFlagsFromString(flag);
}

module.exports = { keepYoungGenerationSmall, youngGenerationFlags };
