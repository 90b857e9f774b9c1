import path from 'node:path';

// `true` in the compiled package: bin/build-dist.cjs defines it (esbuild's define); the sources leave it undeclared.
declare const PERSONA_UX_BUILD: true | undefined;

/** True when this code runs compiled (dist/), false when its TypeScript runs as it is (tsx, Playwright's transform). */
export const BUILT = typeof PERSONA_UX_BUILD !== 'undefined';

const ROOT = path.join(__dirname, '..');

/**
 * The scenarios' Playwright config: the compiled one beside the compiled CLI, whose parts Playwright loads as they
 * are (it compiles no TypeScript under node_modules, where an installed persona-ux lives); else the TypeScript one.
 */
export function scenariosConfigFile(): string {
  return BUILT
    ? path.join(ROOT, 'dist', 'playwright', 'playwright.config.cjs')
    : path.join(ROOT, 'playwright.config.ts');
}
