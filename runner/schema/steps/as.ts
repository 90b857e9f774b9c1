import type { AsStep } from '../../model';
import { mapping, orShorthand, REFERENCE_NAME, requiredText } from '../common';
import { loginRefusalSchema } from '../login-refusal';

const EXAMPLE = 'as: ae';
// Any text: whether it names a persona is checked against personas.yaml, which can list them (and say whose
// profile a name like "Account Executive" is). Editors, which cannot read that file, still check the shape.
const personaName = requiredText(
  'persona',
  'Name the persona to log in as next (a key of personas.yaml), e.g. as: ae',
).meta({ pattern: REFERENCE_NAME.source });

/**
 * `as: ae` ends the current Login-As and logs in as persona ae; `as: { persona: frozen-ae, loginRefused: frozen }`
 * expects that Login-As to be refused for that reason.
 */
export const asStepSchema = orShorthand(
  'persona',
  mapping(
    {
      persona: personaName,
      loginRefused: loginRefusalSchema.optional(),
    },
    {
      what: 'the persona to log in as next (a key of personas.yaml, or a mapping with persona and loginRefused)',
      example: `${EXAMPLE}, or as: { persona: frozen-ae, loginRefused: frozen }`,
    },
  ),
);

/** e.g. 'as persona "ae"', 'as persona "frozen-ae" (Login-As expected refused: frozen)' */
export function asStepTitle(step: Omit<AsStep, 'kind'>): string {
  return step.loginRefused
    ? `as persona "${step.persona}" (Login-As expected refused: ${step.loginRefused})`
    : `as persona "${step.persona}" — log out as the current persona, log in as this one`;
}
