// Loads the build (dist/cli.cjs) with V8's code cache: the bytecode of every function a `validate` compiled,
// made by the build itself (bin/build-dist.cjs runs `validate` on the demo scenarios once and keeps what V8
// compiled). Without it, Node parses the 1.5 MB bundle and compiles each function the first time it runs, which
// is about a tenth of the main thread's time when 1,000 scenario files are checked. The cache answers only for
// the exact bytes it was made from, and V8 refuses it for another Node version or other V8 flags; the build then
// loads as a plain require would, only without the head start.
const { createHash } = require('node:crypto');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { keepYoungGenerationSmall } = require('./young-generation.cjs');

/** The cache file next to the build. */
function cacheFileOf(file) {
  return `${file}.v8cache`;
}

function sha1(bytes) {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The build's source and the hash of its bytes: the cache was made from exactly these, or is not used. */
function readBuild(file) {
  const bytes = readFileSync(file);
  return { source: bytes.toString('utf8'), hash: sha1(bytes) };
}

/**
 * The cached bytecode for the build with `hash`, when there is one made from it and it is intact. V8 checks the
 * Node version, its flags and the source's length, but not the bytes: damaged bytecode crashes it, so the header
 * holds the bytecode's own hash too.
 */
function cachedDataFor(file, hash) {
  try {
    const cache = readFileSync(cacheFileOf(file));
    const headerEnd = cache.indexOf(10); // "<hash of the build> <hash of the bytecode>", then a newline
    const [built, cached] = cache.subarray(0, headerEnd).toString('latin1').split(' ');
    const data = cache.subarray(headerEnd + 1);
    return built === hash && cached === sha1(data) ? data : undefined;
  } catch {
    return undefined; // none made (the build could not run its training): compile as usual
  }
}

/** Compiles and runs the build as CommonJS, in the require cache under its own path as `require` would put it. */
function compileAndRun(file, source, cachedData) {
  const wrapper = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const loaded = new Module(file, module);
  loaded.filename = file;
  require.cache[file] = loaded;
  try {
    script
      .runInThisContext()
      .call(loaded.exports, loaded.exports, Module.createRequire(file), loaded, file, path.dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  loaded.loaded = true;
  return { exports: loaded.exports, script };
}

/** `require(file)`, with the build's code cache when it matches. */
function requireBuild(file) {
  const { source, hash } = readBuild(file);
  return compileAndRun(file, source, cachedDataFor(file, hash)).exports;
}

/** Runs the CLI with `args` from a fresh compile and keeps what V8 compiled meanwhile, for requireBuild. */
async function writeCodeCache(file, args) {
  // With the V8 flags the CLI runs with (bin/persona-ux.cjs): V8 takes a cache only under the flags it was made with.
  keepYoungGenerationSmall(args[0]);
  const { source, hash } = readBuild(file);
  const { exports, script } = compileAndRun(file, source, undefined);
  await exports.main(args);
  const data = script.createCachedData();
  // Written aside, then renamed: a CLI starting meanwhile reads the old cache or the new one, never half of one.
  const temporary = `${cacheFileOf(file)}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${hash} ${sha1(data)}\n`, 'latin1'), data]));
  renameSync(temporary, cacheFileOf(file));
}

module.exports = { requireBuild, writeCodeCache };
