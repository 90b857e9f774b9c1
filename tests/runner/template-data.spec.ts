import { expect, test } from '@playwright/test';
import { renderFieldValue, renderTemplate, shiftDate, type TemplateVars } from '../../runner/template';

const vars: TemplateVars = {
  'run.id': 'r42',
  'persona.id': '005000000000001AAA',
  'persona.username': 'sam.sdr@acme-demo.example',
  'persona.name': 'Sam Rivera',
  'scenario.id': 'ae-checks-deal',
  today: '2026-11-30',
  data: { account: { Id: '001000000000001AAA', Name: 'Acme', NumberOfEmployees: 1200 } },
};

test('{{today}} and days after or before it render as ISO dates across months and years', () => {
  expect(renderTemplate('{{today}}', vars)).toBe('2026-11-30');
  expect(renderTemplate('{{today+30}}', vars)).toBe('2026-12-30');
  expect(renderTemplate('{{today+32}}', vars)).toBe('2027-01-01');
  expect(renderTemplate('{{ today - 7 }}', vars)).toBe('2026-11-23');
  expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29');
  expect(shiftDate('2027-03-01', -1)).toBe('2027-02-28');
});

test('{{data.<key>.<Field>}} renders a created record’s Id or value as text', () => {
  expect(renderTemplate('{{data.account.Id}}', vars)).toBe('001000000000001AAA');
  expect(renderTemplate('Deal for {{data.account.Name}}', vars)).toBe('Deal for Acme');
  expect(renderTemplate('{{data.account.NumberOfEmployees}}', vars)).toBe('1200');
});

test('in test data, a value that is a single {{data.<key>.<Field>}} keeps the referred value’s type', () => {
  expect(renderFieldValue('{{data.account.NumberOfEmployees}}', vars)).toBe(1200);
  expect(renderFieldValue('{{ data.account.Id }}', vars)).toBe('001000000000001AAA');
  expect(renderFieldValue('{{data.account.NumberOfEmployees}} people', vars)).toBe('1200 people');
  expect(renderFieldValue(7, vars)).toBe(7);
});

test('a reference to a record not created yet, or to a value it was not given, fails naming both', () => {
  expect(() => renderTemplate('{{data.deal.Id}}', vars)).toThrow(
    '"{{data.deal.Id}}" refers to the test record "deal", which is not created yet.',
  );
  expect(() => renderTemplate('{{data.account.Phone}}', vars)).toThrow(
    'the test record "account" has no value for Phone. Expected Id or one of the fields it was created with: Id, Name, NumberOfEmployees.',
  );
});
