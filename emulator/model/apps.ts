import type { AppDefinition } from '../org/schema-navigation';
import type { OrgState } from './org-state';

/** An app of the org, by its API name or its label, whatever the case. */
export function findApp(state: OrgState, name: string): AppDefinition | undefined {
  const wanted = name.toLowerCase();
  return state.definition.apps.find(
    (app) => app.developerName.toLowerCase() === wanted || app.label.toLowerCase() === wanted,
  );
}
