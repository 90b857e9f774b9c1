import type { LayoutDefinition } from '../org/schema';
import { findApp } from './apps';
import type { OrgState, OrgUser } from './org-state';
import type { SObjectType } from './sobject-type';

/** A Dynamic Forms record page: its API name and the layout its field sections are made from. */
export interface LightningPage {
  name: string;
  layout: LayoutDefinition | undefined;
}

/** The org default record page of an object built with Dynamic Forms: made from the object's first layout. */
export function orgDefaultPage(state: OrgState, type: SObjectType): LightningPage {
  return {
    name: `${type.name}_Record_Page`,
    layout: [...state.layouts.values()].find((candidate) => candidate.object === type.name),
  };
}

/** Every Dynamic Forms record page of an object: the org default, then those of `recordUi.lightningPages`. */
export function lightningPagesOf(state: OrgState, type: SObjectType): LightningPage[] {
  return [
    orgDefaultPage(state, type),
    ...state.definition.recordUi.lightningPages
      .filter((page) => page.object === type.name)
      .map((page) => ({ name: page.name, layout: layoutNamed(state, type, page.layout) })),
  ];
}

/**
 * The page a viewer gets in an app (its API name) for a record of a record type (developer name; none: the
 * record has none), most specific first: assigned to the app and their profile (and the record type), the app's
 * default, the org default.
 */
export function lightningPageFor(
  state: OrgState,
  user: OrgUser,
  type: SObjectType,
  app: string | undefined,
  recordType: string | undefined,
): LightningPage {
  const pages = state.definition.recordUi.lightningPages.filter((page) => page.object === type.name);
  const inApp = (name: string) => app !== undefined && findApp(state, name)?.developerName === app;
  const chosen =
    pages.find((page) =>
      page.assignments.some(
        (assignment) =>
          inApp(assignment.app) &&
          assignment.profile === user.profile.name &&
          assignment.recordType === recordType,
      ),
    ) ?? pages.find((page) => page.appDefault.some(inApp));
  return chosen
    ? { name: chosen.name, layout: layoutNamed(state, type, chosen.layout) }
    : orgDefaultPage(state, type);
}

function layoutNamed(state: OrgState, type: SObjectType, name: string): LayoutDefinition | undefined {
  return [...state.layouts.values()].find((layout) => layout.object === type.name && layout.name === name);
}
