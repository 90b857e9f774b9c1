import path from 'node:path';

/**
 * Checks of run's flags that Playwright would only make after the admin has signed in: each returns what to
 * write instead, or undefined when the value is usable.
 */

/** --workers: a number of workers, or a share of the machine's cores, as Playwright takes them. */
export function workersProblem(value: string | undefined): string | undefined {
  if (value === undefined || /^[1-9]\d*$/.test(value)) return undefined;
  const percent = /^(\d+)%$/.exec(value);
  if (percent && Number(percent[1]) >= 1 && Number(percent[1]) <= 100) return undefined;
  return `--workers expects a number of workers (1 or more) or a share of the cores from 1% to 100%, e.g. --workers 2 or --workers 50%, but got "${value}".`;
}

/** --shard I/N: the I-th of N shards, 1 ≤ I ≤ N. */
export function shardProblem(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const shard = /^([1-9]\d*)\/([1-9]\d*)$/.exec(value);
  if (!shard) return `--shard expects I/N, e.g. --shard 1/2, but got "${value}".`;
  const [index, total] = [Number(shard[1]), Number(shard[2])];
  if (index > total)
    return `--shard ${value} names shard ${index} of only ${total}: I must be from 1 to N, e.g. --shard ${total}/${total}.`;
  return undefined;
}

/**
 * --headed opens windows: a full Chromium does, a headless shell (chromium-headless-shell, e.g. set as
 * CHROMIUM_PATH) runs without one whatever it is told; on Linux a window also needs an X or Wayland display.
 * `browserPath` is the Chromium the run would start.
 */
export function headedProblem(
  headed: boolean | undefined,
  env: NodeJS.ProcessEnv,
  browserPath: string | undefined,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (!headed) return undefined;
  if (browserPath && /headless[-_]shell/i.test(path.basename(browserPath)))
    return `--headed opens a window, and the Chromium this run would start is a headless shell, which never opens one (${browserPath}): drop --headed, or set CHROMIUM_PATH to a full Chromium (e.g. /usr/bin/chromium) for this run.`;
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return undefined;
  return '--headed needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set: drop --headed, or run under xvfb-run (xvfb-run npx persona-ux run --headed).';
}
