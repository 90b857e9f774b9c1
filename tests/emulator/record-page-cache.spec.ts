import { expect, test } from '@playwright/test';
import { createEmulatorApp } from '../../emulator';
import { cachedRecordPageBody } from '../../emulator/html/record-page-cache';
import { updateRecord } from '../../emulator/save/dml';
import { Journal } from '../../emulator/save/journal';
import { AE, demoOrg } from './helpers';

// The record page body is cached per viewer and record until any record changes (bench/record-page.ts).
test('a cached record page shows every write, its undo, and differs per viewer', () => {
  const { state } = createEmulatorApp(demoOrg());
  const type = state.object('Lead');
  const admin = state.userByUsername('admin@acme-demo.example');
  const ae = state.userByUsername(AE.username);
  const lead = state.store.live('Lead').find((row) => row.Company === 'Globex');
  if (!type || !admin || !ae || !lead) throw new Error('demo org changed');

  const first = cachedRecordPageBody(state, ae, type, lead);
  expect(cachedRecordPageBody(state, ae, type, lead)).toBe(first);
  expect(first.toString()).toContain('Globex');

  updateRecord(state, type, lead, { Company: 'Globex Industrial' }, { user: admin });
  expect(cachedRecordPageBody(state, ae, type, lead).toString()).toContain('Globex Industrial');

  const journal = new Journal(state.store);
  updateRecord(state, type, lead, { Company: 'Globex Rolled Back' }, { user: admin, journal });
  expect(cachedRecordPageBody(state, ae, type, lead).toString()).toContain('Globex Rolled Back');
  journal.undo();
  const restored = cachedRecordPageBody(state, ae, type, lead).toString();
  expect(restored).toContain('Globex Industrial');
  expect(restored).not.toContain('Globex Rolled Back');

  // The SDR's layout leaves Rating out; the AE's shows it: never the other viewer's page.
  const sdr = state.userByUsername('sam.sdr@acme-demo.example');
  if (!sdr) throw new Error('demo org changed');
  expect(cachedRecordPageBody(state, sdr, type, lead).toString()).not.toBe(restored);
});

test('a write to another record leaves a kept page as the same bytes, and a write to the record renders anew', () => {
  const { state } = createEmulatorApp(demoOrg());
  const type = state.object('Lead');
  const admin = state.userByUsername('admin@acme-demo.example');
  const ae = state.userByUsername(AE.username);
  const leads = state.store.live('Lead');
  const lead = leads.find((row) => row.Company === 'Globex');
  const other = leads.find((row) => row.Company !== 'Globex');
  if (!type || !admin || !ae || !lead || !other) throw new Error('demo org changed');

  const first = cachedRecordPageBody(state, ae, type, lead);
  updateRecord(state, type, other, { Description: 'changed elsewhere' }, { user: admin });
  expect(cachedRecordPageBody(state, ae, type, lead)).toBe(first);

  updateRecord(state, type, lead, { Description: 'changed here' }, { user: admin });
  const changed = cachedRecordPageBody(state, ae, type, lead);
  expect(changed).not.toBe(first);
  expect(changed.toString()).toContain('changed here');
});
