import path from 'node:path';
import { type SafeHtml, trusted } from './safe-html';

/**
 * The emulator's page scripts are TypeScript under emulator/browser/ (linted and type-checked with the rest),
 * bundled once per process on first use and inlined, as Lightning inlines its bootstrap. The compiled package
 * carries the bundles made at build time instead (bin/build-dist.cjs), so a run's emulator starts no esbuild.
 */
export type BrowserScript = 'record-ui' | 'navigation' | 'report-viewer';
const SCRIPTS: readonly BrowserScript[] = ['record-ui', 'navigation', 'report-viewer'];

// Defined only in the compiled package (esbuild's define); the sources leave it undeclared.
declare const PERSONA_UX_BROWSER_SCRIPTS: Record<BrowserScript, string> | undefined;

const bundles = new Map<BrowserScript, SafeHtml>();
const encoded = new Map<BrowserScript, Buffer>();

export function browserScript(name: BrowserScript): SafeHtml {
  if (bundles.size === 0) {
    const scripts =
      typeof PERSONA_UX_BROWSER_SCRIPTS === 'undefined'
        ? bundleBrowserScripts().scripts
        : PERSONA_UX_BROWSER_SCRIPTS;
    for (const script of SCRIPTS) {
      bundles.set(
        script,
        trusted(`<script>${scripts[script].replace(/<\/script/gi, '<\\/script')}</script>`),
      );
    }
  }
  return bundles.get(name) as SafeHtml;
}

/**
 * Every page script in one esbuild call, made by a one-off esbuild process: by default esbuild's synchronous API
 * keeps a thread and a process alive for later calls, which an emulator never makes (about 20 MB for the rest of
 * a run). The choice is read when esbuild loads, so it is loaded here (where tsx loaded it first, as in a
 * checkout, its service stays). With the bundles, the files they were made from.
 */
export function bundleBrowserScripts(): { scripts: Record<BrowserScript, string>; sources: string[] } {
  const before = process.env.ESBUILD_WORKER_THREADS;
  process.env.ESBUILD_WORKER_THREADS = '0';
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  if (before === undefined) delete process.env.ESBUILD_WORKER_THREADS;
  else process.env.ESBUILD_WORKER_THREADS = before;
  const result = buildSync({
    entryPoints: SCRIPTS.map((name) => path.join(__dirname, '..', 'browser', `${name}.ts`)),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    outdir: 'browser-scripts',
    logLevel: 'silent',
    metafile: true,
  });
  const bundled = (name: BrowserScript) => {
    const output = result.outputFiles.find((file) => path.basename(file.path) === `${name}.js`);
    if (!output) throw new Error(`esbuild gave no bundle for the emulator's ${name} script`);
    return output.text;
  };
  return {
    scripts: Object.fromEntries(SCRIPTS.map((name) => [name, bundled(name)])) as Record<
      BrowserScript,
      string
    >,
    sources: Object.keys(result.metafile.inputs),
  };
}

/** The same script element, encoded once: pages assembled from bytes send it as it is. */
export function browserScriptBytes(name: BrowserScript): Buffer {
  let bytes = encoded.get(name);
  if (!bytes) {
    bytes = Buffer.from(browserScript(name).value);
    encoded.set(name, bytes);
  }
  return bytes;
}
