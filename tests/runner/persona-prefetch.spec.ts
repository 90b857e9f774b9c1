import { expect, test } from '@playwright/test';
import { startEmulator } from '../../emulator';
import type { OrgConnection } from '../../fixtures/org-connection';
import { resolvePersonaUser, startResolvingPersonas } from '../../fixtures/persona-login';
import { adminConnection } from '../e2e/cli-run';

/** Counts the SOQL queries an admin connection makes, and the most it has in flight at once. */
function countQueries(org: OrgConnection) {
  const query = org.conn.query.bind(org.conn);
  const counts = { made: 0, inFlight: 0, most: 0 };
  org.conn.query = ((soql: string) => {
    counts.made++;
    counts.inFlight++;
    counts.most = Math.max(counts.most, counts.inFlight);
    return Promise.resolve(query(soql)).finally(() => {
      counts.inFlight--;
    });
  }) as unknown as typeof org.conn.query;
  return counts;
}

const sdr = { name: 'sdr', username: 'sam.sdr@acme-demo.example' };
const csm = { name: 'csm', username: 'casey.csm@acme-demo.example' };
const ghost = { name: 'ghost', username: 'nobody.here@acme-demo.example' };

test('the run’s personas are asked for one at a time ahead of the tests, which then find them answered', async () => {
  const emulator = await startEmulator({ port: 0 });
  try {
    const single = await adminConnection(emulator);
    const onePersona = countQueries(single);
    await resolvePersonaUser(single, csm);

    const org = await adminConnection(emulator);
    const counts = countQueries(org);
    await startResolvingPersonas(org, [sdr, ghost, csm], undefined);
    const asked = counts.made;
    // The persona that is not in the org fails the test that uses it, with the usual explanation.
    await expect(resolvePersonaUser(org, ghost)).rejects.toThrow(
      /no user with username nobody\.here@acme-demo\.example in org/,
    );
    expect((await resolvePersonaUser(org, csm)).username).toBe(csm.username);
    expect((await resolvePersonaUser(org, sdr)).username).toBe(sdr.username);
    expect(counts.made, 'the personas asked for ahead are not asked for again').toBe(asked);
    expect(counts.most, 'no more queries at once than for one persona').toBe(onePersona.most);
  } finally {
    await emulator.stop();
  }
});
