import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';

// The import rules of .dependency-cruiser.cjs (npm run lint:imports, run by CI), applied to scratch trees.
const ROOT = path.resolve(__dirname, '..', '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** A scratch tree with the repository's rule file and the given files; the check's exit code and report. */
function checkTree(files: Record<string, string>): { status: number | null; report: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'persona-ux-imports-'));
  try {
    copyFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const run = spawnSync(
      process.execPath,
      [DEPCRUISE, '--config', '.dependency-cruiser.cjs', '--output-type', 'err', '.'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    return { status: run.status, report: stripVTControlCharacters(`${run.stdout}${run.stderr}`) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const layered = {
  'runner/run.ts': "import { org } from '../fixtures/org';\nexport const run = () => org();\n",
  'fixtures/org.ts':
    "import { settings } from '../config/settings';\nimport { page } from '../pages/page';\nexport const org = () => [settings, page];\n",
  'config/settings.ts': 'export const settings = 1;\n',
  'pages/page.ts': 'export const page = 1;\n',
  'emulator/app.ts': "import { state } from './model/state';\nexport const app = state;\n",
  'emulator/model/state.ts': 'export const state = 1;\n',
};

test('a tree that keeps the layers passes the import check', () => {
  const { status, report } = checkTree(layered);
  expect(report).toContain('no dependency violations found');
  expect(status).toBe(0);
});

test('a page object importing the emulator fails the import check', () => {
  const { status, report } = checkTree({
    ...layered,
    'pages/page.ts': "import { state } from '../emulator/model/state';\nexport const page = state;\n",
  });
  expect(report).toContain('suite-never-imports-emulator: pages/page.ts → emulator/model/state.ts');
  expect(status).not.toBe(0);
});

test('two files importing each other fail the import check', () => {
  const { status, report } = checkTree({
    ...layered,
    'fixtures/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
    'fixtures/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
  });
  expect(report).toMatch(/no-file-cycle: fixtures\/(a|b)\.ts/);
  expect(status).not.toBe(0);
});

test('two folders importing each other, with no file cycle, fail the import check', () => {
  const { status, report } = checkTree({
    ...layered,
    'emulator/api/describe.ts': "import { field } from '../html/field';\nexport const describe = field;\n",
    'emulator/api/errors.ts': 'export const error = 1;\n',
    'emulator/html/field.ts': 'export const field = 1;\n',
    'emulator/html/page.ts': "import { error } from '../api/errors';\nexport const page = error;\n",
  });
  expect(report).not.toContain('no-file-cycle');
  expect(report).toMatch(/no-folder-cycle: emulator\/(api|html)/);
  expect(status).not.toBe(0);
});

test('the shared Salesforce facts importing the emulator or the suite fail the import check', () => {
  const shared = "export const fullName = 'Admin';\n";
  const used = {
    ...layered,
    'salesforce/names.ts': shared,
    'fixtures/org.ts':
      "import { fullName } from '../salesforce/names';\nexport const org = () => fullName;\n",
    'emulator/app.ts': "import { fullName } from '../salesforce/names';\nexport const app = fullName;\n",
  };
  expect(checkTree(used).status).toBe(0);

  const { status, report } = checkTree({
    ...used,
    'salesforce/names.ts': `import { state } from '../emulator/model/state';\n${shared}export const s = state;\n`,
  });
  expect(report).toContain('salesforce-facts-stand-alone: salesforce/names.ts → emulator/model/state.ts');
  expect(status).not.toBe(0);
});
