#!/usr/bin/env node
// Precompiles the CLI into one CommonJS file, dist/cli.cjs, which bin/persona-ux.cjs then runs instead of the
// TypeScript under tsx (no transform, far fewer files to resolve at start-up). npm packages stay external.
// Development needs no build: without dist/, or once any of its sources changed, bin/ runs the TypeScript.
const { mkdirSync, writeFileSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { build } = require('esbuild');

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

// Each module's __dirname/__filename point at its source folder, as under tsx: the CLI finds the demo org,
// playwright.config.ts, the JSON Schema and the emulator's browser scripts next to their sources.
const sourcePaths = {
  name: 'source-paths',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const fromDist = JSON.stringify(path.relative(DIST, path.dirname(args.path)).split(path.sep).join('/'));
      const file = JSON.stringify(path.basename(args.path));
      const contents = readFileSync(args.path, 'utf8')
        .replace(/\b__dirname\b/g, `require("node:path").join(__dirname, ${fromDist})`)
        .replace(/\b__filename\b/g, `require("node:path").join(__dirname, ${fromDist}, ${file})`);
      return { contents, loader: 'ts' };
    });
  },
};

async function main() {
  const result = await build({
    entryPoints: [path.join(ROOT, 'runner', 'cli', 'index.ts')],
    outfile: path.join(DIST, 'cli.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    plugins: [sourcePaths],
    metafile: true,
    logLevel: 'warning',
  });
  mkdirSync(DIST, { recursive: true });
  // The sources dist/cli.cjs was built from: bin/ falls back to them as soon as one is newer than the build.
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.relative(ROOT, path.resolve(input)));
  writeFileSync(path.join(DIST, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
  console.log(`dist/cli.cjs: ${inputs.length} source files`);
}

main().catch((error) => {
  console.error(`build: ${error.message}`);
  process.exitCode = 1;
});
