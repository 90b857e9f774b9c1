/**
 * Every selector persona-ux uses on Salesforce pages, in one table grouped by UI area (CumulusCI's lesson:
 * a Salesforce release then means a one-file change). Sources: shared/reference/salesforce-ui.md, which
 * collects Salesforce Help, UTAM page objects, CumulusCI locators and public Playwright suites.
 * Prefer URLs, roles/labels and API-tied attributes; never Aura internals.
 */
export const locators = {
  frontdoor: {
    path: '/secur/frontdoor.jsp',
  },
  login: {
    username: '#username',
    password: '#password',
    submit: '#Login',
    error: 'div#error.loginError',
  },
  shell: {
    header: 'header#oneHeader',
    spinner: 'div.slds-spinner, .auraLoadingBox',
  },
  loginAs: {
    banner: '[data-message-id="loginAsSystemMessage"]',
    logOutLink: 'a.action-link',
  },
  setup: {
    userDetailPath: (userId: string) =>
      `/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${userId}?noredirect=1&isUserEntityOverride=1`)}`,
    // The classic user detail page lives in an iframe inside force-aloha-page.
    classicFrame: 'force-aloha-page iframe[name^="vfFrameId"]',
    topButtonRow: 'td#topButtonRow',
    // value " Login " is unconfirmed; name and title are what real suites use.
    loginButton: 'td#topButtonRow input[name="login"]',
  },
  openDialog: {
    // Any open modal (a record's Edit/New modal, Path's "Select Closed Stage"): SLDS modals are
    // `section role="dialog"` whose footer has a "Cancel" button (salesforce-ui.md §4: `button[name="CancelEdit"]`,
    // labelled Cancel). Cancelled before "Log out as", which a modal would otherwise cover.
    role: 'dialog',
    cancelButton: 'Cancel',
  },
  errorPages: {
    // servlet.su failures render classic error pages with these titles (salesforce-ui.md §2).
    titles: ['Insufficient Privileges', 'Unable to Access Page'],
  },
  record: {
    viewPath: (sobject: string, id: string) => `/lightning/r/${sobject}/${id}/view`,
    header: 'div.slds-page-header_record-home',
    layoutItem: 'records-record-layout-item',
    // Tied to the field's API name, so it survives label changes and custom layouts.
    field: (sobject: string, apiName: string) =>
      `[data-target-selection-name="sfdc:RecordField.${sobject}.${apiName}"]`,
    fieldLabel: '.test-id__field-label',
    fieldValue: '.test-id__field-value',
    inlineEditButton: 'button[title^="Edit "]',
  },
  listView: {
    path: (sobject: string, view: string) =>
      `/lightning/o/${sobject}/list?filterName=${encodeURIComponent(view)}`,
    // "{n} items • Sorted by … • Updated …": present once the list has loaded, empty or not.
    statusInfo: 'force-list-view-manager-status-info',
    rowLink: (recordId: string) => `table[role="grid"] tbody tr th a[data-recordid="${recordId}"]`,
  },
  recordEdit: {
    // The record page's Edit action and the modal it opens (salesforce-ui.md §4).
    editButton: 'button[name="Edit"]',
    modal: 'section.slds-modal',
    combobox: 'lightning-combobox [role="combobox"]',
    lookup: 'lightning-lookup input, lightning-grouped-combobox input',
    option: '[role="option"]',
    checkbox: 'input[type="checkbox"]',
    textInput: 'input:not([type="checkbox"]), textarea',
    save: 'button[name="SaveEdit"]',
    cancel: 'button[name="CancelEdit"]',
    errorHeader: 'records-record-edit-error-header',
    pageErrors: 'div.pageLevelErrors ul.errorsList li, div.forceFormPageError li',
    fieldErrors: '.slds-form-element__help',
  },
} as const;
