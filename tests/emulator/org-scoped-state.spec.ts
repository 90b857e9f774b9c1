import { expect, test } from '@playwright/test';
import { createEmulatorApp } from '../../emulator';
import { cachedRecordPageBody } from '../../emulator/html/record-page-cache';
import { latencyOf } from '../../emulator/latency';
import { AE, demoOrg } from './helpers';

// Two emulators in one process (the test runner, bench/) each keep their own latency and page caches.
test('two emulators in one process share no per-org state', () => {
  const slow = createEmulatorApp(demoOrg(), { latency: 'lightning' }).state;
  const quick = createEmulatorApp(demoOrg()).state;
  expect(latencyOf(slow).profile).toBe('lightning');
  expect(latencyOf(quick).profile).toBe('none');

  const pageOf = (state: typeof slow) => {
    const type = state.object('Lead');
    const ae = state.userByUsername(AE.username);
    const lead = state.store.live('Lead').find((row) => row.Company === 'Globex');
    if (!type || !ae || !lead) throw new Error('the demo org has no Globex lead or no AE');
    return cachedRecordPageBody(state, ae, type, lead);
  };
  const slowPage = pageOf(slow);
  expect(pageOf(slow)).toBe(slowPage);
  expect(pageOf(quick)).not.toBe(slowPage);
});
