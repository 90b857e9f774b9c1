/**
 * A tab's API name (PermissionSetTabSetting.Name, Metadata API ProfileTabVisibility.tab) for an object's tab:
 * "standard-Account" for a standard object, the object's API name for a custom one (Tooling API
 * PermissionSetTabSetting: "For standard tabs, the name is in the form “standard-Account”. For custom tabs, it's
 * the developer name.").
 */
export function objectTabName(objectName: string): string {
  return objectName.endsWith('__c') ? objectName : `standard-${objectName}`;
}
