import { fact, unconfirmed, utam } from './locator-sources';

/**
 * Every selector persona-ux uses on Salesforce pages, in one table grouped by UI area (CumulusCI's lesson:
 * a Salesforce release then means a one-file change). Each entry names its source (locator-sources.ts):
 * an element of Salesforce's own page objects (npm salesforce-pageobjects), a documented fact of the real
 * DOM (docs/salesforce-facts.md), or "unconfirmed" with the reason. Roles and accessible names come first
 * where Salesforce gives them. CSS and role locators pierce open shadow roots and work the same with LWC's
 * synthetic shadow; every one below is written to hold in both.
 */
export const locators = {
  frontdoor: {
    path: fact(
      'frontdoor.jsp bridges an API session into the browser (Salesforce Help)',
      '/secur/frontdoor.jsp',
    ),
  },
  login: {
    username: fact('standard login page', '#username'),
    password: fact('standard login page', '#password'),
    submit: fact('standard login page', '#Login'),
    error: fact('standard login page', 'div#error.loginError'),
  },
  shell: {
    header: utam('global/header', 'root', '.oneHeader'),
    // Anything Lightning shows while a part of the page still loads.
    loading: fact(
      'lightning-spinner (salesforce-pageobjects lightning/spinner: "Selector: lightning-spinner"); div.slds-spinner ' +
        'and .auraLoadingBox (docs/salesforce-facts.md, Record pages: ready signals); lst-stencil-table, ' +
        'lst-stencil-card, lst-stencil-list (salesforce-pageobjects lists/stencilTable, stencilCard, stencilList: ' +
        '"Used for verifying loading")',
      'lightning-spinner, div.slds-spinner, .auraLoadingBox, lst-stencil-table, lst-stencil-card, lst-stencil-list',
    ),
  },
  loginAs: {
    // The Login-As message of the system message bar (global/header: systemMessage .oneSystemMessage).
    banner: fact(
      'the Login-As system message carries data-message-id="loginAsSystemMessage" (docs/salesforce-facts.md, Login-As)',
      '[data-message-id="loginAsSystemMessage"]',
    ),
    bannerText: utam(
      'global/systemMessage',
      'systemMessageTextById',
      "[data-message-id='loginAsSystemMessage'] span:not(.slds-icon_container)",
    ),
    // "Log out as {Full Name}" (docs/salesforce-facts.md, Login-As): found by role and name first.
    logOutLinkName: fact(
      'the link reads "Log out as {Full Name}" (docs/salesforce-facts.md, Login-As)',
      'Log out as ',
    ),
    logOutLink: utam('global/systemMessage', 'systemMessageLink', '.action-link'),
  },
  setup: {
    userDetailPath: fact(
      'Lightning Setup wraps the classic user page (docs/salesforce-facts.md, Login-As)',
      (userId: string) =>
        `/lightning/setup/ManageUsers/page?address=${encodeURIComponent(`/${userId}?noredirect=1&isUserEntityOverride=1`)}`,
    ),
    // Public Selenium suites open it so and click input[name='login'] (Salesforce reference notes, Login-As);
    // that a Lightning-domain base URL reaches it on every org (rather than redirecting to Setup) is unconfirmed.
    classicUserDetailPath: fact(
      'the classic user page opened directly (docs/salesforce-facts.md, Login-As)',
      (userId: string) => `/${userId}?noredirect=1&isUserEntityOverride=1`,
    ),
    classicFrame: utam('force/alohaPage', 'alohaPageFrame', 'force-aloha-page iframe[name^=vfFrameId]'),
    topButtonRow: fact('classic detail page button row, public suites', 'td#topButtonRow'),
    // An input whose value is " Login " (accessible name "Login"; the value's spaces are unconfirmed). Only looked
    // for together with loginButton, UTAM's own selector; a page showing neither fails explained.
    loginButtonName: unconfirmed(
      'the Login button\'s accessible name "Login" (title "Login", salesforce-ui.md §2): its value is not read by any ' +
        "page object (setup/setupAlohaPage finds header buttons by name, .pbHeader input.btn[name='%s'], and footer " +
        "buttons by a value that contains the text, value*='%s'); Playwright trims the value's spaces",
      'Login',
    ),
    loginButton: utam('setup/setupAlohaPage', 'buttonByName', ".pbHeader input.btn[name='login']"),
  },
  openDialog: {
    // Any open modal (a record's Edit/New modal, Path's "Select Closed Stage") is a dialog whose footer
    // has a Cancel button; it is cancelled before "Log out as", which a modal would otherwise cover.
    role: fact('SLDS modals are section[role=dialog]', 'dialog'),
    cancelButton: fact('record forms label their cancel button Cancel', 'Cancel'),
  },
  errorPages: {
    titles: fact(
      'servlet.su failures render classic error pages with these titles (docs/salesforce-facts.md, Login-As)',
      ['Insufficient Privileges', 'Unable to Access Page'],
    ),
  },
  record: {
    viewPath: fact('record page URL', (sobject: string, id: string) => `/lightning/r/${sobject}/${id}/view`),
    // Record pages the user may not open show an illustration with a heading instead of the record home. A verdict
    // of no access also needs the org to say why (cannotOpen); a page showing neither this nor the record fails
    // explained.
    error: unconfirmed(
      "the record page's refusal (Lightning's message reads \"You don't have access to this record. Ask your " +
        'administrator for help or to request access.", as uiRecordApi errors show it); its markup as Aura class ' +
        'forceRecordError: salesforce-pageobjects 9.0.0 has no page object for it and no public suite read on a real ' +
        'org was found that locates it',
      '.forceRecordError',
    ),
    pageRoot: utam('global/recordHomeTemplateDesktop', 'root', 'one-record-home-flexipage2'),
    highlights: utam('flexipage/recordHomeTemplateDesktop2', 'highlights', 'records-lwc-highlights-panel'),
    primaryField: utam(
      'records/highlights2',
      'primaryFieldContent',
      "records-highlights2 [slot='primaryField']",
    ),
    detailPanel: utam('flexipage/tab2', 'detailPanel', 'records-lwc-detail-panel'),
    section: utam('records/lwcRecordLayout', 'sections', 'records-record-layout-section'),
    sectionTitle: utam('records/recordLayoutSection', 'sectionTitle', '.slds-section__title'),
    // A layout section the user collapsed keeps its rows in the DOM, not shown (rows are not nullable; isOpen and
    // toggleSectionExpand read the open section and click the title button).
    openLayoutSection: utam(
      'records/recordLayoutSection',
      'openSection',
      'div.slds-section.has-header.slds-is-open',
    ),
    layoutSectionToggle: utam('records/recordLayoutSection', 'sectionTitleButton', 'button.slds-button'),
    layoutItem: utam('records/recordLayoutRow', 'items', 'records-record-layout-item'),
    // Tied to the field's API name, so it survives label changes and custom layouts.
    field: fact(
      'data-target-selection-name on the layout item, tied to the API name (public suites)',
      (sobject: string, apiName: string) =>
        `records-record-layout-item[data-target-selection-name="sfdc:RecordField.${sobject}.${apiName}"]`,
    ),
    fieldLabel: fact('layout items carry field-label="{Label}" (public suites)', 'field-label'),
    outputField: utam('records/recordLayoutItem', 'outputField', "[slot='outputField']"),
    inlineEditButton: utam('records/recordLayoutItem', 'inlineEditButton', 'button.inline-edit-trigger'),
    // A Dynamic Forms page places field sections of field components instead of the layout's detail panel
    // (docs/salesforce-facts.md, Dynamic Forms record pages).
    dynamicSection: fact(
      'salesforce-pageobjects flexipage/fieldSection2: "Selector: flexipage-field-section2"',
      'flexipage-field-section2',
    ),
    dynamicSectionTitle: fact(
      "a field section's heading is h3 > button > span in its template (public Selenium suites: flexipage-field-section2/div/div/div/h3/button/span)",
      'h3 button span',
    ),
    // A field component renders its record field once the field has loaded (flexipage/field
    // waitForAIRecordFieldContent waits for record_flexipage-record-field inside it).
    dynamicFieldHost: fact(
      'salesforce-pageobjects flexipage/field: "Selector: flexipage-field"',
      'flexipage-field',
    ),
    // Lightning remembers a section the user collapsed; its fields show once it is opened again.
    collapsedSectionToggle: fact(
      'SLDS expandable section: the title button carries aria-expanded (SLDS "Expandable Section"); a field section\'s heading is h3 > button (public suites)',
      'h3 button[aria-expanded="false"]',
    ),
    dynamicField: fact(
      'salesforce-pageobjects flexipage/field waitForAIRecordFieldContent: the field holds record_flexipage-record-field (record/flexipage/recordField: "Selector: record_flexipage-record-field")',
      'record_flexipage-record-field',
    ),
    // The field component carries no field-label; its first div carries the API name, as a layout item does.
    dynamicFieldName: fact(
      'record_flexipage-record-field > div carries data-target-selection-name (public suites, docs/salesforce-facts.md#dynamic-forms-record-pages)',
      (sobject: string, apiName: string) =>
        `[data-target-selection-name="sfdc:RecordField.${sobject}.${apiName}"]`,
    ),
    dynamicFieldNames: fact(
      'record_flexipage-record-field > div carries data-target-selection-name (public suites, docs/salesforce-facts.md#dynamic-forms-record-pages)',
      'record_flexipage-record-field [data-target-selection-name^="sfdc:RecordField."]',
    ),
    dynamicFieldLabel: utam('record/flexipage/recordField', 'label', '.test-id__field-label'),
    dynamicInlineEditButton: utam(
      'record/flexipage/recordField',
      'inlineEditTrigger',
      "button[class*='inline-edit-trigger']",
    ),
    // recordField declares its view content as its light DOM (fieldContentViewMode); a public suite reads it in
    // slot[name='outputField'], which only an element carrying slot="outputField" is assigned to.
    dynamicOutputField: fact(
      "the record field's value is slotted into slot[name='outputField'] (public Selenium suite; docs/salesforce-facts.md#dynamic-forms-record-pages)",
      "[slot='outputField']",
    ),
    tab: utam('lightning/tabBar', 'tabLinkByLabel', (label: string) => `li[title*='${label}'] > a`),
    activeTab: utam('lightning/tabBar', 'activeTab', "li[class*='slds-is-active'] a"),
    // The tab bar's own active tab and links: Path's steps are li.slds-is-active > a too.
    tabBar: fact(
      'salesforce-pageobjects lightning/tabBar: "Selector: lightning-tab-bar"',
      'lightning-tab-bar',
    ),
    tabLinks: utam('lightning/tabBar', 'tabs', 'li a'),
    // The selected tab's panel, which lightning-tabset shows (slds-show) and whose content it renders lazily.
    activeTabContent: utam('lightning/tabset', 'activeTabContent', "[class*='slds-show'][role='tabpanel']"),
    // A tab that does not fit the bar is not rendered in it, only as an item of the bar's "More" menu, which is
    // hidden (visibility: hidden) while every tab fits: salesforce/base-components-recipes
    // force-app/main/default/lwc/tabBar/tabBar.html (li[data-overflow] > lightning-button-menu > lightning-menu-item).
    // Like any lightning-button-menu it renders its dropdown, and so its items, only once opened.
    tabOverflowButton: utam('lightning/tabBar', 'overflowMenu', 'li lightning-button-menu button'),
    tabOverflowDropdown: utam('lightning/buttonMenu', 'dropdown', 'lightning-button-menu .slds-dropdown'),
    tabOverflowSpinner: utam('lightning/buttonMenu', 'spinner', 'lightning-button-menu lightning-spinner'),
    tabOverflowItem: utam('lightning/menuItem', 'link', 'lightning-button-menu lightning-menu-item a'),
    highlightsField: utam('records/highlights2', 'secondaryFields', "[slot='secondaryFields']"),
    highlightsFieldLabel: fact(
      'highlights details items show their label in .slds-text-title (public suites)',
      '.slds-text-title',
    ),
    relatedListContainer: utam('flexipage/tab2', 'relatedListContainer', 'lst-related-list-container'),
    relatedList: utam('lists/relatedListContainer', 'relatedLists', 'lst-related-list-single-container'),
    // A Dynamic Related List - Single, placed on the page on its own rather than in the container.
    dynamicRelatedList: fact(
      'salesforce-pageobjects lists/dynamicRelatedList: "Selector: lst-dynamic-related-list"',
      'lst-dynamic-related-list',
    ),
    relatedListTitle: utam(
      'lists/listViewManagerHeader',
      'title',
      '.listViewTitle, h2.slds-card__header-title span.slds-truncate',
    ),
  },
  actions: {
    ribbon: utam('records/highlights2', 'actionsRibbon', 'runtime_platform_actions-actions-ribbon'),
    // What the ribbon renders once its actions have loaded, none or some (records/highlights2
    // waitForActionsContent waits for it, through shadow roots).
    loaded: utam('records/highlights2', 'actionsContent', '.actionsContainer > * :first-child'),
    action: utam(
      'action/actionsRibbon',
      'actionRendererWithTitle',
      (name: string) => `runtime_platform_actions-action-renderer[title='${name}']`,
    ),
    button: utam('lightning/button', 'button', 'button'),
    // The "Show more actions" menu. lightning-button-menu renders its dropdown, and so its items, only once
    // opened, with a spinner instead of them while they load (lightning/buttonMenu: dropdown is nullable,
    // clickButton waits for it, isLoading checks the spinner).
    menu: utam('action/actionsRibbon', 'dropdownButton', 'lightning-button-menu'),
    overflowButton: utam('lightning/buttonMenu', 'button', 'lightning-button-menu button'),
    menuDropdown: utam('lightning/buttonMenu', 'dropdown', '.slds-dropdown'),
    menuSpinner: utam('lightning/buttonMenu', 'spinner', 'lightning-spinner'),
    menuItem: utam('lightning/menuItem', 'link', 'lightning-menu-item a'),
    // Each action, shown or in the overflow menu, is an action renderer titled with the action's label.
    anyAction: fact(
      'action renderers carry title="{label}" (salesforce-pageobjects action/actionsRibbon actionRendererWithTitle)',
      'runtime_platform_actions-action-renderer[title]',
    ),
  },
  listView: {
    path: fact(
      'list view URL with filterName (docs/salesforce-facts.md, Record pages)',
      (sobject: string, view: string) =>
        `/lightning/o/${sobject}/list?filterName=${encodeURIComponent(view)}`,
    ),
    // Spring '25 shows the LWC list view (lst-object-home); the Aura one (.forceListViewManager) is older.
    objectHome: utam('lists/objectHome', 'root', 'lst-object-home'),
    // "{n} items • Sorted by … • Updated …": present once the list has loaded, empty or not.
    statusInfo: utam('lists/listViewManagerHeader', 'statusInfo', 'force-list-view-manager-status-info'),
    // The name of the list view shown, in the header's list view picker (lists/listViewPicker getListViewTitle).
    shownName: utam(
      'lists/listViewPicker',
      'pickerListViewName',
      'lst-list-view-picker span.slds-page-header__title',
    ),
    statusCount: utam('force/listViewManagerStatusInfo', 'countSortAndFilterBy', '.countSortedByFilteredBy'),
    // lightning-datatable keys each row by its key field, the record id (keyField="Id" in list views).
    row: fact(
      'lightning-datatable rows carry data-row-key-value = the row key (the record id in list views)',
      (recordId: string) => `tr[data-row-key-value="${recordId}"]`,
    ),
    // A long list loads its first rows and says "50+ items"; the datatable loads more once its last row is
    // scrolled to (lightning/datatable: "Scroll to last row", lastRenderedRow; docs/salesforce-facts.md).
    lastRenderedRow: utam(
      'lightning/datatable',
      'lastRenderedRow',
      '[data-rowgroup-body] [data-row-number]:last-child',
    ),
    rowByNumber: utam(
      'lightning/datatable',
      'row',
      (rowNumber: number) => `[data-rowgroup-body] [data-row-number='${rowNumber}']`,
    ),
    rowNumber: fact(
      'lightning-datatable numbers its rows from 1 (lightning/datatable: row %d)',
      'data-row-number',
    ),
    loadingMore: utam(
      'lightning/datatable',
      'tableLoader',
      'lightning-primitive-datatable-loading-indicator',
    ),
  },
  recordEdit: {
    modal: fact('SLDS modal', 'section.slds-modal'),
    actionWrapper: utam('global/recordActionWrapper', 'root', '.oneRecordActionWrapper'),
    // Declared only in the page object's description, as its root is not a UTAM root.
    form: fact(
      'salesforce-pageobjects records/modalLwcDetailPanelWrapper: "Selector: records-modal-lwc-detail-panel-wrapper"',
      'records-modal-lwc-detail-panel-wrapper',
    ),
    inputSlot: utam('records/recordLayoutItem', 'inputField', "[slot*='input']"),
    textInput: utam('lightning/input', 'input', 'input:not([type="checkbox"]), textarea'),
    checkbox: utam('lightning/input', 'inputCheckbox', "input[type='checkbox']"),
    // A date field's picker; a date/time field has a date picker and a time picker (lightning/datetimepicker).
    dateInput: utam('lightning/datepicker', 'dateInput', 'lightning-datepicker input'),
    timeInput: utam(
      'lightning/timepicker',
      'timeCombobox',
      'lightning-timepicker lightning-base-combobox input',
    ),
    // SLDS form elements mark a required input with an abbr "*" in the label and aria-required on the input.
    requiredMark: fact(
      'SLDS required form elements: abbr.slds-required in the label, aria-required="true" on the input',
      'abbr.slds-required, [aria-required="true"]',
    ),
    combobox: utam('lightning/baseCombobox', 'triggerInput', 'lightning-combobox .slds-combobox__input'),
    lookup: utam('lightning/groupedCombobox', 'baseCombobox', 'lightning-base-combobox[data-lookup] input'),
    option: utam('lightning/baseCombobox', 'items', 'lightning-base-combobox-item'),
    optionLabel: utam(
      'lightning/baseComboboxItem',
      'itemByLabel',
      (label: string) => `span[title='${label.replace(/'/g, "\\'")}']`,
    ),
    optionLabels: fact(
      'a combobox item carries its label in span[title] (lightning/baseComboboxItem itemByLabel)',
      'span[title]',
    ),
    // A rich text area's editable area: records-record-layout-rich-text >> lightning-quill >> lightning-input-rich-text.
    richText: utam('lightning/inputRichText', 'textarea', 'lightning-input-rich-text .ql-editor'),
    // A multi-select picklist: lightning-picklist holds a dual listbox in place of a combobox.
    dualListbox: utam('lightning/picklist', 'dualListBox', 'lightning-dual-listbox'),
    availableOptions: utam('lightning/dualListbox', 'sourceItems', "ul[id*='source-list'] li"),
    chosenOptions: utam('lightning/dualListbox', 'selectedItems', "ul[id*='selected-list'] li"),
    moveToChosen: utam('lightning/dualListbox', 'selectBtn', 'lightning-button-icon:nth-of-type(1)'),
    moveToAvailable: utam('lightning/dualListbox', 'deselectBtn', 'lightning-button-icon:nth-of-type(2)'),
    save: fact('record form footer save button, name SaveEdit (public suites)', 'button[name="SaveEdit"]'),
    cancel: fact(
      'record form footer cancel button, name CancelEdit (public suites)',
      'button[name="CancelEdit"]',
    ),
    errorHeader: fact(
      'salesforce-pageobjects records/recordEditErrorHeader: "Selector: records-record-edit-error-header"',
      'records-record-edit-error-header',
    ),
    pageErrors: utam('records/recordEditError', 'pageErrors', '.pageLevelErrors .errorsList li'),
    fieldErrors: utam('lightning/input', 'error', '.slds-form-element__help'),
  },
  // Quick-action dialogs (Submit for Approval, Approve, Reject, Reassign, Recall, Choose Price Book, Add
  // Products, Create PDF), found by role and name; Add Products' content follows force/multiAdd (products).
  actionDialog: {
    role: fact('SLDS modals are section[role=dialog] labelled by their heading', 'dialog'),
    // The comment box is found by either: its label, or its container.
    comments: unconfirmed(
      'the approval dialogs label their comment box "Comments" (Salesforce Help wording; no page object or public ' +
        'suite locates it by that label)',
      'Comments',
    ),
    commentBox: fact(
      "the Submit for Approval dialog's comment box is a textarea in div.commentContainer (a public Playwright suite on a " +
        "real org: //div[@class='commentContainer']//textarea[@role='textbox'])",
      '.commentContainer textarea',
    ),
    pageErrors: utam('records/recordEditError', 'pageErrors', '.pageLevelErrors .errorsList li'),
  },
  approvals: {
    submitAction: fact(
      'the standard action\'s renderer is titled "Submit for Approval" (a public Playwright suite on a real org: ' +
        "//runtime_platform_actions-action-renderer[@title='Submit for Approval']//button[@name='Submit'])",
      'Submit for Approval',
    ),
    // The Approval History related list (relationship ProcessSteps); its card is titled "Approval History".
    historyList: unconfirmed(
      'the Approval History related list card, found by its title: salesforce-pageobjects 9.0.0 has no approval page ' +
        'object, and no public suite read on a real org was found that locates the list; a page without it fails ' +
        '"shows no Approval History list", never a pass',
      'article:has(span[title="Approval History"])',
    ),
    // lightning-datatable and SLDS tables label each cell with its column (td[data-label]).
    cell: fact(
      'table cells carry data-label="{Column}" (SLDS responsive tables, lightning-datatable)',
      (column: string) => `[data-label="${column}"]`,
    ),
    rows: fact('SLDS table body rows', 'tbody tr'),
    itemsToApprove: unconfirmed(
      'the home page "Items to Approve" component, found by its card title (Salesforce Help: Items to Approve); ' +
        'salesforce-pageobjects 9.0.0 has no approval page object and no public suite read on a real org was found ' +
        'that locates it',
      'article:has(span[title="Items to Approve"])',
    ),
    // Told apart from a list still loading: "none waiting" counts only with this message.
    itemsToApproveEmpty: unconfirmed(
      'what "Items to Approve" shows when no request waits: no page object or public suite read on a real org was ' +
        'found that shows it; taken to be a line starting "No approval requests" or "No items", or an SLDS illustration',
      '.slds-illustration, :text-matches("^No (approval requests|items)", "i")',
    ),
    // A row is matched to its record by where its link goes, never by the name it shows: names repeat.
    linkTo: unconfirmed(
      'an Items to Approve row links to its approval request (/lightning/r/ProcessInstanceWorkitem/{Id}/view, the ' +
        'request page below); an Id is matched by its case-sensitive 15-character prefix, which its 18-character form starts with',
      (id: string) => `a[href*="${id.slice(0, 15)}"]`,
    ),
    homePath: fact('Lightning home page URL', '/lightning/page/home'),
    requestPage: unconfirmed(
      'the approval request page (/lightning/r/ProcessInstanceWorkitem/{Id}/view), header "Approval Request": a ' +
        'record home (global/recordHomeTemplateDesktop root); a public Playwright suite on a real org finds its action ' +
        "as //div[@title='Approve'], whose container is not declared",
      '.approval-request, one-record-home-flexipage2',
    ),
  },
  products: {
    relatedList: unconfirmed(
      'the opportunity Products related list card, found by its title; lists/relatedListSingleAppBuilderMapper has ' +
        "no title element; a public Selenium suite on a real org finds the list by //span[text()='Products'] in its " +
        'card header; a page without it fails "shows no Products related list", never a pass',
      'article:has(span[title="Products"])',
    ),
    // The Choose Price Book dialog's picker.
    priceBookPicker: unconfirmed(
      'Choose Price Book labels its picker "Price Book" (Salesforce Help, "Add Products to Opportunities"); no page ' +
        'object or public suite locates it; read only as a select, else "not read" (ActionDialog.options)',
      'Price Book',
    ),
    rowCells: fact('lightning-datatable cells carry data-label="{Column}"', 'td, th'),
    // Add Products is force/multiAdd: a search (force/multiAddSearch) over a list view whose grid is
    // force/inlineEditGrid's ui:virtualDataTable, one row per price book entry with a force:virtualCheckbox.
    pickerSearch: utam(
      'forcesearch/inputLookupDesktop',
      'inputTextForAutocomplete',
      '.forceMultiAddSearch .uiInput .uiInputTextForAutocomplete',
    ),
    pickerGrid: utam('force/inlineEditGrid', 'table', '.forceListViewManager table.uiVirtualDataTable'),
    pickerRows: utam('aura/virtualDataTable', 'tableRows', 'tbody tr'),
    pickerRowName: fact(
      "the product's name is the row's th: aura/virtualDataTable tableCellSpecial (tr:nth-of-type(%d) th, getCellSpecialText) " +
        "in the force/inlineEditGrid table of force/multiAdd's list view; a public Selenium suite on a real org " +
        '(OpportunityToQuote_Page) finds a product\'s checkbox from its a[title="{Product}"] through the preceding td',
      'th',
    ),
    // Told apart from a grid that is still loading: an empty answer counts only with this message.
    pickerNoResults: unconfirmed(
      "Add Products' answer to a search that found nothing: force/multiAdd, force/listViewManager and " +
        'aura/virtualDataTable declare no empty state, and no public suite read on a real org was found that shows ' +
        'it; taken to be an SLDS illustration or a line starting "No items" or "No results"',
      '.slds-illustration, :text-matches("^No (items|results)", "i")',
    ),
    pickerCheckbox: utam(
      'force/virtualCheckbox',
      'checkBox',
      '.forceVirtualCheckbox span.slds-checkbox--faux',
    ),
    pickerRowSelected: fact(
      "a chosen row has class selected (aura/virtualDataTable's selectedRowByIndex: tr:nth-of-type(%d).selected)",
      '.selected',
    ),
    // Add Products' "Next": a force:actionButton titled with its label.
    pickerAction: utam(
      'force/multiAdd',
      'nextButton',
      (title: string) => `.forceActionButton[title='${title}']`,
    ),
    // Edit Selected Products is force/multiEdit: the chosen products in the same list view grid (force/inlineEditGrid
    // table, one row per product named in its th), edited cell by cell.
    editAction: utam(
      'force/multiEdit',
      'actionButton',
      (title: string) => `.forceActionButton[title='${title}']`,
    ),
    // force/multiEditUtils setSmartInputValue clicks the cell's first child (a force:actionButton), then types into
    // the cell's input and presses Enter; a public Selenium suite on a real org (OpportunityToQuote_Page) clicks
    // the button whose text contains "Edit Quantity", then types into input[data-aura-class='uiInputSmartNumber'].
    editCellButtonName: fact(
      'an Edit Selected Products cell opens its input through a button whose text contains "Edit {Column}" (public Selenium suite OpportunityToQuote_Page: //span[contains(text(),\'Edit Quantity\')]/..; force/multiEditUtils setSmartInputValue)',
      (column: string) => `Edit ${column}`,
    ),
    editCellInput: fact(
      "the cell's input once its button is clicked (force/multiEditUtils: table.getCellInput(row, column); a public suite: input[data-aura-class='uiInputSmartNumber'])",
      'input',
    ),
    editErrors: utam('force/statusIconSummary', 'messages', '.forceStatusIconSummary ul li'),
  },
  quotes: {
    createPdfAction: fact(
      'the quote\'s action reads "Create PDF", and its dialog saves with "Save to Quote" (a public Selenium suite on a ' +
        "real org, OpportunityToQuote_Page: //div[text()='Create PDF'], //span[text()='Save to Quote'])",
      'Create PDF',
    ),
    template: unconfirmed(
      'the Create PDF dialog\'s template picker, labelled "Template": no page object or public suite locates it; read ' +
        'only as a select, else "not read" (ActionDialog.options), never "not offered"',
      'Template',
    ),
  },
  newRecord: {
    // Without useRecordTypeCheck=1 the form opens with the default record type and never asks.
    path: fact(
      "the New button's own URL asks for the record type only with useRecordTypeCheck=1 (docs/salesforce-facts.md, the New action)",
      (sobject: string) => `/lightning/o/${sobject}/new?useRecordTypeCheck=1`,
    ),
    // After Save, Lightning shows the new record's page; its id is read from the URL.
    createdPath: fact(
      'record page URL (docs/salesforce-facts.md, Record pages)',
      (sobject: string) => new RegExp(`/lightning/r/${sobject}/(\\w{15,18})/view`).source,
    ),
  },
  recordTypeChoice: {
    root: utam('force/changeRecordType', 'root', '.forceChangeRecordType'),
    option: utam(
      'force/changeRecordType',
      'radioButtonWithText',
      ".changeRecordTypeRow [class*='changeRecord'] .slds-radio",
    ),
    labels: utam(
      'force/changeRecordType',
      'changeRecordTypeRowLabels',
      '.changeRecordTypeRow .changeRecordTypeRightColumn .changeRecordTypeOptionRightColumn',
    ),
    // The label of a record type, without its description, inside the right column.
    label: unconfirmed(
      'the record type label is the SLDS radio label inside changeRecordTypeOptionRightColumn: force/changeRecordType ' +
        "reads only the whole right column (label and description, getRecordTypes) and the top-down variant's " +
        '.slds-form-element__label; a step showing neither fails explained',
      '.slds-form-element__label',
    ),
    // The one-column ("top down") variant of the same step: a radio container and a label per row.
    topDownOption: utam(
      'force/changeRecordType',
      'changeRecordTypeTopDownRadioButtons',
      '.changeRecordTypeRow .changeRecordTypeTopDownOneColumn .topdown-radio-container',
    ),
    topDownLabels: utam(
      'force/changeRecordType',
      'changeRecordTypeTopDownLabels',
      '.changeRecordTypeRow .changeRecordTypeTopDownOneColumn .slds-form-element__label',
    ),
    footerButton: utam('force/changeRecordTypeFooter', 'actionButton', 'button'),
    nextName: unconfirmed(
      'the record type step\'s footer button reads "Next": force/changeRecordTypeFooter finds its button by the text ' +
        'it is given (clickButton, stringContains), not declaring the text; a footer without it fails explained',
      'Next',
    ),
  },
  path: {
    root: utam('runtime_sales/path', 'root', 'runtime_sales_pathassistant-path'),
    step: utam('runtime_sales/pathStep', 'root', 'runtime_sales_pathassistant-path-step'),
    stepLink: utam('runtime_sales/pathStep', 'link', '.slds-path__link'),
    stepLabel: utam('runtime_sales/pathStep', 'label', '.slds-path__title[data-label]'),
    // The current stage's item has slds-is-current (docs/salesforce-facts.md, Path). aria-selected marks the
    // stage chosen on the track, which need not be the current one.
    currentItem: unconfirmed(
      "SLDS path state slds-is-current; whether on the path-step host (runtime_sales/pathStep's getClassName reads the host's class) or on an li.slds-path__item inside it is not declared, so both are looked for",
      '.slds-is-current',
    ),
    markComplete: fact('Path\'s button reads "Mark Stage as Complete"', 'Mark Stage as Complete'),
    markCurrent: fact(
      'Path\'s button reads "Mark as Current Stage" once another stage is chosen',
      'Mark as Current Stage',
    ),
    selectClosed: fact(
      'Path\'s button reads "Select Closed Stage" on the closed step',
      'Select Closed Stage',
    ),
    keyFields: utam('runtime_sales/pathFields', 'root', 'runtime_sales_pathassistant-path-fields'),
    keyFieldLabel: unconfirmed(
      'key fields show SLDS form elements inside path-fields; their inner markup is not declared by UTAM',
      '.slds-form-element__label',
    ),
    closedDialog: utam('runtime_sales/pathClosedStageModal', 'root', '.slds-modal__container'),
    closedStageSelect: utam(
      'runtime_sales/pathClosedStageModal',
      'stageSelect',
      '.runtime_sales_pathassistantPathAssistantStepClosed .uiInputSelect',
    ),
    closedSave: utam('runtime_sales/pathClosedStageModal', 'saveButton', '.uiButton--default'),
  },
  // Lightning shows two kinds of toast: the Aura force:showToast one (force/toastMessage) and the LWC
  // lightning/toast one (lightning-toast, in a lightning-toast-container).
  toast: {
    root: utam('force/toastMessage', 'root', '.forceToastMessage'),
    message: utam('force/toastMessage', 'toastMessageText', 'span.toastMessage'),
    close: utam('force/toastMessage', 'buttonClose', 'button.toastClose'),
    title: fact('toast title .toastContent .toastTitle (docs/salesforce-facts.md, toasts)', '.toastTitle'),
    // data-key="success|error|warning|info" names the toast's kind.
    kind: fact('toasts carry data-key="success|error" (docs/salesforce-facts.md, toasts)', 'data-key'),
  },
  lightningToast: {
    root: utam('lightning/toast', 'root', 'lightning-toast'),
    label: utam('lightning/toast', 'label', '.slds-text-heading_small > *'),
    // The message is the slot's own content (its rich text is slot[name='message'] > lightning-formatted-rich-text).
    message: utam('lightning/toast', 'message', "slot[name='message']"),
    close: utam('lightning/toast', 'closeButton', 'lightning-button-icon button'),
    variant: fact(
      'salesforce-pageobjects lightning/toast getVariant reads the root\'s "variant" attribute (success, error, warning, info)',
      'variant',
    ),
  },
  listContents: {
    homePath: fact(
      "an object's home, its default list: /lightning/o/{Object}/home (docs/salesforce-facts.md, Record pages)",
      (sobject: string) => `/lightning/o/${sobject}/home`,
    ),
    // lightning-datatable keys its header row "HEADER" and each data row by the record id (keyField Id).
    rowKeys: fact(
      'lightning-datatable rows carry data-row-key-value; the header row is keyed HEADER (salesforce-ui.md §6)',
      'tr[data-row-key-value]:not([data-row-key-value="HEADER"])',
    ),
    rowKey: fact('lightning-datatable row key attribute', 'data-row-key-value'),
  },
  relatedListCard: {
    // The link to the whole list, the first link of the manager's own shadow root (UTAM "a"); Playwright's CSS
    // pierces shadow roots, so it is told from the header's and rows' links by the label public suites click on
    // real orgs (`//article[@aria-label='Approvals']//span[@class='view-all-label']`).
    viewAll: utam('lists/relatedListViewManager', 'viewAll', 'a:has(span.view-all-label)'),
    // "(3)", or "(6+)" when the card shows only its first rows. UTAM's class lds-shrink-none is no SLDS class,
    // likely a typo of the SLDS utility slds-shrink-none; which of the two a real org's count span carries is
    // unconfirmed, so both are accepted.
    count: utam(
      'lists/listViewManagerHeader',
      'subtitle',
      'h2.slds-card__header-title span.lds-shrink-none, h2.slds-card__header-title span.slds-shrink-none',
    ),
  },
  // A related list's View All page: the whole list, with a list view's status line and datatable.
  relatedListPage: {
    root: utam('lists/relatedListDesktop', 'root', 'lst-related-list-desktop'),
  },
  report: {
    path: fact(
      'report run page /lightning/r/Report/{00OId}/view (salesforce-ui.md §7)',
      (id: string) => `/lightning/r/Report/${id}/view`,
    ),
    // What follows the frame is inside it. salesforce-pageobjects has no desktop report page object: the facts
    // are what public suites read on real orgs (docs/salesforce-facts.md, Reports and dashboards).
    frame: fact(
      'Lightning runs a report in iframe[title="Report Viewer"] (src reports/lightningReportApp.app), docs/salesforce-facts.md#reports-and-dashboards',
      'iframe[title="Report Viewer"]',
    ),
    title: unconfirmed(
      'report header title: no public suite or page object shows its markup; read only for the failure message',
      '.report-title',
    ),
    error: unconfirmed(
      'a report that refuses to run shows its message in an alert in the Report Viewer (wording and markup unconfirmed)',
      '[role="alert"]',
    ),
    noData: fact(
      'a report with no rows shows div.report-table-widget-noData (public Selenium suites), docs/salesforce-facts.md#reports-and-dashboards',
      '.report-table-widget-noData',
    ),
    metric: fact(
      'a header metric is an li holding div[title="{Label}"]; its text reads "Total Records" then the count (public Selenium suites), docs/salesforce-facts.md#reports-and-dashboards',
      (label: string) => `li:has(> div[title="${label.replace(/"/g, '\\"')}"])`,
    ),
    table: fact(
      'the report grid is table.data-grid-table.data-grid-full-table (public Selenium and Playwright suites), docs/salesforce-facts.md#reports-and-dashboards',
      'table.data-grid-full-table',
    ),
    // The grid is virtualised: it renders the rows (and columns) in view and more as it is scrolled.
    scroller: fact(
      "the grid scrolls both ways inside div.widgets, rendering what comes into view (a public Playwright scraper of a real org's Report Viewer scrolls it to collect every row), docs/salesforce-facts.md#reports-and-dashboards",
      '.widgets',
    ),
    rowIndex: fact(
      "a data row's cells carry data-row-index, the row's place in the report (public scrapers key rows by it), docs/salesforce-facts.md#reports-and-dashboards",
      'data-row-index',
    ),
    headerCells: fact(
      'the header row is tr.data-grid-header-row; its cells carry data-column-index (public suites), docs/salesforce-facts.md#reports-and-dashboards',
      'tr.data-grid-header-row th[data-column-index]',
    ),
    headerLabel: fact(
      'a column label is span.lightning-table-cell-measure-header-value (public suites), docs/salesforce-facts.md#reports-and-dashboards',
      '.lightning-table-cell-measure-header-value',
    ),
    // Spacer rows (tr.data-grid-table-row-spacer) have no cell with a column index and are skipped when read.
    bodyRows: fact(
      'data rows are tr.data-grid-table-row, the header row also tr.data-grid-header-row (public suites), docs/salesforce-facts.md#reports-and-dashboards',
      'tr.data-grid-table-row:not(.data-grid-header-row)',
    ),
    cells: fact(
      'a data cell carries data-column-index (td[data-column-index], public Selenium suites); the leading row number has none',
      '[data-column-index]',
    ),
    recordLinks: fact(
      'a report cell links its record to /lightning/r/{id}/view (public report scrapers match a[href^="/lightning/r/"][href$="/view"]), docs/salesforce-facts.md#reports-and-dashboards',
      'a[href*="/lightning/r/"]',
    ),
  },
  dashboard: {
    path: fact(
      'dashboard page /lightning/r/Dashboard/{01ZId}/view (salesforce-ui.md §7)',
      (id: string) => `/lightning/r/Dashboard/${id}/view`,
    ),
    // What follows the frame is inside it; salesforce-pageobjects has no desktop dashboard page object.
    frame: fact(
      'Lightning shows a dashboard in iframe[title="dashboard"] (name sfxdash-…, src desktopDashboards/dashboardApp.app), docs/salesforce-facts.md#reports-and-dashboards',
      'iframe[title="dashboard"]',
    ),
    title: unconfirmed(
      'dashboard header title: one public suite reads .slds-page-header__title inside the dashboard frame',
      '.slds-page-header__title',
    ),
    runningUser: unconfirmed(
      'whom the dashboard shows data as ("View dashboard as: {Name}"): no public suite or page object shows how the header names its running user; read only for the failure message',
      '.dashboardRunningUser .runningUserName',
    ),
    components: unconfirmed(
      "a dashboard component as an SLDS card: no public suite or page object shows a Lightning dashboard widget's markup",
      'article.slds-card',
    ),
    componentTitle: unconfirmed(
      "a dashboard component's title as the SLDS card header title (widget markup unconfirmed, as above)",
      '.slds-card__header-title',
    ),
    componentBody: unconfirmed(
      "a dashboard component's body as the SLDS card body (widget markup unconfirmed, as above)",
      '.slds-card__body',
    ),
  },
  appNav: {
    tab: utam(
      'global/appNavBarItemRoot',
      'itemLink',
      (label: string) => `one-app-nav-bar-item-root a[title="${label.replace(/"/g, '\\"')}"]`,
    ),
    tabs: utam('global/appNavBar', 'navItem', 'one-app-nav-bar-item-root'),
    // The current app's name in the navigation bar.
    appName: utam('global/appNav', 'appName', '.appName span'),
    launcher: fact(
      'App Launcher button[title="App Launcher"] (salesforce-ui.md §6)',
      'button[title="App Launcher"]',
    ),
    launcherSearch: fact(
      'App Launcher search input[placeholder="Search apps and items..."] (salesforce-ui.md §6)',
      'input[placeholder="Search apps and items..."]',
    ),
    launcherMenu: utam('global/appLauncherMenu', 'root', 'one-app-launcher-menu'),
    // The menu lists apps and, once searched, items alike as menu items; one-app-launcher-tab-item is the
    // View All modal's (public suites find it only under one-app-launcher-modal).
    launcherItems: utam('global/appLauncherMenu', 'items', 'one-app-launcher-menu-item'),
    launcherItemLink: fact(
      'a menu item is a link a[data-label="{Label}"] (salesforce-ui.md §6)',
      'a[data-label]',
    ),
    // Told apart from a list that is still loading: an empty answer counts only with this message.
    launcherNoResults: unconfirmed(
      "the App Launcher menu's answer to a search that found nothing: global/appLauncherMenu declares only items, " +
        'searchBar and lwcButton, and no public suite read on a real org was found that shows it; taken to be an SLDS ' +
        'illustration or a line starting "No results" (salesforce/design-system-react#434 asked for this empty state, ' +
        'closed for SLDS illustrations)',
      '.slds-illustration, :text-matches("^No results", "i")',
    ),
    launcherItem: fact(
      'an App Launcher menu item by its label: one-app-launcher-menu-item a[data-label] (salesforce-ui.md §6; global/appLauncherMenu items)',
      (label: string) => `one-app-launcher-menu-item a[data-label="${label.replace(/"/g, '\\"')}"]`,
    ),
  },
} as const;
