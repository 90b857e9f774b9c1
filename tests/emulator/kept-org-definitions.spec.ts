import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  loadKeptOrgDefinition,
  loadOrgDefinition,
  type OrgDefinition,
  OrgDefinitionError,
  parseOrgDefinition,
} from '../../emulator';
import { startEmbeddedEmulator } from '../../runner/embedded-emulator';
import { editedDemoText, lineOf } from './helpers';

const tempDir = (name: string) => mkdtempSync(path.join(os.tmpdir(), `persona-ux-${name}-`));

/** An org file holding `text`, a cache folder, and a loader through that folder that counts its parses. */
function keptOrg(text = editedDemoText()) {
  const file = path.join(tempDir('org'), 'org.yaml');
  writeFileSync(file, text);
  const dir = tempDir('kept');
  let parses = 0;
  const load = (codeFingerprint = 'code-1'): OrgDefinition =>
    loadKeptOrgDefinition(file, { dir, codeFingerprint }, (source, name) => {
      parses++;
      return parseOrgDefinition(source, name);
    });
  return { file, dir, load, parses: () => parses };
}

test('a definition parsed once is read back without parsing while its file and the code are the same', () => {
  const org = keptOrg();
  const first = org.load();
  const second = org.load();
  expect(org.parses()).toBe(1);
  expect(second).toEqual(first);
  expect(second).toEqual(loadOrgDefinition(org.file));
});

test('an edited definition is parsed again, and the edit shows', () => {
  const org = keptOrg();
  expect(org.load().org.name).toBe('Acme Demo');
  writeFileSync(org.file, editedDemoText(['  name: Acme Demo', '  name: Acme Renamed']));
  expect(org.load().org.name).toBe('Acme Renamed');
  expect(org.parses()).toBe(2);
});

test('other code parses the same file again', () => {
  const org = keptOrg();
  org.load('code-1');
  org.load('code-2');
  org.load('code-1');
  expect(org.parses()).toBe(2);
});

test('at most eight definitions are kept, the one just parsed among them', () => {
  const org = keptOrg();
  for (let version = 1; version <= 12; version++) org.load(`code-${version}`);
  expect(readdirSync(path.join(org.dir, 'org-definitions')).length).toBe(8);
  org.load('code-12');
  expect(org.parses()).toBe(12);
});

test('a definition with problems is reported with file:line:column every time, and never kept', () => {
  const text = editedDemoText(['  forceReloginAfterLoginAs: false', '  forceReloginAfterLoginAs: maybe']);
  const org = keptOrg(text);
  for (let attempt = 0; attempt < 2; attempt++) {
    let error: unknown;
    try {
      org.load();
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(OrgDefinitionError);
    expect((error as OrgDefinitionError).problems[0]).toMatchObject({
      file: org.file,
      line: lineOf(text, 'forceReloginAfterLoginAs: maybe'),
      key: 'session.forceReloginAfterLoginAs',
    });
  }
  expect(org.parses()).toBe(2);
});

test('a cache file written by something else, or a folder that cannot be written, is the same as none', () => {
  const org = keptOrg();
  org.load();
  const [entry] = readdirSync(path.join(org.dir, 'org-definitions'));
  writeFileSync(path.join(org.dir, 'org-definitions', entry), 'not a parsed definition');
  expect(org.load().org.name).toBe('Acme Demo');
  expect(org.load().org.name).toBe('Acme Demo');
  expect(org.parses()).toBe(2);

  const notAFolder = path.join(tempDir('file'), 'taken');
  writeFileSync(notAFolder, '');
  const definition = loadKeptOrgDefinition(org.file, { dir: notAFolder, codeFingerprint: 'code-1' });
  expect(definition.org.name).toBe('Acme Demo');
});

test('a file that cannot be read is reported as the loader reports it', () => {
  const missing = path.join(tempDir('org'), 'missing.yaml');
  expect(() => loadKeptOrgDefinition(missing, { dir: tempDir('kept'), codeFingerprint: 'code-1' })).toThrow(
    /missing\.yaml:1:1 cannot read the file/,
  );
});

test('the embedded emulator keeps its parsed org in the cache folder and starts from it', async () => {
  const cache = tempDir('cache');
  for (let start = 0; start < 2; start++) {
    const emulator = await startEmbeddedEmulator({
      PERSONA_UX_CACHE: cache,
      PERSONA_UX_EMULATOR_DATA: 'off',
    });
    try {
      expect(emulator.orgName).toBe('Acme Demo');
    } finally {
      await emulator.stop();
    }
  }
  expect(readdirSync(path.join(cache, 'org-definitions'))).toHaveLength(1);
});
