import path from 'node:path';
import dotenv from 'dotenv';

/** Loads .env from the working directory (a real org's settings); variables already set win. */
export function loadDotEnv(): void {
  dotenv.config({ path: path.resolve('.env'), quiet: true });
}
