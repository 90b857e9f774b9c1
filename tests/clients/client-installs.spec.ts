import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { InstallSettingError, jsforceInstall, sfInstall, simpleSalesforceInstall } from './client-installs';

// Where `npm run clients` finds each client: stand-in programs prove which file it runs, with which Node.
let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'persona-ux-installs-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  chmodSync(file, 0o755);
  return file;
}

test('PERSONA_UX_SF_BIN is the sf that runs, and PERSONA_UX_SF_NODE the node its `env node` finds first', () => {
  // A node that answers differently from the real one: sf's `#!/usr/bin/env node` must find it first.
  const nodeDir = path.join(dir, 'node22');
  mkdirSync(nodeDir);
  const node = program('node22/node', `#!/bin/sh\necho "sf via node22 $*"\n`);
  const sf = program('sf', '#!/usr/bin/env node\n');
  const install = sfInstall({
    PATH: process.env.PATH,
    PERSONA_UX_SF_BIN: sf,
    PERSONA_UX_SF_NODE: node,
  });
  expect(install.available).toBe(true);
  expect(install.program).toBe(sf);
  expect(install.version).toBe(`sf via node22 ${sf} --version`);
  expect(install.env.PATH?.split(path.delimiter)[0]).toBe(nodeDir);
});

test('an sf that does not run is skipped with how to install it; a variable naming no file is a usage error', () => {
  const broken = program('sf', '#!/bin/sh\nexit 3\n');
  const skipped = sfInstall({ PATH: process.env.PATH, PERSONA_UX_SF_BIN: broken });
  expect(skipped.available).toBe(false);
  expect(skipped.reason).toContain(`\`${broken} --version\` did not run.`);
  expect(skipped.reason).toContain('npm install -g @salesforce/cli (or set PERSONA_UX_SF_BIN)');
  expect(() => sfInstall({ PERSONA_UX_SF_NODE: path.join(dir, 'missing-node') })).toThrow(
    InstallSettingError,
  );
  expect(() => simpleSalesforceInstall({ PERSONA_UX_PYTHON: path.join(dir, 'missing-python') })).toThrow(
    /^PERSONA_UX_PYTHON=.*missing-python: no such file\. Set it to a Python 3 interpreter/,
  );
});

test('PERSONA_UX_PYTHON is the Python asked for simple_salesforce; one that cannot import it is skipped', () => {
  const python = program('python', '#!/bin/sh\necho 9.9.9\n');
  expect(simpleSalesforceInstall({ PERSONA_UX_PYTHON: python })).toMatchObject({
    available: true,
    program: python,
    version: 'simple-salesforce 9.9.9',
  });
  const without = program('python-without', '#!/bin/sh\nexit 1\n');
  const skipped = simpleSalesforceInstall({ PERSONA_UX_PYTHON: without });
  expect(skipped.available).toBe(false);
  expect(skipped.reason).toContain('cannot import simple_salesforce');
});

test("jsforce is the project's own, run with this Node", () => {
  const install = jsforceInstall();
  expect(install.program).toBe(process.execPath);
  expect(install.version).toMatch(/^jsforce 3\.\d+\.\d+ on Node /);
  expect(typeof require(install.env.PUX_JSFORCE as string).Connection).toBe('function');
});
