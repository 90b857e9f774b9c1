/**
 * Facts about Salesforce itself that both the suite and the emulator rely on live in salesforce/: plain data and
 * pure functions, importing nothing of the project.
 *
 * Standard profiles' Metadata API full names differ from their labels (their files are profiles/Admin.profile,
 * …); a custom profile's full name is its name (docs/salesforce-facts.md#who-can-see-what).
 */
const STANDARD_PROFILE_FULL_NAMES: Readonly<Record<string, string>> = {
  'System Administrator': 'Admin',
  'Standard User': 'Standard',
  'Read Only': 'ReadOnly',
  'Contract Manager': 'ContractManager',
  'Marketing User': 'MarketingProfile',
  'Solution Manager': 'SolutionManager',
};

/** The Metadata API full name of the profile with this name (its label). */
export const profileFullName = (profileName: string): string =>
  STANDARD_PROFILE_FULL_NAMES[profileName] ?? profileName;

export const isStandardProfile = (profileName: string): boolean =>
  Object.hasOwn(STANDARD_PROFILE_FULL_NAMES, profileName);
