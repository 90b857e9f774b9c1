import path from 'node:path';
import { buildSync } from 'esbuild';
import { type SafeHtml, trusted } from './safe-html';

/**
 * The emulator's page scripts are TypeScript under emulator/browser/ (linted and type-checked with the rest),
 * bundled once per process on first use and inlined, as Lightning inlines its bootstrap.
 */
export type BrowserScript = 'record-ui' | 'navigation';

const bundles = new Map<BrowserScript, SafeHtml>();

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
