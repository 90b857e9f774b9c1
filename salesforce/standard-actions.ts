/**
 * Labels of standard record actions by their API names, the names a layout's Lightning actions give them (Metadata
 * API Layout, platformActionList: PlatformActionListItem.actionName, "The API name for the action in the list").
 * The page shows the label: the "Submit for Approval" action's renderer is titled so and holds `button[name='Submit']`
 * (docs/salesforce-facts.md#products-quotes-and-approvals). Edit, Delete, Clone and New are labelled by their names.
 * Create PDF's API name CreatePdf is unconfirmed. A custom or quick action's label is not in the layout.
 */
export const STANDARD_ACTION_LABELS: Readonly<Record<string, string>> = {
  Edit: 'Edit',
  Delete: 'Delete',
  Clone: 'Clone',
  New: 'New',
  Submit: 'Submit for Approval',
  CreatePdf: 'Create PDF',
};

/** The label a record page shows for a standard action's API name; undefined when it is not a standard action. */
export function standardActionLabel(apiName: string): string | undefined {
  return Object.hasOwn(STANDARD_ACTION_LABELS, apiName) ? STANDARD_ACTION_LABELS[apiName] : undefined;
}
