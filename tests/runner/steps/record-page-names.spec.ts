import { expect, test } from '@playwright/test';
import { nameReferences } from '../../../runner/org-names';
import { builtRecord, builtScenario, referenceLine } from '../scenario-files';

test('editable, required, highlights and offers name fields and picklist values the org must have', () => {
  const scenario = builtScenario(
    [
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
    ],
    { data: [builtRecord('deal', 'Opportunity')] },
  );
  const names = nameReferences(scenario)
    .filter((reference) => reference.path[0] === 'steps')
    .map(referenceLine);
  expect(names).toEqual([
    'field Opportunity Amount @ steps.1.expect.editable.0',
    'field Opportunity CloseDate @ steps.1.expect.required.0',
    'field Opportunity Amount @ steps.1.expect.highlights.0',
    'field Opportunity StageName @ steps.1.expect.offers.StageName',
    'picklistValue Opportunity StageName Qualification valueOrLabel @ steps.1.expect.offers.StageName.0',
    'picklistValue Opportunity StageName Closed Won valueOrLabel @ steps.1.expect.offers.StageName.1',
  ]);
});
