import type { QuoteTemplateDefinition } from '../org/schema-products';
import { objectAccess } from './access';
import { IdGenerator } from './ids';
import type { OrgState, OrgUser } from './org-state';

/**
 * Quote templates (Setup > Quote Templates). Salesforce does not expose them to SOQL; the "Create PDF"
 * action lists the active ones by id (key prefix 0EH, unconfirmed). Unconfirmed: Salesforce has no
 * per-profile access to quote templates, so whoever may read quotes is offered every active template.
 */
export interface QuoteTemplate extends QuoteTemplateDefinition {
  id: string;
}

/** Every template of the definition with a stable id (the same on every start). */
export function quoteTemplates(state: OrgState): QuoteTemplate[] {
  const ids = new IdGenerator();
  return (state.definition.quotes?.templates ?? []).map((template) => ({ ...template, id: ids.next('0EH') }));
}

/** The templates "Create PDF" offers this user: the active ones, when they may read quotes. */
export function quoteTemplatesOffered(state: OrgState, user: OrgUser): QuoteTemplate[] {
  const quote = state.object('Quote');
  if (!quote || !objectAccess(user, quote).read) return [];
  return quoteTemplates(state).filter((template) => template.active);
}
