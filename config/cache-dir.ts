import path from 'node:path';

/**
 * Where persona-ux keeps what it can reuse between runs: PERSONA_UX_CACHE, default .persona-ux/cache in the
 * working directory; "off" keeps nothing.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PERSONA_UX_CACHE === 'off') return undefined;
  return path.resolve(env.PERSONA_UX_CACHE || path.join('.persona-ux', 'cache'));
}
