import { expect, test } from '@playwright/test';
import { matrixEditorSchema } from '../../runner/schema/matrix-json-schema';

test('the shipped matrix JSON Schema is the one the zod schema generates', () => {
  expect(matrixEditorSchema.drift()).toBeUndefined();
});

test('the matrix JSON Schema requires the matrix keys and offers the access words', () => {
  const schema = matrixEditorSchema.generate() as {
    required: string[];
    properties: {
      matrix: {
        required: string[];
        properties: { access: { additionalProperties: { additionalProperties: { enum: string[] } } } };
      };
    };
  };
  expect(schema.required).toEqual(['id', 'title', 'reason', 'ticket', 'matrix']);
  expect(schema.properties.matrix.required).toEqual(['record', 'access']);
  expect(schema.properties.matrix.properties.access.additionalProperties.additionalProperties.enum).toEqual([
    'hidden',
    'read',
    'edit',
  ]);
});
