import { z } from 'zod';
import type { AddProductsStep, Offer, OfferedStep } from '../../model-approvals';
import {
  list,
  mapping,
  notBothIncludedAndExcluded,
  onlyIfValidSoFar,
  referenceName,
  requiredText,
} from '../common';

const ADD_EXAMPLE =
  'addProducts: { priceBook: Sales Price Book, products: [{ name: Platform License, quantity: 2 }] }';

const product = mapping(
  {
    name: requiredText('name', 'Name the product as the persona sees it, e.g. name: Platform License'),
    quantity: z
      .number({ error: 'Expected a quantity (a number greater than 0), e.g. quantity: 2' })
      .positive({
        error: 'Expected a quantity greater than 0, e.g. quantity: 2',
      }),
    salesPrice: z
      .number({ error: 'Expected a sales price (a number), e.g. salesPrice: 11000' })
      .min(0)
      .optional(),
  },
  {
    what: 'a product to add (name, quantity, optionally salesPrice)',
    example: '{ name: Platform License, quantity: 2 }',
  },
);

export const addProductsStepSchema = mapping(
  {
    priceBook: requiredText('priceBook', `Name the price book to choose, e.g. ${ADD_EXAMPLE}`),
    products: z
      .array(product, {
        error: (issue) =>
          issue.input === undefined
            ? `required key "products" is missing. For example: ${ADD_EXAMPLE}`
            : `Expected a list of products. For example: ${ADD_EXAMPLE}`,
      })
      .min(1, { error: `Expected at least one product. For example: ${ADD_EXAMPLE}` }),
  },
  { what: 'the products to add (priceBook, products)', example: ADD_EXAMPLE },
);

const names = (key: string, example: string) =>
  list(key, z.string().trim().min(1), { what: 'names as the persona sees them', example });

const offer = (example: string) =>
  mapping(
    { includes: names('includes', example), excludes: names('excludes', example) },
    { what: 'what must be offered (includes) and not (excludes)', example: `{ includes: [${example}] }` },
  )
    .refine((value) => value.includes.length + value.excludes.length > 0, {
      error: `Expected at least one name in includes or excludes, e.g. { includes: [${example}] }`,
      ...onlyIfValidSoFar,
    })
    .superRefine(notBothIncludedAndExcluded, onlyIfValidSoFar);

const OFFERED_EXAMPLE =
  'offered: { priceBooks: { includes: [Sales Price Book], excludes: [Enterprise Price Book] } }';

export const offeredStepSchema = mapping(
  {
    priceBooks: offer('Sales Price Book').optional(),
    products: mapping(
      {
        priceBook: requiredText(
          'priceBook',
          'Name the price book whose products to list, e.g. priceBook: Sales Price Book',
        ),
        includes: names('includes', 'Platform License'),
        excludes: names('excludes', 'Platform License'),
      },
      {
        what: 'the products a price book offers (priceBook, includes, excludes)',
        example: '{ priceBook: Sales Price Book, includes: [Platform License] }',
      },
    )
      .superRefine(notBothIncludedAndExcluded, onlyIfValidSoFar)
      .optional(),
    quoteTemplates: mapping(
      {
        quote: referenceName('data key', 'quote').optional(),
        includes: names('includes', 'Standard Quote'),
        excludes: names('excludes', 'Standard Quote'),
      },
      {
        what: "the templates the quote's Create PDF offers (quote, includes, excludes)",
        example: '{ quote: quote, excludes: [Enterprise Quote] }',
      },
    )
      .superRefine(notBothIncludedAndExcluded, onlyIfValidSoFar)
      .optional(),
  },
  { what: 'what the persona is offered (priceBooks, products, quoteTemplates)', example: OFFERED_EXAMPLE },
).refine((step) => Object.values(step).some((value) => value !== undefined), {
  error: `Expected priceBooks, products or quoteTemplates. For example: ${OFFERED_EXAMPLE}`,
  ...onlyIfValidSoFar,
});

export function addProductsStepTitle(step: Omit<AddProductsStep, 'kind'>): string {
  const products = step.products.map(
    (p) => `${p.quantity} × ${p.name}${p.salesPrice !== undefined ? ` at ${p.salesPrice}` : ''}`,
  );
  return `add products from ${step.priceBook}: ${products.join(', ')}`;
}

export function offeredStepTitle(step: Omit<OfferedStep, 'kind'>): string {
  const offerText = (what: string, value: Offer | undefined) =>
    value
      ? `${what} ${[value.includes.length > 0 ? `include ${value.includes.join(', ')}` : '', value.excludes.length > 0 ? `exclude ${value.excludes.join(', ')}` : ''].filter(Boolean).join('; ')}`
      : '';
  return `offered: ${[
    offerText('price books', step.priceBooks),
    offerText(`products of ${step.products?.priceBook}`, step.products),
    offerText('quote templates', step.quoteTemplates),
  ]
    .filter(Boolean)
    .join(' | ')}`;
}
