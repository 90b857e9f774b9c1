import { expect, test } from '@playwright/test';
import {
  expectLoadError,
  expectOneError,
  loadOne,
  matrixScenario,
  replaceLine,
  validScenario,
} from './scenario-files';

test('the valid base scenario used below has no errors', () => {
  expect(loadOne(validScenario()).errors).toEqual([]);
});

test('an unknown key points at the key and lists the valid ones', () => {
  expectLoadError(replaceLine(validScenario(), 13, '      visibel: [Status]'), {
    at: '13:7',
    path: 'steps[1].expect.visibel',
    says: [
      'unknown key "visibel"',
      'Expected one of: visible, hidden, readOnly, values, editable, required, offers, sections, sectionsAbsent, relatedLists, relatedListsAbsent, actions, actionsAbsent, highlights',
      'Did you mean "visible"?',
    ],
  });
});

test('a missing required key points at the mapping that lacks it and shows an example', () => {
  expectLoadError(
    validScenario().filter((line) => !line.startsWith('ticket:')),
    {
      at: '1:1',
      path: 'ticket',
      says: ['required key "ticket" is missing', 'justifies impersonating a user', 'ticket: REVOPS-142'],
    },
  );
});

test('a missing key in a nested mapping points at that mapping', () => {
  expectLoadError(
    validScenario().filter((line) => !line.includes('sobject:')),
    { at: '8:5', path: 'data.lead.sobject', says: ['required key "sobject"', 'sobject: Lead'] },
  );
});

test('an empty reason is rejected with an example', () => {
  expectLoadError(replaceLine(validScenario(), 4, 'reason: ""'), {
    at: '4:9',
    path: 'reason',
    says: ['"reason" is empty', 'reason: '],
  });
});

test('a field list written as text says how to write the list', () => {
  expectLoadError(replaceLine(validScenario(), 13, '      visible: Status'), {
    at: '13:16',
    path: 'steps[1].expect.visible',
    says: ['Expected a list of field API names', 'but got the text "Status"', 'write visible: [Status]'],
  });
});

test('a number where text is expected says to quote it', () => {
  expectLoadError(replaceLine(validScenario(), 5, 'ticket: 142'), {
    at: '5:9',
    path: 'ticket',
    says: ['Expected text, but got the number 142', 'ticket: "142"'],
  });
});

test('true/false settings reject other values', () => {
  expectLoadError([...validScenario().slice(0, 9), '    autoAssign: yes', ...validScenario().slice(9)], {
    at: '10:17',
    path: 'data.lead.autoAssign',
    says: ['Expected true or false', 'the text "yes"'],
  });
});

test('an unknown step kind lists the valid kinds', () => {
  expectLoadError(replaceLine(validScenario(), 11, '  - tap: { record: lead }'), {
    at: '11:5',
    path: 'steps[0].tap',
    says: ['unknown step kind "tap"', 'Expected one of: open, expect, edit, listView'],
  });
});

test('a step written as bare text shows the step form', () => {
  expectLoadError(replaceLine(validScenario(), 11, '  - open'), {
    at: '11:5',
    path: 'steps[0]',
    says: [
      'Expected a step',
      'open or expect or edit or listView',
      'but got the text "open"',
      '- open: { record: lead }',
    ],
  });
});

test('a step with two kinds asks for one list item each', () => {
  expectLoadError(
    replaceLine(validScenario(), 11, '  - { open: { record: lead }, expect: { hidden: [Rating] } }'),
    { at: '11:5', path: 'steps[0]', says: ['one step kind per list item', 'got 2: open, expect'] },
  );
});

test('an expect step must check at least one field', () => {
  const lines = [...validScenario().slice(0, 11), '  - expect: {}'];
  expectLoadError(lines, {
    at: '12:13',
    path: 'steps[1].expect',
    says: ['at least one field to check', 'expect: { visible: [Status] }'],
  });
});

test('a scenario needs at least one step', () => {
  expectLoadError([...validScenario().slice(0, 9), 'steps: []'], {
    at: '10:8',
    path: 'steps',
    says: ['at least one step', 'steps: [{ open: { record: lead } }]'],
  });
});

test('a field label instead of an API name is rejected in an expectation', () => {
  expectLoadError(replaceLine(validScenario(), 13, '      visible: [Status, Lead Score]'), {
    at: '13:25',
    path: 'steps[1].expect.visible[1]',
    says: ['"Lead Score" is not a field API name', 'Lead_Score__c'],
  });
});

test('a field label instead of an API name is rejected in data fields, at the key', () => {
  expectLoadError(replaceLine(validScenario(), 9, '    fields: { "Last Name": Doe, Company: Acme }'), {
    at: '9:15',
    path: 'data.lead.fields["Last Name"]',
    says: ['"Last Name" is not a field API name'],
  });
});

test('an sObject name must be an API name', () => {
  expectLoadError(replaceLine(validScenario(), 8, '    sobject: Sales Lead'), {
    at: '8:14',
    path: 'data.lead.sobject',
    says: ['Expected an sObject API name', 'the text "Sales Lead"'],
  });
});

test('an unknown placeholder lists the known ones', () => {
  expectLoadError(
    replaceLine(validScenario(), 9, '    fields: { LastName: "P {{run.idd}}", Company: Acme }'),
    {
      at: '9:25',
      path: 'data.lead.fields.LastName',
      says: [
        'unknown placeholder "{{run.idd}}"',
        'Expected one of: {{run.id}}, {{persona.id}}, {{persona.username}}, {{persona.name}}, {{scenario.id}}, {{data.<data key>.Id}}',
        '{{today+30}}',
        'Did you mean "{{run.id}}"?',
      ],
    },
  );
});

test('a placeholder missing a brace is an error, not text sent to the org as written', () => {
  const cases: [string, string, string][] = [
    ['P {{run.id', '"{{run.id" is not a placeholder', 'write "{{run.id}}"'],
    ['P {{run.id}', '"{{run.id}" is not a placeholder', 'write "{{run.id}}"'],
    ['P {run.id}}', '"{run.id}}" is not a placeholder', 'write "{{run.id}}"'],
    ['P {persona.name}', '"{persona.name}" is not a placeholder', 'write "{{persona.name}}"'],
    ['P {{run.id}} }}', '"}}" is not a placeholder', 'e.g. "{{run.id}}"'],
  ];
  for (const [value, ...says] of cases) {
    expectLoadError(replaceLine(validScenario(), 9, `    fields: { LastName: "${value}", Company: Acme }`), {
      at: '9:25',
      path: 'data.lead.fields.LastName',
      says: [...says, 'would reach the org as written'],
    });
  }
});

test('braces that hold no placeholder name are text', () => {
  const { errors } = loadOne(
    replaceLine(validScenario(), 9, '    fields: { LastName: "Doe {north}", Company: "{ Acme }" }'),
  );
  expect(errors).toEqual([]);
});

test('an unquoted placeholder (read by YAML as a mapping) says to quote it', () => {
  expectLoadError(replaceLine(validScenario(), 9, '    fields: { LastName: Doe, OwnerId: {{persona.id}} }'), {
    at: '9:39',
    path: 'data.lead.fields.OwnerId',
    says: ['but got a mapping', 'must be in quotes', 'OwnerId: "{{persona.id}}"'],
  });
});

test('a scenario id must be kebab-case, with a suggestion', () => {
  expectLoadError(replaceLine(validScenario(), 1, 'id: SdrChecksLead'), {
    at: '1:5',
    path: 'id',
    says: ['Expected a kebab-case id', '"SdrChecksLead"', 'id: sdr-checks-lead'],
  });
});

test('several mistakes in one file are all reported, in file order', () => {
  const lines = replaceLine(replaceLine(validScenario(), 13, '      visibel: [Status]'), 4, 'reason: ""');
  const { errors } = loadOne(lines.filter((line) => !line.startsWith('title:')));
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual([
    '1:1 title',
    '3:9 reason',
    '12:7 steps[1].expect.visibel',
  ]);
});

test('expected values: a list instead of a mapping, a nested value and an unknown placeholder are each pointed at', () => {
  expectLoadError(replaceLine(validScenario(), 13, '      values: [OwnerId]'), {
    at: '13:15',
    path: 'steps[1].expect.values',
    says: ['Expected a mapping of field API names to the text they show', 'values: { OwnerId: Sam Rivera }'],
  });
  expectLoadError(replaceLine(validScenario(), 13, '      values: { Rating: { text: Hot } }'), {
    at: '13:25',
    path: 'steps[1].expect.values.Rating',
    says: ['Expected the text the field shows'],
  });
  expectLoadError(replaceLine(validScenario(), 13, '      values: { Status: Open, Rating: null }'), {
    at: '13:39',
    path: 'steps[1].expect.values.Rating',
    says: [
      'Expected the text the field shows (e.g. Hot), but got an empty value. Write Rating: "" to expect the field empty.',
    ],
  });
  expect(loadOne(replaceLine(validScenario(), 13, '      values: { Rating: "" }')).errors).toEqual([]);
  expectLoadError(replaceLine(validScenario(), 13, '      values: { OwnerId: "{{persona.nam}}" }'), {
    at: '13:26',
    path: 'steps[1].expect.values.OwnerId',
    says: ['unknown placeholder "{{persona.nam}}"', 'Did you mean "{{persona.name}}"?'],
  });
});

test('an edit step: fields are required, by API name, with plain values', () => {
  const editing = (text: string) => loadOne([...validScenario().slice(0, 11), text]);
  const valid = editing('  - edit: { fields: { StageName: Closed Won }, expectError: Enter an Amount }');
  expect(valid.errors).toEqual([]);

  const noFields = editing('  - edit: { expectError: Enter an Amount }');
  expectOneError(noFields.errors, {
    file: noFields.file,
    line: 12,
    column: 11,
    path: 'steps[1].edit.fields',
    says: ['required key "fields" is missing', 'edit: { fields: { Rating: Warm } }'],
  });
  const label = editing('  - edit: { fields: { Lead Status: Working } }');
  expect(label.errors[0]?.message).toContain('is not a field API name');
  const nested = editing('  - edit: { fields: { Rating: [Hot] } }');
  expectOneError(nested.errors, {
    file: nested.file,
    line: 12,
    column: 31,
    path: 'steps[1].edit.fields.Rating',
    says: ['Expected the value to enter', 'StageName: Closed Won'],
  });
  const empty = editing('  - edit: { fields: {} }');
  expect(empty.errors[0]?.message).toContain('Expected at least one field to change');
});

test('a list view step names its object and view, and at least one record to look for', () => {
  const step = (text: string) => loadOne([...validScenario().slice(0, 11), text]);
  expect(step('  - listView: { object: Lead, view: MyOpenLeads, includes: [lead] }').errors).toEqual([]);
  const noView = step('  - listView: { object: Lead, includes: [lead] }');
  expectOneError(noView.errors, {
    file: noView.file,
    line: 12,
    column: 15,
    path: 'steps[1].listView.view',
    says: ['required key "view" is missing', 'view: MyOpenLeads'],
  });
  const label = step('  - listView: { object: Lead, view: My Open Leads, includes: [lead] }');
  expect(label.errors[0]?.message).toContain(
    'Expected the list view API name (e.g. MyOpenLeads), not its label.',
  );
  const nothing = step('  - listView: { object: Lead, view: MyOpenLeads }');
  expect(nothing.errors[0]?.message).toContain('Expected includes, excludes or rows.');
});

test('several unknown keys are each reported at their own key, each with its own suggestion', () => {
  const { errors } = loadOne([
    ...validScenario().slice(0, 12),
    '      visibel: [Status]',
    '      hiden: [Rating]',
  ]);
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual([
    '13:7 steps[1].expect.visibel',
    '14:7 steps[1].expect.hiden',
  ]);
  expect(errors[0]?.message).toContain('unknown key "visibel"');
  expect(errors[0]?.message).toContain('Did you mean "visible"?');
  expect(errors[1]?.message).toContain('unknown key "hiden"');
  expect(errors[1]?.message).toContain('Did you mean "hidden"?');
});

test('swapped letters and a short name two letters off still get a suggestion', () => {
  const swapped = loadOne([...validScenario().slice(0, 10), '  - opne: { record: lead }']);
  expect(swapped.errors[0]?.message).toContain('Did you mean "open"?');
  const short = loadOne(replaceLine(validScenario(), 13, '      valeus: { Rating: Hot }'));
  expect(short.errors[0]?.message).toContain('Did you mean "values"?');
});

test('a mistake that shows what was meant gets that back: a mapping for a list, true for a name, fields beside fields:', () => {
  const step = (text: string) => loadOne([...validScenario().slice(0, 11), text]);
  expect(step('  - expect: { hidden: { Rating: true } }').errors[0]?.message).toContain(
    'write hidden: [Rating]',
  );
  expect(step('  - screenshot: true').errors[0]?.message).toContain(
    '"screenshot" takes text, not true. Name the screenshot',
  );
  const edit = step('  - edit: { StageName: Closed Won }').errors.find((error) =>
    error.path.endsWith('StageName'),
  );
  expect(edit?.message).toContain('Fields go under fields: write edit: { fields: { StageName: … } }');
  const create = step('  - create: { sobject: Lead, LastName: Doe, fields: { Company: Acme } }').errors[0];
  expect(create?.message).toContain('write create: { fields: { LastName: … } }');
  const errorOn = step('  - edit: { fields: { Rating: Warm }, expectError: x, expectErrorOn: Rating }')
    .errors[0];
  expect(errorOn?.message).toContain('Only create takes expectErrorOn');
});

test('a key written at the indent of its step kind is one error at that key, saying to indent it', () => {
  expectLoadError(replaceLine(validScenario(), 13, '    visible: [Status]'), {
    at: '13:5',
    path: 'steps[1].visible',
    says: ['visible: is at the indent of expect:; indent it 2 more spaces so it belongs to expect:'],
  });
  // Each misplaced key; a key the step kind does not know, and a step kind that takes no mapping, keep their errors.
  const { errors } = loadOne([
    ...validScenario().slice(0, 12),
    '    visible: [Status]',
    '    hidden: [Rating]',
    '    visibel: [Name]',
    '  - open:',
    '    record: lead',
    '  - screenshot:',
    '    name: x',
  ]);
  expect(errors.map(({ line, path, message }) => `${line} ${path} ${message.split('.')[0]}`)).toEqual([
    '13 steps[1].visible visible: is at the indent of expect:; indent it 2 more spaces so it belongs to expect:',
    '14 steps[1].hidden hidden: is at the indent of expect:; indent it 2 more spaces so it belongs to expect:',
    '15 steps[1].visibel unknown step kind "visibel"',
    '17 steps[2].record record: is at the indent of open:; indent it 2 more spaces so it belongs to open:',
    '18 steps[3].screenshot Expected text, but got an empty value',
    '19 steps[3].name unknown step kind "name"',
  ]);
});

test('a matrix file has no steps to misplace keys in: its steps, keys at the wrong indent or not, are one error', () => {
  const table = matrixScenario(['    Industry: { csm: edit }']);
  expectLoadError([...table, 'steps:', '  - expect:', '    visible: [Status]'], {
    at: '13:1',
    path: 'steps',
    says: ['a matrix scenario has no "steps"', 'Remove "steps"'],
  });
});
