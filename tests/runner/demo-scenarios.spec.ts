import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadScenarios, validateScenarios } from '../../runner/loader';
import { DEMO_SCENARIOS } from './scenario-files';

/** What an expect step that checks none of the record page's layout and form holds for them. */
const NO_PAGE_CHECKS = {
  editable: [],
  required: [],
  offers: {},
  sections: [],
  sectionsAbsent: [],
  relatedLists: [],
  relatedListsAbsent: [],
  actions: [],
  actionsAbsent: [],
  highlights: [],
};

test('the demo scenarios load without errors, in file order, each named after its id', () => {
  const { scenarios, errors } = loadScenarios([DEMO_SCENARIOS]);
  expect(errors).toEqual([]);
  const files = scenarios.map((scenario) => path.basename(scenario.file));
  expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  expect(files).toEqual(scenarios.map((scenario) => `${scenario.id}.yaml`));
  expect(files).toContain('sdr-sees-routed-lead.yaml');
});

test('the SDR scenario is modelled with its persona, data, steps and their locations', () => {
  const file = path.join(DEMO_SCENARIOS, 'sdr-sees-routed-lead.yaml');
  const { scenarios, errors } = loadScenarios([file]);
  expect(errors).toEqual([]);
  expect(scenarios).toEqual([
    {
      id: 'sdr-sees-routed-lead',
      title: 'SDR sees a new lead with its score, without internal revenue',
      persona: {
        name: 'sdr',
        file: path.join(DEMO_SCENARIOS, 'personas.yaml'),
        username: 'sam.sdr@acme-demo.example',
        description: 'Sales Development Rep — works new inbound leads',
        capability: {
          profile: 'Sales Development Rep',
          permissionSets: [],
          permissionSetGroups: [],
          role: 'Sales Development',
          queues: ['SDR_Queue'],
        },
      },
      reason: 'Pre-release persona check for lead routing',
      ticket: 'REVOPS-142',
      tags: ['lead-routing', 'release'],
      data: [
        {
          key: 'lead',
          sobject: 'Lead',
          fields: { LastName: 'Persona {{run.id}}', Company: 'Acme', OwnerId: '{{persona.id}}' },
          autoAssign: false,
          location: { file, line: 8, column: 3 },
        },
      ],
      steps: [
        {
          kind: 'open',
          record: 'lead',
          title: 'open record "lead"',
          location: { file, line: 13, column: 5 },
        },
        {
          kind: 'expect',
          visible: ['Status', 'Lead_Score__c'],
          hidden: ['Internal_Revenue__c', 'Rating'],
          readOnly: ['Lead_Score__c'],
          values: {},
          ...NO_PAGE_CHECKS,
          title:
            'expect visible: Status, Lead_Score__c; hidden: Internal_Revenue__c, Rating; read-only: Lead_Score__c',
          location: { file, line: 14, column: 5 },
        },
      ],
      file,
      location: { file, line: 1, column: 1 },
    },
  ]);
});

test('the AE scenario expects all four lead fields visible, on a lead the AE owns', () => {
  const { scenarios } = loadScenarios([path.join(DEMO_SCENARIOS, 'ae-sees-lead-revenue.yaml')]);
  const [scenario] = scenarios;
  expect(scenario?.persona).toMatchObject({ name: 'ae', capability: { profile: 'Account Executive' } });
  expect(scenario?.data[0]?.fields.OwnerId).toBe('{{persona.id}}');
  expect(scenario?.steps.map(({ location: _, title: __, ...step }) => step)).toEqual([
    { kind: 'open', record: 'lead' },
    {
      kind: 'expect',
      visible: ['Status', 'Rating', 'Internal_Revenue__c', 'Lead_Score__c'],
      hidden: [],
      readOnly: [],
      values: {},
      ...NO_PAGE_CHECKS,
    },
  ]);
});

test('relative inputs give relative file names', () => {
  const relative = path.relative(process.cwd(), DEMO_SCENARIOS);
  const { scenarios } = loadScenarios([relative]);
  expect(scenarios.length).toBeGreaterThan(0);
  for (const { file, location } of scenarios) {
    expect(file.startsWith(`${relative}${path.sep}`), file).toBe(true);
    expect(path.isAbsolute(location.file), location.file).toBe(false);
  }
});

test('validate says quietly, in counts, that the scenarios are valid', () => {
  const { ok, report } = validateScenarios([DEMO_SCENARIOS]);
  expect(ok).toBe(true);
  expect(report).toMatch(
    /^\d+ scenarios? valid: \d+ personas? \(.+\) from \S+personas\.yaml, \d+ test records?, \d+ steps?\.$/,
  );
  expect(report).toContain('sdr ');
});
