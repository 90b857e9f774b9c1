import { expect, test } from '@playwright/test';
import { expectLoadError, expectOneError, loadOne, replaceLine, validScenario } from './scenario-files';

test('a list or mapping left open is reported where it opens, not at the next line, and the file yields no scenario', () => {
  const { file, errors, scenarios } = loadOne(replaceLine(validScenario(), 13, '      visible: [Status'));
  expect(scenarios).toEqual([]);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file, line: 13, column: 16 });
  expect(errors[0]?.message).toBe('this "[" is never closed: end the list with "]" on the same line.');
  // Before other lines: the package notices the "{" only at the next key.
  expectLoadError(replaceLine(validScenario(), 11, '  - open: { record: lead'), {
    at: '11:11',
    path: '',
    says: ['this "{" is never closed: end the mapping with "}" on the same line.'],
  });
});

test('a quote left open is reported where it opens, alone, not at the end of the file', () => {
  expectLoadError(replaceLine(validScenario(), 4, 'reason: "Persona check'), {
    at: '4:9',
    path: '',
    says: ['a " opened here is never closed: end the value with " on the same line'],
  });
  expectLoadError(replaceLine(validScenario(), 13, "      visible: ['Status]"), {
    at: '13:17',
    path: '',
    says: ["a ' opened here is never closed"],
  });
});

test('an empty file says what a scenario needs', () => {
  expectLoadError(['# to do'], {
    at: '1:1',
    path: '',
    says: ['file is empty', 'id, title, persona, reason, ticket'],
  });
});

test('a list at the top level is not a scenario', () => {
  expectLoadError(['- id: sdr-checks-lead'], {
    at: '1:1',
    path: '',
    says: ['Expected a scenario', 'but got a list'],
  });
});

test('a duplicate key points at the second occurrence', () => {
  expectLoadError([...validScenario().slice(0, 5), 'ticket: REVOPS-2', ...validScenario().slice(5)], {
    at: '6:1',
    path: 'ticket',
    says: ['duplicate key "ticket"', 'only once'],
  });
});

test('a duplicate field inside a flow mapping names the field path', () => {
  expectLoadError(replaceLine(validScenario(), 9, '    fields: { LastName: Doe, LastName: Roe }'), {
    at: '9:30',
    path: 'data.lead.fields.LastName',
    says: ['duplicate key "LastName"'],
  });
});

test('several YAML documents in one file are rejected: one scenario per file', () => {
  expectLoadError([...validScenario(), '---', 'id: another'], {
    at: '14:1',
    path: '',
    says: ['one scenario per file', 'own file'],
  });
});

test('a tab that indents a line is reported once, at the tab, with the line written with spaces', () => {
  const { file, errors } = loadOne(replaceLine(validScenario(), 8, '\tsobject: Lead'));
  expectOneError(errors, {
    file,
    line: 8,
    column: 1,
    path: '',
    says: [
      'a tab indents this line',
      'YAML indents with spaces only',
      'Write it as "    sobject: Lead" (4 spaces, no tab)',
    ],
  });
  // Under a key that opens a block, the line belongs two spaces deeper; a tab after spaces is found where it is.
  expectLoadError(replaceLine(validScenario(), 13, '  \t visible: [Status]'), {
    at: '13:3',
    path: '',
    says: ['Write it as "      visible: [Status]" (6 spaces, no tab)'],
  });
});

test('each line indented with a tab is reported, each with the indent its place needs', () => {
  const lines = replaceLine(
    replaceLine(validScenario(), 8, '\tsobject: Lead'),
    9,
    '\tfields: { LastName: Doe }',
  );
  const { errors } = loadOne(lines);
  expect(errors.map(({ line, column, path }) => ({ line, column, path }))).toEqual([
    { line: 8, column: 1, path: '' },
    { line: 9, column: 1, path: '' },
  ]);
  expect(errors[1]?.message).toContain('Write it as "    fields: { LastName: Doe }" (4 spaces, no tab)');
});

test('an unquoted ": " inside a value is reported at the value, with the value quoted, and no made-up path', () => {
  expectLoadError(replaceLine(validScenario(), 2, 'title: SDR: sees lead # draft'), {
    at: '2:8',
    path: '',
    says: ['a ": " inside a value starts a mapping; quote the value: title: "SDR: sees lead"'],
  });
  expectLoadError(
    replaceLine(validScenario(), 9, '    fields: { LastName: X, Description: Note: call back }'),
    {
      at: '9:41',
      path: '',
      says: ['a ": " inside a value starts a mapping; quote the value: Description: "Note: call back"'],
    },
  );
});

test('a "#" inside an unquoted value in a flow mapping is reported at the "#", not where the "{" is found open', () => {
  const lines = replaceLine(
    validScenario(),
    9,
    '    fields: { Subject: Broken #2, AccountId: "{{data.account.Id}}" }',
  );
  expectLoadError(lines, {
    at: '9:31',
    path: '',
    says: [
      '" #2, AccountId: "{{data.…" starts a comment',
      'so the "{" is never closed',
      'Quote the value: Subject: "Broken #2"',
    ],
  });
  // Also on the last line, in a flow sequence, and on each line where it happens.
  const more = loadOne([
    ...validScenario().slice(0, 12),
    '      visible: [Status, Bug #2, Name]',
    '  - expect: { values: { Name: Acme #3 } }',
  ]);
  expect(
    more.errors.map(({ line, column, message }) => `${line}:${column} ${message.split('. ')[1]}`),
  ).toEqual(['13:29 Quote the value: "Bug #2"', '14:36 Quote the value: Name: "Acme #3"']);
});

test('a "#" after a space, a bracket or a quoted value inside a flow collection is a comment the file may hold', () => {
  const comments = [
    ...validScenario().slice(0, 12),
    '      visible: [Status, # the status',
    '        "Name" # the name',
    '      ]',
    '  - expect: { hidden: ["Rating" # the rating',
    '      ] } # closed',
  ];
  expect(loadOne(comments).errors).toEqual([]);
  // With a syntax error further down, they are still not taken for the mistake.
  const { errors } = loadOne([...comments, '  - open: { record: lead } x']);
  expect(errors.map(({ line, message }) => `${line} ${message}`)).toEqual([
    '18 YAML syntax error: Unexpected scalar at node end.',
  ]);
});

test('a syntax error the package reports several times on one line is reported once', () => {
  // A list item among the keys of a mapping: the yaml package reports three errors at its "-".
  expectLoadError([...validScenario().slice(0, 5), '- extra', ...validScenario().slice(5)], {
    at: '6:1',
    path: '',
    says: ['YAML syntax error'],
  });
});

test('a key written at its parent’s indent between lines of one indent is one error at that key, saying how far to indent it', () => {
  const outdented = [
    ...validScenario(),
    '    hidden: [Email]', // 14: meant under expect:, like the lines around it
    '      readOnly: [Company]', // 15
  ];
  const { errors } = loadOne(outdented);
  expect(errors.map(({ line, column, message }) => `${line}:${column} ${message}`)).toEqual([
    '14:5 hidden: is indented 4 spaces, and the lines around it 6: indent it 2 more spaces so it belongs with them.',
  ]);
  // The first entry under a key, written at that key's indent.
  expectLoadError(replaceLine(validScenario(), 8, '  sobject: Lead'), {
    at: '8:3',
    path: '',
    says: [
      'sobject: is indented 2 spaces, as lead: before it, whose entries after it are indented 4: indent it 2 more spaces so it belongs to lead:.',
    ],
  });
});
