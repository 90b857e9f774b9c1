import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../emulator';
import { SHADOW_MODES } from '../../emulator/org/profile-names';
import { demoOrg } from '../emulator/helpers';
import { appLauncherMenu, appLauncherModal, appNavigation } from './chains/app-navigation';
import {
  addProductsPicker,
  approvalHistoryAndProducts,
  editSelectedProducts,
} from './chains/approvals-products';
import { dynamicFormsRecordPage } from './chains/dynamic-forms';
import { listView } from './chains/list-view';
import { path, toast } from './chains/path';
import { pathClosedStageDialog, recordTypeStep } from './chains/record-create';
import {
  dateTimePickers,
  multiSelectAndRichText,
  recordEditModal,
  recordSaveErrors,
} from './chains/record-modal';
import { recordActionsMenuLoading, recordActionsOverflow, recordHome } from './chains/record-page';
import { relatedListPage, relatedLists } from './chains/related-lists';
import {
  classicUserPage,
  grantLoginAccess,
  loginAccessPolicies,
  loginAsBanner,
  setupUserPage,
} from './chains/setup';
import { loadingSpinner } from './chains/spinner';
import type { ChainGroup } from './chains/types';
import { type ChainResult, checkChain } from './conformance-check';
import { resolveChain, UTAM_VERSION } from './utam';

/**
 * The emulator's Lightning markup against Salesforce's own page objects (salesforce-pageobjects): every
 * chain names UTAM elements from a root component down, and each element must be found where UTAM
 * declares it — inside its host's shadow root or in its light DOM (slotted) — in native shadow, and under
 * its host with no shadow roots at all in LWC's synthetic shadow. Upgrading salesforce-pageobjects makes
 * this test name every chain whose markup Salesforce changed.
 */
const GROUPS: ChainGroup[] = [
  recordHome,
  dynamicFormsRecordPage,
  recordActionsOverflow,
  recordActionsMenuLoading,
  recordEditModal,
  recordSaveErrors,
  multiSelectAndRichText,
  dateTimePickers,
  listView,
  appNavigation,
  appLauncherMenu,
  appLauncherModal,
  path,
  toast,
  pathClosedStageDialog,
  recordTypeStep,
  setupUserPage,
  classicUserPage,
  loginAccessPolicies,
  grantLoginAccess,
  loginAsBanner,
  relatedLists,
  relatedListPage,
  loadingSpinner,
  approvalHistoryAndProducts,
  addProductsPicker,
  editSelectedProducts,
];
const MINIMUM_CHAINS = 60;

test.describe.configure({ mode: 'serial' });

const results: Array<{ mode: string; component: string; chain: string; result: ChainResult }> = [];

for (const mode of SHADOW_MODES) {
  test(`Lightning markup matches salesforce-pageobjects ${UTAM_VERSION} in ${mode} shadow`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    let emulator: RunningEmulator | undefined;
    try {
      emulator = await startEmulator({
        org: demoOrg((org) => {
          org.recordUi.visibleActions = 1;
        }),
        shadowMode: mode,
      });
      for (const group of GROUPS) {
        const own =
          group.latency || group.org
            ? await startEmulator({
                shadowMode: mode,
                latency: group.latency,
                org: group.org ? demoOrg(group.org) : undefined,
              })
            : undefined;
        try {
          await group.open(page, own ?? emulator);
          for (const entry of group.chains) {
            const { chain, root } = typeof entry === 'string' ? { chain: entry, root: undefined } : entry;
            const resolved = resolveChain(chain, root);
            const result = await checkChain(page, resolved.root, resolved.steps, mode);
            results.push({ mode, component: group.component, chain, result });
          }
        } finally {
          await own?.stop();
        }
      }
    } finally {
      await emulator?.stop();
    }
    const mine = results.filter((row) => row.mode === mode);
    const failed = mine.filter((row) => !row.result.ok);
    console.log(
      `\nUTAM conformance, ${mode} shadow: ${mine.length - failed.length}/${mine.length} chains\n` +
        mine
          .map(
            (row) =>
              `${row.result.ok ? 'ok  ' : 'FAIL'} ${row.component}: ${row.chain}${row.result.failure ? `\n       ${row.result.failure}` : ''}`,
          )
          .join('\n'),
    );
    expect(failed.map((row) => `${row.component}: ${row.chain}: ${row.result.failure}`)).toEqual([]);
    expect(mine.length).toBeGreaterThanOrEqual(MINIMUM_CHAINS);
  });
}
