import type { ParsedScenario } from '../schema/scenario';
import { expectedRecordName, recordNames } from './record-names';
import type { Violation } from './violation';

/**
 * Approval, product and quote steps name test records (approve: { record }, itemsToApprove, offered's
 * quote) that must exist.
 */
type Rule = (scenario: ParsedScenario) => Violation[];

const namesDataRecords: Rule = (scenario) => {
  const keys = recordNames(scenario);
  const problem = (path: (string | number)[], key: string): Violation[] =>
    keys.includes(key)
      ? []
      : [
          {
            path,
            message: `no data record "${key}". ${expectedRecordName(
              key,
              keys,
              scenario,
              'This scenario has no data records; add the record to approve, e.g. data: { deal: { sobject: Opportunity, fields: { … } } }',
            )}`,
          },
        ];
  return scenario.steps.flatMap((step, index) => {
    if ((step.kind === 'approve' || step.kind === 'reject') && step.record)
      return problem(['steps', index, step.kind, 'record'], step.record);
    if (step.kind === 'itemsToApprove')
      return (['includes', 'excludes'] as const).flatMap((list) =>
        step[list].flatMap((key, position) =>
          problem(['steps', index, 'itemsToApprove', list, position], key),
        ),
      );
    if (step.kind === 'offered' && step.quoteTemplates?.quote)
      return problem(['steps', index, 'offered', 'quoteTemplates', 'quote'], step.quoteTemplates.quote);
    return [];
  });
};

export const approvalRules: readonly Rule[] = [namesDataRecords];
