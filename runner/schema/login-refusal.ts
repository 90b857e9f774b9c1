import { z } from 'zod';
import { LOGIN_REFUSALS } from '../model';
import { describeValue, didYouMean, oneOf } from './wording';

/** Why Login-As is expected to be refused, one of the Login-As guide's troubleshooting rows. */
export const loginRefusalSchema = z.enum(LOGIN_REFUSALS, {
  error: (issue) =>
    `Expected why Login-As is refused — ${oneOf(LOGIN_REFUSALS)} — but got ${describeValue(issue.input)}.` +
    (typeof issue.input === 'string' ? didYouMean(issue.input, LOGIN_REFUSALS) : '') +
    ' For example: loginRefused: frozen',
});
