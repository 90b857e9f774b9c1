import { expect, test } from '@playwright/test';
import { demoText, editedDemoText, lineOf, definitionProblems as problemsOf } from './helpers';

// The org definition's products, priceBooks and quotes sections, refused with their positions and a reason.

test('price book entries must name known products, once, with a standard price first', () => {
  const source = editedDemoText(
    [
      '      - { product: Premium Support, unitPrice: 3000 }\n      - { product: Onboarding Package, unitPrice: 5000 }',
      '      - { product: Premium Support, unitPrice: 3000 }',
    ],
    [
      '      - { product: Onboarding Package, unitPrice: 4500 }',
      '      - { product: Onboarding Package, unitPrice: 4500 }\n      - { product: Platform Licence, unitPrice: 1 }\n      - { product: Premium Support, unitPrice: 2 }',
    ],
  );
  expect(problemsOf(source)).toEqual([
    `org.yaml:${lineOf(source, 'product: Onboarding Package, unitPrice: 4500')}:20 priceBooks[1].entries[2].product: "Onboarding Package" has no entry in the standard price book; add its list price there first`,
    `org.yaml:${lineOf(source, 'Platform Licence')}:20 priceBooks[1].entries[3].product: No product "Platform Licence" in products (known: Platform License, Premium Support, Onboarding Package, Enterprise Data Pack, Legacy Connector)`,
    `org.yaml:${lineOf(source, 'product: Premium Support, unitPrice: 2 ')}:20 priceBooks[1].entries[4].product: "Premium Support" is already in Sales Price Book`,
  ]);
});

test('one standard price book; sharing names existing profiles, groups and users', () => {
  const source = editedDemoText(
    [
      "    description: Every seller's catalogue",
      "    description: Every seller's catalogue\n    standard: true",
    ],
    [
      '    sharedWith: { profiles: [Sales Manager] } # the enterprise sellers',
      '    sharedWith: { profiles: [Enterprise Sales], groups: [Nobody], users: [ghost@acme-demo.example] } # the enterprise sellers',
    ],
  );
  const problems = problemsOf(source);
  const at = (needle: string) => lineOf(source, needle);
  expect(problems).toEqual(
    expect.arrayContaining([
      `org.yaml:${at("Every seller's catalogue") + 1}:15 priceBooks[1].standard: Only one price book can be the standard price book`,
      `org.yaml:${at('Enterprise Sales')}:30 priceBooks[2].sharedWith.profiles[0]: No profile named "Enterprise Sales"`,
      `org.yaml:${at('Enterprise Sales')}:58 priceBooks[2].sharedWith.groups[0]: No group Nobody in groups`,
      `org.yaml:${at('Enterprise Sales')}:75 priceBooks[2].sharedWith.users[0]: No user ghost@acme-demo.example in users`,
    ]),
  );
});

test('unknown keys and negative prices are schema errors at their own lines', () => {
  const source = editedDemoText(
    [
      '  - { name: Premium Support, productCode: PS-200, family: Services }',
      '  - { name: Premium Support, productCode: PS-200, family: Services, price: 3000 }',
    ],
    [
      '      - { product: Enterprise Data Pack, unitPrice: 36000 }',
      '      - { product: Enterprise Data Pack, unitPrice: -1 }',
    ],
    ['    - { name: Standard Quote,', '    - { name: Standard Quote, logo: acme.png,'],
  );
  const problems = problemsOf(source);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        new RegExp(
          `^org\\.yaml:${lineOf(source, 'price: 3000')}:\\d+ products\\[1\\]\\.price: unknown key "price"`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^org\\.yaml:${lineOf(source, 'unitPrice: -1')}:\\d+ priceBooks\\[2\\]\\.entries\\[1\\]\\.unitPrice: Too small: expected number to be >=0`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^org\\.yaml:${lineOf(source, 'logo: acme.png')}:\\d+ quotes\\.templates\\[0\\]\\.logo: unknown key "logo"`,
        ),
      ),
    ]),
  );
});

test('profiles may grant the product objects once the org has price books; without them they do not exist', () => {
  const source = demoText().replace(/\n# ---- Products, price books, quotes and approvals[\s\S]*$/, '\n');
  const problems = problemsOf(source);
  expect(problems).toEqual(
    expect.arrayContaining([
      `org.yaml:${lineOf(source, '      Product2: { read: true }')}:17 profiles[2].objectPermissions.Product2: No object Product2 in objects`,
      `org.yaml:${lineOf(source, '      Quote: { read: true, create: true, edit: true, delete: true }')}:14 profiles[2].objectPermissions.Quote: No object Quote in objects`,
    ]),
  );
});
