import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { expect, test } from '@playwright/test';
import { cacheDir as configuredCacheDir } from '../../config/cache-dir';
import { loadScenarios } from '../../runner/loader';
import { loadPersonas } from '../../runner/loading/personas';
import { type LoadedScenarioFile, loadScenarioFile } from '../../runner/loading/scenario-file';
import { ScenarioFileCache } from '../../runner/loading/scenario-file-cache';
import { runCli } from '../e2e/cli-run';
import { DEMO_SCENARIOS, replaceLine, scenarioDir, validScenario } from './scenario-files';

const cacheDir = () => mkdtempSync(path.join(os.tmpdir(), 'persona-ux-cache-'));
const text = (lines: string[]) => `${lines.join('\n')}\n`;
const withUnknownPersona = text(replaceLine(validScenario(), 3, 'persona: sdrr'));

/** Loads every file of `dir` through a cache in `cache`; says which files were parsed rather than reused. */
function loadThroughCache(dir: string, cache: string) {
  const personasFile = path.join(dir, 'personas.yaml');
  const { personas } = loadPersonas(personasFile);
  const files = readdirSync(dir)
    .filter((file) => file !== 'personas.yaml')
    .sort()
    .map((file) => path.join(dir, file));
  const parsed: string[] = [];
  const opened = ScenarioFileCache.open(cache, personasFile, personas);
  const loaded = new Map<string, LoadedScenarioFile>();
  for (const file of files) {
    const result = opened.load(file, (bytes) => {
      parsed.push(path.basename(file));
      return loadScenarioFile(file, { personas, personasFile }, bytes);
    });
    loaded.set(path.basename(file), result);
  }
  opened.save();
  return { parsed, loaded };
}

test('a second load reuses every unchanged file: nothing is parsed again, and scenarios and errors are the same', () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()), 'b.yaml': withUnknownPersona });
  const cache = cacheDir();
  const first = loadThroughCache(dir, cache);
  expect(first.parsed).toEqual(['a.yaml', 'b.yaml']);
  expect(first.loaded.get('a.yaml')?.scenario?.id).toBe('sdr-checks-lead');
  expect(first.loaded.get('b.yaml')?.errors.map((error) => error.message)).toEqual([
    expect.stringContaining('unknown persona "sdrr"'),
  ]);

  const second = loadThroughCache(dir, cache);
  expect(second.parsed).toEqual([]);
  expect(second.loaded).toEqual(first.loaded);
});

test('a file whose content changed is parsed again, and its new error is reported', () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()), 'b.yaml': text(validScenario()) });
  const cache = cacheDir();
  loadThroughCache(dir, cache);
  writeFileSync(path.join(dir, 'b.yaml'), withUnknownPersona);
  const again = loadThroughCache(dir, cache);
  expect(again.parsed).toEqual(['b.yaml']);
  expect(again.loaded.get('b.yaml')?.errors).toHaveLength(1);
  expect(again.loaded.get('b.yaml')?.errors[0]?.message).toContain('unknown persona "sdrr"');
});

test('the cache keeps one entry per file: editing a file again and again does not grow it', () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()), 'b.yaml': text(validScenario()) });
  const cache = cacheDir();
  for (let edit = 0; edit < 5; edit++) {
    writeFileSync(path.join(dir, 'b.yaml'), `${text(validScenario())}# edit ${edit}\n`);
    expect(loadThroughCache(dir, cache).parsed).toEqual(edit === 0 ? ['a.yaml', 'b.yaml'] : ['b.yaml']);
  }
  const stored = v8.deserialize(readFileSync(path.join(cache, 'scenario-files.v8'))) as {
    entries: Map<string, unknown>;
  };
  expect([...stored.entries.keys()].sort()).toEqual([path.join(dir, 'a.yaml'), path.join(dir, 'b.yaml')]);
});

test('a change to the personas file makes every scenario be checked again', () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()) });
  const cache = cacheDir();
  expect(loadThroughCache(dir, cache).parsed).toEqual(['a.yaml']);
  writeFileSync(
    path.join(dir, 'personas.yaml'),
    'personas:\n  ae: { username: alex.ae@acme-demo.example }\n',
  );
  const again = loadThroughCache(dir, cache);
  expect(again.parsed).toEqual(['a.yaml']);
  expect(again.loaded.get('a.yaml')?.errors[0]?.message).toContain('unknown persona "sdr"');
});

test('the same content under another path is its own entry: errors name the file they are in', () => {
  const cache = cacheDir();
  const one = scenarioDir({ 'a.yaml': withUnknownPersona });
  const other = scenarioDir({ 'a.yaml': withUnknownPersona });
  loadThroughCache(one, cache);
  const again = loadThroughCache(other, cache);
  expect(again.parsed).toEqual(['a.yaml']);
  expect(again.loaded.get('a.yaml')?.errors[0]?.file).toBe(path.join(other, 'a.yaml'));
});

test('a cache file that is not one (damaged, or written by something else) is ignored and replaced', () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()) });
  const cache = cacheDir();
  writeFileSync(path.join(cache, 'scenario-files.v8'), 'not a cache');
  const first = loadThroughCache(dir, cache);
  expect(first.parsed).toEqual(['a.yaml']);
  expect(first.loaded.get('a.yaml')?.scenario?.id).toBe('sdr-checks-lead');
  expect(loadThroughCache(dir, cache).parsed).toEqual([]);
});

test('a cache folder that cannot be written (a file is in its place) is the same as none', () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()) });
  const taken = path.join(cacheDir(), 'taken');
  writeFileSync(taken, '');
  for (let load = 0; load < 2; load++) {
    const loaded = loadThroughCache(dir, taken);
    expect(loaded.parsed).toEqual(['a.yaml']);
    expect(loaded.loaded.get('a.yaml')?.scenario?.id).toBe('sdr-checks-lead');
  }
});

test('loading through a cache gives what loading without one gives', () => {
  const dir = scenarioDir({
    'a.yaml': text(validScenario()),
    'b.yaml': withUnknownPersona,
    'c.yaml': text(replaceLine(validScenario(), 1, 'id: sdr-checks-lead')), // a duplicate id of a.yaml
  });
  const cache = cacheDir();
  const uncached = loadScenarios([dir]);
  expect(uncached.errors.length).toBeGreaterThan(1);
  expect(loadScenarios([dir], { cacheDir: cache })).toStrictEqual(uncached); // filling the cache
  expect(loadScenarios([dir], { cacheDir: cache })).toStrictEqual(uncached); // answered from it
});

test('the demo scenarios, a matrix one among them, come back from the cache exactly as they load without it', () => {
  const cache = cacheDir();
  const uncached = loadScenarios([DEMO_SCENARIOS]);
  expect(uncached.errors).toEqual([]);
  loadScenarios([DEMO_SCENARIOS], { cacheDir: cache });
  expect(loadScenarios([DEMO_SCENARIOS], { cacheDir: cache })).toStrictEqual(uncached);
});

test('PERSONA_UX_CACHE moves the cache; "off" keeps none', () => {
  expect(configuredCacheDir({})).toBe(path.resolve('.persona-ux', 'cache'));
  expect(configuredCacheDir({ PERSONA_UX_CACHE: '/tmp/elsewhere' })).toBe('/tmp/elsewhere');
  expect(configuredCacheDir({ PERSONA_UX_CACHE: 'off' })).toBeUndefined();
});

test('validate run again after an edit reports the new mistake, exactly as a first run does', async () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()) });
  const cache = cacheDir();
  const env = { PERSONA_UX_CACHE: cache };
  const first = await runCli(['validate', '--offline', dir], { env });
  expect(first.code, first.output).toBe(0);
  expect((await runCli(['validate', '--offline', dir], { env })).output).toBe(first.output);

  writeFileSync(path.join(dir, 'a.yaml'), withUnknownPersona);
  const edited = await runCli(['validate', '--offline', dir], { env });
  const uncached = await runCli(['validate', '--offline', dir], { env: { PERSONA_UX_CACHE: 'off' } });
  expect(edited.code, edited.output).toBe(2);
  expect(edited.output).toContain(`${path.join(dir, 'a.yaml')}:3:10  persona: unknown persona "sdrr"`);
  expect(edited.output).toBe(uncached.output);
});

test('validate keeps its cache in .persona-ux/cache of the working directory, and none with PERSONA_UX_CACHE=off', async () => {
  const dir = scenarioDir({ 'a.yaml': text(validScenario()) });
  const kept = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-cwd-'));
  const cached = await runCli(['validate', '--offline', dir], { cwd: kept });
  expect(cached.code, cached.output).toBe(0);
  expect(readdirSync(path.join(kept, '.persona-ux', 'cache'))).toEqual(['scenario-files.v8']);

  const none = mkdtempSync(path.join(os.tmpdir(), 'persona-ux-cwd-'));
  const off = await runCli(['validate', '--offline', dir], { cwd: none, env: { PERSONA_UX_CACHE: 'off' } });
  expect(off.code, off.output).toBe(0);
  expect(off.output).toBe(cached.output);
  expect(existsSync(path.join(none, '.persona-ux'))).toBe(false);
});
