import { createHash } from 'node:crypto';

/**
 * A stable id for something the emulator has no record row for (layouts, profile-layout assignments, flows,
 * validation rules): the key prefix and 15 characters derived from a seed, the same on every start.
 */
export function derivedId(prefix: string, seed: string): string {
  const digest = createHash('sha1')
    .update(seed)
    .digest('base64')
    .replace(/[^A-Za-z0-9]/g, '');
  return `${prefix}${digest.slice(0, 15)}`;
}
