import { expect, test } from '@playwright/test';
import { nameReferences } from '../../runner/org-names';
import { builtRecord, builtScenario, referenceLine } from './scenario-files';

/** The AE's scenario with a deal whose stage is a template, and these steps. */
const scenario = (steps: Record<string, unknown>[]) =>
  builtScenario(steps, {
    persona: { name: 'ae', username: 'ava.ae@acme-demo.example', capability: {} },
    data: [builtRecord('deal', 'Opportunity', { Name: 'D', StageName: '{{persona.name}}' })],
  });

test('fields in steps belong to the record last opened, or to the object a step names itself', () => {
  const references = nameReferences(
    scenario([
      { kind: 'open', record: 'deal' },
      { kind: 'expect', visible: ['Amount'], hidden: [], readOnly: [], values: { StageName: 'Closed Won' } },
      { kind: 'create', sobject: 'Case', recordType: 'Support', fields: { Subject: 'Help' } },
    ]),
  );
  const names = references.map(referenceLine);
  expect(names).toEqual([
    'user ava.ae@acme-demo.example ae @ persona',
    'object Opportunity @ data.deal.sobject',
    'field Opportunity Name @ data.deal.fields.Name',
    'fieldValue Opportunity Name D data @ data.deal.fields.Name',
    'picklistValue Opportunity Name D value true @ data.deal.fields.Name',
    'field Opportunity StageName @ data.deal.fields.StageName',
    'fieldValue Opportunity StageName {{persona.name}} data @ data.deal.fields.StageName',
    'field Opportunity Amount @ steps.1.expect.visible.0',
    'field Opportunity StageName @ steps.1.expect.values.StageName',
    'fieldValue Opportunity StageName Closed Won shown {"usernames":["ava.ae@acme-demo.example"]} @ steps.1.expect.values.StageName',
    'picklistValue Opportunity StageName Closed Won valueOrLabel @ steps.1.expect.values.StageName',
    'object Case @ steps.2.create.sobject',
    'recordType Case Support @ steps.2.create.recordType',
    'field Case Subject @ steps.2.create.fields.Subject',
    'fieldValue Case Subject Help form {"usernames":["ava.ae@acme-demo.example"]} @ steps.2.create.fields.Subject',
    'picklistValue Case Subject Help valueOrLabel @ steps.2.create.fields.Subject',
  ]);
});

test('the field a create step expects its error under is a field of the created object, written as a value', () => {
  const references = nameReferences(
    scenario([
      { kind: 'open', record: 'deal' },
      { kind: 'create', sobject: 'Case', fields: {}, expectError: 'Enter', expectErrorOn: 'Subject' },
    ]),
  );
  expect(references.filter((reference) => reference.path[0] === 'steps').map(referenceLine)).toEqual([
    'object Case @ steps.1.create.sobject',
    'field Case Subject true @ steps.1.create.expectErrorOn',
  ]);
});

test('a step before any open and without an object of its own names no fields', () => {
  const references = nameReferences(
    scenario([{ kind: 'expect', visible: ['Amount'], hidden: [], readOnly: [], values: {} }]),
  );
  expect(references.filter((reference) => reference.path[0] === 'steps')).toEqual([]);
});
