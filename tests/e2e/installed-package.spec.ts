import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT, runCli, tempDir } from './cli-run';

/** The files `npm pack` puts in the published package, without the build (the package's prepack makes that). */
function packedSources(): string[] {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
  ) as { files: { path: string }[] }[];
  return packed.files.map((file) => file.path).filter((file) => !file.startsWith('dist/'));
}

/**
 * A project with persona-ux installed as npm installs it: the package's files in node_modules/persona-ux, built
 * there as its prepack builds it, its dependencies beside it; and two scenario files of the project's own.
 */
function projectWithPersonaUxInstalled(): { project: string; bin: string } {
  const project = tempDir('project');
  const installed = path.join(project, 'node_modules', 'persona-ux');
  const sources = packedSources();
  for (const file of sources) {
    mkdirSync(path.dirname(path.join(installed, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(installed, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(installed, 'node_modules'));
  execFileSync(process.execPath, [path.join(installed, 'bin', 'build-dist.cjs')], { stdio: 'pipe' });
  // npm writes the tarball's files in its order, the sources after dist/: every source is newer than the build.
  const later = new Date(Date.now() + 60_000);
  for (const file of sources) utimesSync(path.join(installed, file), later, later);
  mkdirSync(path.join(project, 'scenarios'));
  for (const file of ['personas.yaml', 'sdr-sees-routed-lead.yaml']) {
    cpSync(path.join(ROOT, 'scenarios', file), path.join(project, 'scenarios', file));
  }
  return { project, bin: path.join(installed, 'bin', 'persona-ux.cjs') };
}

// Playwright compiles no TypeScript under node_modules: an installed persona-ux hands it compiled files.
test('installed in a project, persona-ux validates and runs the project’s scenarios against the emulator', async () => {
  test.setTimeout(180_000);
  const { project, bin } = projectWithPersonaUxInstalled();
  const validated = await runCli(['validate', '--offline'], { cwd: project, bin });
  expect(validated.code, validated.output).toBe(0);
  const run = await runCli(['run', path.join('scenarios', 'sdr-sees-routed-lead.yaml'), '--shard', '1/1'], {
    cwd: project,
    bin,
  });
  expect(run.code, run.output).toBe(0);
  expect(run.output).toMatch(/1 scenario\(s\), 1 passed, 0 failed/);

  // The reports and the audit log are the project's: the next npm install would delete the package's folder.
  const reports = path.join(project, 'reports');
  expect(run.output).toContain(`junit  ${path.join('reports', 'junit.xml')}`);
  expect(readdirSync(path.join(reports, 'audit')).filter((file) => file.endsWith('.jsonl'))).toHaveLength(1);
  expect(readdirSync(path.join(reports, 'blob'))).toHaveLength(1);
  const packageReports = path.join(project, 'node_modules', 'persona-ux', 'reports');
  expect(existsSync(path.join(packageReports, 'audit'))).toBe(false);
  expect(existsSync(path.join(packageReports, 'junit.xml'))).toBe(false);

  // Merging a sharded run's reports hands Playwright the compiled reporters as well.
  const merged = await runCli(['merge', 'reports', '--out', 'merged'], { cwd: project, bin });
  expect(merged.code, merged.output).toBe(0);
  expect(merged.output).toContain('merged junit');
  expect(readFileSync(path.join(project, 'merged', 'junit.xml'), 'utf8')).toContain('sdr-sees-routed-lead');
});
