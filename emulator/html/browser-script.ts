import path from 'node:path';
import { buildSync } from 'esbuild';
import { type SafeHtml, trusted } from './safe-html';

/**
 * The emulator's page scripts are TypeScript under emulator/browser/ (linted and type-checked with the rest),
 * bundled once per process on first use and inlined, as Lightning inlines its bootstrap.
 */
export type BrowserScript = 'record-ui' | 'navigation';

const bundles = new Map<BrowserScript, SafeHtml>();
const encoded = new Map<BrowserScript, Buffer>();

export function browserScript(name: BrowserScript): SafeHtml {
  let bundle = bundles.get(name);
  if (!bundle) {
    const result = buildSync({
      entryPoints: [path.join(__dirname, '..', 'browser', `${name}.ts`)],
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    bundle = trusted(`<script>${code}</script>`);
    bundles.set(name, bundle);
  }
  return bundle;
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
