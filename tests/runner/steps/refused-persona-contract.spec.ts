import { expect, test } from '@playwright/test';
import { type RunningEmulator, startEmulator } from '../../../emulator';
import { checkPersonaContracts } from '../../../fixtures/persona-contract';
import { adminConnection } from '../../e2e/cli-run';

/** A persona kept to prove a refused Login-As needs its user in that state: positive evidence, never luck. */
let emulator: RunningEmulator;
test.beforeAll(async () => {
  emulator = await startEmulator();
});
test.afterAll(async () => emulator?.stop());

test('loginRefused: frozen or inactive in personas.yaml is a user state the contract requires', async () => {
  const org = await adminConnection(emulator);
  const results = await checkPersonaContracts(org, [
    { name: 'frozen-ae', username: 'felix.frozen@acme-demo.example', loginRefused: 'frozen', capability: {} },
    {
      name: 'former-sdr',
      username: 'olivia.former@acme-demo.example',
      loginRefused: 'inactive',
      capability: {},
    },
    { name: 'not-frozen', username: 'ava.ae@acme-demo.example', loginRefused: 'frozen', capability: {} },
    {
      name: 'not-inactive',
      username: 'felix.frozen@acme-demo.example',
      loginRefused: 'inactive',
      capability: {},
    },
    { name: 'plain-frozen', username: 'felix.frozen@acme-demo.example', capability: {} },
  ]);
  expect(results.map(({ persona, ok, message }) => ({ persona, ok, message }))).toEqual([
    {
      persona: 'frozen-ae',
      ok: true,
      message: expect.stringContaining('expected refused (frozen), and the user is frozen'),
    },
    {
      persona: 'former-sdr',
      ok: true,
      message: expect.stringContaining('expected refused (inactive), and the user is inactive'),
    },
    {
      persona: 'not-frozen',
      ok: false,
      message:
        'Persona "not-frozen": user ava.ae@acme-demo.example is not frozen (UserLogin.IsFrozen is false), but the persona ' +
        'declares loginRefused: frozen. Freeze the user or point the persona at a frozen one.',
    },
    {
      persona: 'not-inactive',
      ok: false,
      message:
        'Persona "not-inactive": user felix.frozen@acme-demo.example is active, but the persona declares loginRefused: ' +
        'inactive. Deactivate the user or point the persona at an inactive one.',
    },
    {
      persona: 'plain-frozen',
      ok: false,
      message: expect.stringContaining('user felix.frozen@acme-demo.example is frozen (UserLogin.IsFrozen)'),
    },
  ]);
});
