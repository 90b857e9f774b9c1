import path from 'node:path';

// Defined only in the compiled package (esbuild's define, bin/build-dist.cjs); the sources leave them undeclared.
declare const PERSONA_UX_BUILD: true | undefined;
/** The folder of the compiled file this code runs in: the bundle's own `__dirname`, not its sources' folder. */
declare const PERSONA_UX_BUNDLE_DIR: string;

/** True when this code runs compiled (dist/), false when its TypeScript runs as it is (tsx, Playwright's transform). */
export const BUILT = typeof PERSONA_UX_BUILD !== 'undefined';

/** When compiled, the folder of the compiled file this code runs in: dist/, or dist/playwright/ for what Playwright loads. */
export const BUNDLE_DIR: string | undefined = BUILT ? PERSONA_UX_BUNDLE_DIR : undefined;

/**
 * A file Playwright loads, given by its TypeScript source (from the project's root): compiled, its file in
 * dist/playwright/ beside the compiled CLI, which Playwright loads as it is (it compiles no TypeScript under
 * node_modules, where an installed persona-ux lives); else the source itself.
 */
export function playwrightPart(source: string): string {
  return BUILT
    ? path.join(PERSONA_UX_BUNDLE_DIR, 'playwright', `${path.basename(source, '.ts')}.cjs`)
    : path.join(__dirname, '..', source);
}

/** The scenarios' test file, as the scenarios' config matches it in its testDir (and Playwright titles it). */
export const SCENARIOS_TEST_FILE = BUILT ? 'scenarios.spec.cjs' : 'scenarios.spec.ts';

/** The scenarios' Playwright config for the CLI. */
export function scenariosConfigFile(): string {
  return playwrightPart('playwright.config.ts');
}
