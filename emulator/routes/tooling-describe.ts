import type { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { notFound, SalesforceError } from '../api/errors';

/**
 * Tooling API describes of the objects the emulator serves there (ProfileLayout), and Apex, which is not
 * emulated: executeAnonymous answers "not compiled" with the reason, runTests a Salesforce-shaped error.
 */
const PROFILE_LAYOUT_FIELDS: [string, string, string, string[]?, string?][] = [
  ['Id', 'Profile Layout ID', 'id'],
  ['TableEnumOrId', 'Entity Type ID', 'string'],
  ['LayoutId', 'Page Layout ID', 'reference', ['Layout'], 'Layout'],
  ['ProfileId', 'Profile ID', 'reference', ['Profile'], 'Profile'],
  ['RecordTypeId', 'Record Type ID', 'reference', ['RecordType'], 'RecordType'],
];

export const APEX_NOT_EMULATED =
  'Apex is not emulated by the persona-ux org emulator: run anonymous Apex and Apex tests against a real sandbox.';

function profileLayoutEntry(version: string) {
  const base = `/services/data/v${version}/tooling/sobjects/ProfileLayout`;
  return {
    name: 'ProfileLayout',
    label: 'Profile Layout',
    labelPlural: 'Profile Layouts',
    keyPrefix: '01G',
    custom: false,
    createable: false,
    updateable: false,
    deletable: false,
    queryable: true,
    retrieveable: true,
    searchable: false,
    layoutable: false,
    deprecatedAndHidden: false,
    urls: { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` },
  };
}

export function addToolingDescribes(api: Hono<ApiEnv>): void {
  api.get('/sobjects', (c) =>
    c.json({ encoding: 'UTF-8', maxBatchSize: 200, sobjects: [profileLayoutEntry(c.get('version'))] }),
  );
  api.get('/sobjects/:type/describe', (c) => {
    // An object the org's Tooling API lacks is NOT_FOUND; the CLI relies on this text to decide that a sandbox
    // has no source tracking (sfdx-core Org.supportsSourceTracking describes SourceMember).
    if (c.req.param('type').toLowerCase() !== 'profilelayout') throw notFound();
    return c.json({
      ...profileLayoutEntry(c.get('version')),
      fields: PROFILE_LAYOUT_FIELDS.map(([name, label, type, referenceTo = [], relationshipName = null]) => ({
        name,
        label,
        type,
        soapType: type === 'string' ? 'xsd:string' : 'tns:ID',
        length: type === 'string' ? 40 : 18,
        nillable: name === 'RecordTypeId',
        createable: false,
        updateable: false,
        filterable: true,
        groupable: true,
        sortable: true,
        custom: false,
        idLookup: name === 'Id',
        referenceTo,
        relationshipName,
        picklistValues: [],
      })),
      childRelationships: [],
      recordTypeInfos: [],
    });
  });

  // ExecuteAnonymousResult (Tooling API, "executeAnonymous"): not compiled, with the reason.
  api.get('/executeAnonymous', (c) =>
    c.json({
      line: -1,
      column: -1,
      compiled: false,
      success: false,
      compileProblem: APEX_NOT_EMULATED,
      exceptionStackTrace: null,
      exceptionMessage: null,
    }),
  );
  const noTests = () => {
    // Unconfirmed error code for an org that cannot run Apex tests.
    throw new SalesforceError(400, 'INVALID_OPERATION', APEX_NOT_EMULATED);
  };
  api.post('/runTestsSynchronous', noTests);
  api.post('/runTestsAsynchronous', noTests);
}
