import type { Page } from '@playwright/test';
import type { RunningEmulator } from '../../../emulator';
import type { LatencyProfileName } from '../../../emulator/latency';
import type { OrgDefinition } from '../../../emulator/org/schema';

/** Where a group of UTAM chains can be checked: a page in the state that shows its components. */
export interface ChainGroup {
  component: string;
  /** Brings `page` to that state, signed in as whoever the group needs. */
  open(page: Page, emulator: RunningEmulator): Promise<void>;
  /** Checked on an emulator of its own with this latency profile (a loading state needs the lightning profile). */
  latency?: LatencyProfileName;
  /** Checked on an emulator of its own whose demo org is changed so (a kind of page the demo org lacks). */
  org?: (org: OrgDefinition) => void;
  /** "file element element…", or with an explicit root host when the file is not a root page object. */
  chains: Array<string | { root: string; chain: string }>;
}
