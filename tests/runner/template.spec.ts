import { expect, test } from '@playwright/test';
import { placeholdersIn, renderTemplate, TEMPLATE_VARIABLES, type TemplateVars } from '../../runner/template';

const vars: TemplateVars = {
  'run.id': 'r42',
  'persona.id': '005000000000001AAA',
  'persona.username': 'sam.sdr@acme-demo.example',
  'persona.name': 'Sam Rivera',
  'scenario.id': 'sdr-sees-routed-lead',
};

test('the known placeholder names are exactly the five the runtime supplies', () => {
  expect([...TEMPLATE_VARIABLES]).toEqual([
    'run.id',
    'persona.id',
    'persona.username',
    'persona.name',
    'scenario.id',
  ]);
});

test('every placeholder in a string is replaced, spaces inside the braces allowed', () => {
  expect(renderTemplate('Persona {{run.id}} for {{ persona.username }} ({{run.id}})', vars)).toBe(
    'Persona r42 for sam.sdr@acme-demo.example (r42)',
  );
  expect(renderTemplate('{{persona.id}}', vars)).toBe('005000000000001AAA');
  expect(renderTemplate('{{scenario.id}}-lead', vars)).toBe('sdr-sees-routed-lead-lead');
});

test('text without placeholders and non-text values pass through unchanged', () => {
  expect(renderTemplate('Acme {not a placeholder}', vars)).toBe('Acme {not a placeholder}');
  expect(renderTemplate(42, vars)).toBe(42);
  expect(renderTemplate(false, vars)).toBe(false);
  expect(renderTemplate(null, vars)).toBeNull();
});

test('an unknown placeholder is an error at render time too', () => {
  expect(() => renderTemplate('{{run.idd}}', vars)).toThrow('Unknown placeholder "{{run.idd}}"');
});

test('placeholdersIn lists the names used, in order', () => {
  expect(placeholdersIn('{{run.id}} and {{ persona.id }} and {{run.id}}')).toEqual([
    'run.id',
    'persona.id',
    'run.id',
  ]);
  expect(placeholdersIn('no placeholders')).toEqual([]);
});
