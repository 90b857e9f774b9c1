import { expect, test } from '@playwright/test';
import type { Scenario, Step } from '../../../runner/model';
import { nameReferences } from '../../../runner/org-names';

const at = { file: 'x.yaml', line: 1, column: 1 };

test('editable, required, highlights and offers name fields and picklist values the org must have', () => {
  const scenario = {
    id: 'x',
    title: 't',
    persona: { name: 'ae', capability: {} },
    reason: 'r',
    ticket: 'T-1',
    tags: [],
    data: [{ key: 'deal', sobject: 'Opportunity', fields: {}, autoAssign: false, location: at }],
    steps: [
      { kind: 'open', record: 'deal' },
      {
        kind: 'expect',
        visible: [],
        hidden: [],
        readOnly: [],
        values: {},
        editable: ['Amount'],
        required: ['CloseDate'],
        highlights: ['Amount'],
        offers: { StageName: ['Qualification', 'Closed Won'] },
      },
    ].map((step) => ({ ...step, title: 't', location: at }) as unknown as Step),
    file: 'x.yaml',
    location: at,
  } as unknown as Scenario;
  const names = nameReferences(scenario)
    .filter((reference) => reference.path[0] === 'steps')
    .map(({ path, ...rest }) => `${Object.values(rest).join(' ')} @ ${path.join('.')}`);
  expect(names).toEqual([
    'field Opportunity Amount @ steps.1.expect.editable.0',
    'field Opportunity CloseDate @ steps.1.expect.required.0',
    'field Opportunity Amount @ steps.1.expect.highlights.0',
    'field Opportunity StageName @ steps.1.expect.offers.StageName',
    'picklistValue Opportunity StageName Qualification valueOrLabel @ steps.1.expect.offers.StageName.0',
    'picklistValue Opportunity StageName Closed Won valueOrLabel @ steps.1.expect.offers.StageName.1',
  ]);
});
