import type { Page } from '@playwright/test';
import type { RunningEmulator } from '../../../emulator';

/** Where a group of UTAM chains can be checked: a page in the state that shows its components. */
export interface ChainGroup {
  component: string;
  /** Brings `page` to that state, signed in as whoever the group needs. */
  open(page: Page, emulator: RunningEmulator): Promise<void>;
  /** "file element element…", or with an explicit root host when the file is not a root page object. */
  chains: Array<string | { root: string; chain: string }>;
}
