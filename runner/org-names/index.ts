export { checkOrgNames, type NameKind, type OrgNameCheck } from './check-org-names';
export { type NameReference, nameReferences } from './name-references';
