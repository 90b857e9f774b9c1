#!/usr/bin/env node
// Precompiles the CLI into one CommonJS file, dist/cli.cjs, which bin/persona-ux.cjs then runs instead of the
// TypeScript under tsx (no transform, far fewer files to resolve at start-up). The few pure-JavaScript packages
// that `validate` needs are bundled in too, so checking files reads one file; every other npm package stays external.
// Precompiles what Playwright loads for a run too (the scenarios' config, its global setup, reporters and test
// file) into dist/playwright/, which the compiled CLI hands to Playwright: Playwright compiles no TypeScript under
// node_modules, where an installed persona-ux lives, and a worker then reads one file instead of transforming each.
// Development needs no build: without dist/, or once any of its sources changed, bin/ runs the TypeScript.
// `--out DIR` builds elsewhere (at the same depth as dist/, e.g. to compare two builds side by side).
const { spawnSync } = require('node:child_process');
const { mkdirSync, writeFileSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { build } = require('esbuild');

const ROOT = path.join(__dirname, '..');
const outArg = process.argv.indexOf('--out');
const DIST = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(ROOT, 'dist');

/**
 * Loaded by `validate --offline`; small, pure JavaScript, no files of their own to find at run time. And the
 * embedded emulator's SOQL parser, for soqlParserSelfChecksOff.
 */
const BUNDLED_PACKAGES = new Set([
  'yaml',
  'zod',
  'damerau-levenshtein',
  'dotenv',
  '@jetstreamapp/soql-parser-js',
]);

// Each module's __dirname/__filename point at its source folder, as under tsx: the CLI finds the demo org, the
// JSON Schema and the emulator's browser scripts next to their sources.
const sourcePaths = (outdir) => ({
  name: 'source-paths',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      // An npm package's own files; persona-ux's files may be under node_modules too, where it is installed.
      if (path.relative(ROOT, args.path).split(path.sep).includes('node_modules')) return undefined;
      const fromDist = JSON.stringify(
        path.relative(outdir, path.dirname(args.path)).split(path.sep).join('/'),
      );
      const file = JSON.stringify(path.basename(args.path));
      const contents = readFileSync(args.path, 'utf8')
        .replace(/\b__dirname\b/g, `require("node:path").join(__dirname, ${fromDist})`)
        .replace(/\b__filename\b/g, `require("node:path").join(__dirname, ${fromDist}, ${file})`);
      return { contents, loader: 'ts' };
    });
  },
});

/** npm packages stay external (loaded from node_modules at run time), except `bundled` ones. */
const externalPackages = (bundled) => ({
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return undefined;
      const name = args.path.startsWith('@')
        ? args.path.split('/').slice(0, 2).join('/')
        : args.path.split('/')[0];
      return bundled.has(name) ? undefined : { path: args.path, external: true };
    });
  },
});

// The yaml package reads process.env.LOG_TOKENS for every token it parses (a debugging switch of its own), and
// in Node every process.env read is a call into the environment: about a tenth of parsing 1,000 scenario files.
const yamlDebugSwitchesOff = {
  name: 'yaml-debug-switches-off',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/\bnode_process\.env\.(LOG_TOKENS|LOG_STREAM)\b/g, 'false');
      return { contents, loader: 'js' };
    });
  },
};

// The embedded emulator's SOQL parser (@jetstreamapp/soql-parser-js, Chevrotain inside) builds its lexer and parser
// when it loads, each first checking the grammar and token patterns it was given (Chevrotain's skipValidations:
// false): about a third of its loading, before a run's org checks can start, for a grammar fixed in the package.
// The checks find mistakes in a grammar being written; the compiled CLI carries the parser with them off.
const soqlParserSelfChecksOff = {
  name: 'soql-parser-self-checks-off',
  setup(build) {
    build.onLoad({ filter: /[\\/]@jetstreamapp[\\/]soql-parser-js[\\/]dist[\\/].*\.m?js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replaceAll('skipValidations:!1', 'skipValidations:!0');
      if (contents === source) {
        console.warn("build: the SOQL parser's self-checks were not found to turn off (its code changed).");
      }
      return { contents, loader: 'js' };
    });
  },
};

/** What Playwright loads for a run, each compiled to dist/playwright/{its name}.cjs (config/build.ts). */
const PLAYWRIGHT_PARTS = [
  'playwright.config.ts',
  'runner/global-setup.ts',
  'runner/scenarios.spec.ts',
  'runner/reporters/scenario-paths-reporter.ts',
  'runner/reporters/summary-reporter.ts',
  'runner/reporters/access-matrix-reporter.ts',
  'runner/reporters/junit-reporter.ts',
];

const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // config/build.ts: the compiled code knows it is compiled, and where its bundle is (sourcePaths points
  // __dirname in the sources at their own folders).
  define: { PERSONA_UX_BUILD: 'true', PERSONA_UX_BUNDLE_DIR: '__dirname' },
  metafile: true,
  logLevel: 'warning',
};

async function main() {
  const browserScripts = emulatorBrowserScripts();
  const cli = await build({
    ...COMMON,
    define: { ...COMMON.define, PERSONA_UX_BROWSER_SCRIPTS: JSON.stringify(browserScripts.scripts) },
    entryPoints: [path.join(ROOT, 'runner', 'cli', 'index.ts')],
    outfile: path.join(DIST, 'cli.cjs'),
    plugins: [
      externalPackages(BUNDLED_PACKAGES),
      yamlDebugSwitchesOff,
      soqlParserSelfChecksOff,
      sourcePaths(DIST),
    ],
    // Less to read and compile at start-up; identifiers keep their names, so stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
  });
  // Each part is a bundle of its own, every npm package external: Playwright's runner loads several of them and
  // must share one @playwright/test; the module state the parts share goes through the environment.
  const playwrightDir = path.join(DIST, 'playwright');
  const playwright = await build({
    ...COMMON,
    entryPoints: Object.fromEntries(
      PLAYWRIGHT_PARTS.map((part) => [path.basename(part, '.ts'), path.join(ROOT, part)]),
    ),
    outdir: playwrightDir,
    outExtension: { '.js': '.cjs' },
    // Not minified: a failure's stack trace and code frame point at readable code, each module under a comment
    // naming its source. (Source maps would name the TypeScript, but reading them costs every process 50 ms.)
    plugins: [externalPackages(new Set()), sourcePaths(playwrightDir)],
  });
  mkdirSync(DIST, { recursive: true });
  // The package's own sources dist/ was built from: bin/ falls back to them as soon as one is newer than
  // the build. Not the bundled packages' files: the build carries its own copy, and once the package is
  // installed they are wherever npm put them (hoisted), so bin/ could not find them to compare.
  const inputs = [
    ...new Set([
      ...Object.keys(cli.metafile.inputs),
      ...Object.keys(playwright.metafile.inputs),
      ...browserScripts.sources,
    ]),
  ]
    // Not esbuild's own entries for the values it was given (`<define:…>`).
    .filter((input) => !input.startsWith('<'))
    .map((input) => path.relative(ROOT, path.resolve(input)))
    .filter((input) => !input.split(path.sep).includes('node_modules'));
  writeFileSync(path.join(DIST, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
  const cached = writeCodeCache(path.join(DIST, 'cli.cjs'));
  // On stderr: as prepack, stdout is npm pack's, which names the tarball (or prints --json) there.
  console.error(
    `${path.relative(ROOT, DIST)}/cli.cjs and playwright/: ${inputs.length} source files${cached ? ", with the CLI's code cache" : ''}`,
  );
}

/**
 * The emulator's page scripts, bundled as the emulator bundles them from its sources, for the compiled CLI to carry:
 * a run's embedded emulator then starts no esbuild process of its own.
 */
function emulatorBrowserScripts() {
  const unregister = require('tsx/cjs/api').register();
  try {
    return require('../emulator/html/browser-script.ts').bundleBrowserScripts();
  } finally {
    unregister();
  }
}

/**
 * Validates the demo scenarios once with the new build, in a process of its own (offline, nothing cached), and
 * keeps the bytecode V8 compiled meanwhile next to the build (bin/code-cache.cjs); the verdict does not matter.
 * False when that run could not happen: the build works without the cache, only starts slower.
 */
function writeCodeCache(cli) {
  const codeCache = path.join(__dirname, 'code-cache.cjs');
  const train = `require(${JSON.stringify(codeCache)}).writeCodeCache(${JSON.stringify(cli)}, process.argv.slice(1)).catch((error) => { console.error(error); process.exitCode = 1; })`;
  const { status, stderr } = spawnSync(
    process.execPath,
    ['-e', train, 'validate', '--offline', path.join(ROOT, 'scenarios')],
    { env: { ...process.env, PERSONA_UX_CACHE: 'off' }, encoding: 'utf8' },
  );
  if (status !== 0)
    console.warn(`build: no code cache (validating the demo scenarios did not run):\n${stderr}`);
  return status === 0;
}

main().catch((error) => {
  console.error(`build: ${error.message}`);
  process.exitCode = 1;
});
