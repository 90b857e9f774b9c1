/**
 * Import rules (npm run lint:imports; CONTRIBUTING.md explains the layers). A run reads top-down:
 *   runner/cli → runner (load, schedule, report, steps) → fixtures → pages → Salesforce or the emulator,
 * with config/ (which org, the run's id and paths) below runner and fixtures. The emulator is a separate
 * program: the suite reaches it only over HTTP, so pages/ and fixtures/ work unchanged against a real org.
 * Inside the emulator: org/ (the definition's schema) and model/ at the bottom, then formula/, org-loading/
 * (reading and cross-checking a definition file), soql/, api/, save/ (the save pipeline: DML and automation),
 * html/, routes/, and app.ts on top. salesforce/ holds facts about Salesforce itself (names, tables) that both
 * sides use; it imports nothing of the project.
 */
const SUITE = '^(runner|fixtures|pages|config|scenarios|bench|bin)/';

/** A layering rule: nothing matching `from` may import anything matching `to` (paths from the repo root). */
const layer = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      comment: 'Two files importing each other (directly or around a loop) cannot be read or tested alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'A folder that imports a folder importing it back is one layer in two places.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    layer(
      'suite-never-imports-emulator',
      'pages/ and fixtures/ are written for real Salesforce: nothing there may depend on the emulator.',
      '^(pages|fixtures|config)/',
      '^emulator/',
    ),
    layer(
      'emulator-never-imports-suite',
      'The emulator imitates Salesforce; it knows nothing of the suite that tests against it.',
      '^emulator/',
      SUITE,
    ),
    layer(
      'pages-are-the-bottom-of-the-suite',
      'Page objects know the page, not fixtures, the runner or configuration.',
      '^pages/',
      '^(fixtures|runner|config)/',
    ),
    layer(
      'fixtures-below-runner',
      'Fixtures serve the runner; what both need (settings, run context) lives in config/.',
      '^(fixtures|config)/',
      '^runner/',
    ),
    layer(
      'config-at-the-bottom',
      'config/ is read by runner and fixtures and imports neither.',
      '^config/',
      '^(fixtures|pages)/',
    ),
    layer(
      'emulator-model-below-the-rest',
      'The model holds state and rules; saving, APIs and pages are built on it, never the reverse.',
      '^emulator/(model|org)/',
      '^emulator/(formula|org-loading|soql|save|api|html|routes|browser)/',
    ),
    layer(
      'emulator-pages-below-routes',
      'html/ renders; routes/ decides what to render. Markup never reaches back into routes.',
      '^emulator/(html|api|save|formula)/',
      '^emulator/routes/',
    ),
    layer(
      'salesforce-facts-stand-alone',
      'salesforce/ is shared by the suite and the emulator, so it can depend on neither.',
      '^salesforce/',
      '^(runner|fixtures|pages|config|scenarios|bench|bin|emulator)/',
    ),
    {
      name: 'nothing-imports-tests',
      comment: "The project's own tests import the code, never the reverse.",
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    // TypeScript 7 has no compiler API for dependency-cruiser; swc parses TypeScript. Type-only imports count.
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|reports|test-results)/' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.cjs', '.mjs', '.json'] },
  },
};
