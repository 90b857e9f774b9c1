import { expect, test } from '@playwright/test';
import { expectLoadError, loadOne, matrixScenario, replaceLine, validScenario } from './scenario-files';

// A reason, ticket or approval written to fill the field for now documents nothing a review could check: it is
// refused at its value, with what to write instead.

for (const placeholder of ['TBD', 'TODO', 'test', 'n/a', 'xxx', '"-"', '"?"', '…', '...', '<reason>']) {
  test(`reason: ${placeholder} is refused as a placeholder`, () => {
    expectLoadError(replaceLine(validScenario(), 4, `reason: ${placeholder}`), {
      at: '4:9',
      path: 'reason',
      says: ['is a placeholder, not a reason', 'reason: Pre-release persona check for lead routing'],
    });
  });
}

for (const ticket of ['TBD', 'N/A', 'XXX', 'REVOPS-TBD', 'CHG-XXX', 'JIRA-???', '"[TODO]"']) {
  test(`ticket: ${ticket} is refused as a placeholder`, () => {
    expectLoadError(replaceLine(validScenario(), 5, `ticket: ${ticket}`), {
      at: '5:9',
      path: 'ticket',
      says: ['is a placeholder, not a ticket', 'ticket: REVOPS-142'],
    });
  });
}

test('a placeholder part of a ticket is named in the message', () => {
  expectLoadError(replaceLine(validScenario(), 5, 'ticket: REVOPS-TBD'), {
    at: '5:9',
    path: 'ticket',
    says: ['"TBD" in "REVOPS-TBD" is a placeholder'],
  });
});

const FINANCE = replaceLine(validScenario(), 3, 'persona: finance');
const withApproval = (approval: string) => [...FINANCE.slice(0, 5), approval, ...FINANCE.slice(5)];

test('an approval whose approver and reference are placeholders is refused at each value', () => {
  const { errors } = loadOne(withApproval('approval: { approver: TBD, reference: TBD }'));
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}: ${error.message}`)).toEqual([
    expect.stringMatching(
      /^6:23 approval\.approver: "TBD" is a placeholder, not an approver .*approver: Dana Lee \(Head of Finance\)/,
    ),
    expect.stringMatching(
      /^6:39 approval\.reference: "TBD" is a placeholder, not a reference .*reference: CHG-2291/,
    ),
  ]);
});

test('a matrix scenario is held to the same rule', () => {
  const { errors } = loadOne(replaceLine(matrixScenario(['    Name: { ae: read }']), 3, 'reason: TODO'));
  expect(errors.map((error) => `${error.line}:${error.column} ${error.path}`)).toEqual(['3:9 reason']);
});

test('documented values pass, short ticket keys included', () => {
  for (const [line, text] of [
    [4, 'reason: Check'],
    [5, 'ticket: T-1'],
    [5, 'ticket: TEST-12'],
    [5, 'ticket: INC0012345'],
  ] as const) {
    expect(loadOne(replaceLine(validScenario(), line, text)).errors, text).toEqual([]);
  }
  expect(
    loadOne(withApproval('approval: { approver: Dana Lee (Head of Finance), reference: CHG-2291 }')).errors,
  ).toEqual([]);
});
