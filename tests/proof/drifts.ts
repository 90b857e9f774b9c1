import type { OrgDefinition } from '../../emulator';
import type { Diagnosis } from './diagnosis';
import {
  group,
  itemField,
  layout,
  listView,
  profile,
  recordType,
  removeOne,
  report,
  role,
  user,
} from './org-edits';

/**
 * An org change that breaks users in real releases, applied to a copy of the demo org definition, with the
 * demo scenarios it must turn red and the reason their failures must give. A drift with `survive` must leave
 * its scenarios green instead.
 */
export interface Drift {
  id: string;
  title: string;
  change: (org: OrgDefinition) => void;
  /** Demo scenario ids: each must fail with `diagnosis` (or, with `survive`, pass). */
  scenarios: string[];
  diagnosis?: Diagnosis;
  survive?: boolean;
  /** Extra `persona-ux run` arguments. */
  args?: string[];
  /**
   * The admin the run signs in as, through SF_* settings, when it is not the one the embedded emulator would
   * pick (the emulator needs one user with Manage Users and Modify All Data to start at all).
   */
  signInAs?: string;
}

const ADMIN = 'admin@acme-demo.example';
const SDR = 'sam.sdr@acme-demo.example';
const CSM = 'casey.csm@acme-demo.example';

type SystemPermission = OrgDefinition['profiles'][number]['systemPermissions'][number];

/**
 * The run's admin gets a profile of its own without the permission; another System Administrator stays, as
 * orgs keep more than one, and lets the emulator start.
 */
function adminLoses(org: OrgDefinition, permission: SystemPermission): void {
  const admin = user(org, ADMIN);
  const full = profile(org, admin.profile);
  org.profiles.push({
    ...structuredClone(full),
    name: `${full.name} (restricted)`,
    systemPermissions: full.systemPermissions.filter((p) => p !== permission),
  });
  org.users.push({
    ...structuredClone(admin),
    username: 'root.admin@acme-demo.example',
    firstName: 'Robin',
    lastName: 'Root',
    email: 'robin.root@acme-demo.example',
    alias: 'rroot',
  });
  admin.profile = `${full.name} (restricted)`;
}

export const DRIFTS: Drift[] = [
  {
    id: 'fls-removed',
    title: 'Field-level security removed: SDR loses Read on Lead.Lead_Score__c',
    change: (org) => {
      profile(org, 'Sales Development Rep').fieldPermissions.Lead.Lead_Score__c = 'none';
    },
    scenarios: ['sdr-sees-routed-lead'],
    diagnosis: 'fls',
  },
  {
    id: 'fls-exposed',
    title: 'Field-level security widened: Marketing Operations gains Read on Lead.Internal_Revenue__c',
    change: (org) => {
      profile(org, 'Marketing Operations').fieldPermissions.Lead.Internal_Revenue__c = 'read';
    },
    // The record page shows the field, and the Lead Attribution report gains its column.
    scenarios: [
      'mops-sees-lead-score-not-revenue',
      'mops-edits-lead-score-through-permission-set',
      'mops-sees-lead-attribution',
    ],
    diagnosis: 'fls-exposed',
  },
  {
    id: 'layout-field-removed',
    title: 'Field removed from a layout: Credit_Limit__c off "Account Layout"',
    change: (org) => {
      for (const section of layout(org, 'Account Layout').sections) {
        section.fields = section.fields.filter((item) => itemField(item) !== 'Credit_Limit__c');
      }
    },
    scenarios: ['finance-sees-credit-limit'],
    diagnosis: 'layout',
  },
  {
    id: 'lightning-page-field-removed',
    title: 'Field removed from a Lightning page built with Dynamic Forms: Case.Origin off "Case_Record_Page"',
    // The emulator's Dynamic Forms page places the fields of the object's first layout.
    change: (org) => {
      for (const section of layout(org, 'Case Layout').sections) {
        section.fields = section.fields.filter((item) => itemField(item) !== 'Origin');
      }
    },
    scenarios: ['csm-reads-case-on-dynamic-forms-page'],
    diagnosis: 'lightning-page',
  },
  {
    id: 'lightning-page-visibility-rule',
    title:
      'Component visibility rule added: Case\'s "Description Information" section shows for closed cases only',
    change: (org) => {
      org.recordUi.sectionVisibility.push({
        object: 'Case',
        section: 'Description Information',
        criteria: [{ field: 'Status', operator: 'EQUAL', value: 'Closed' }],
      });
    },
    scenarios: ['csm-reads-case-on-dynamic-forms-page'],
    diagnosis: 'visibility-rule',
  },
  {
    id: 'custom-permission-removed',
    title:
      'Custom permission taken from a profile: Customer Success Manager loses "Escalate Cases", on which the Case page shows Priority',
    change: (org) => {
      profile(org, 'Customer Success Manager').customPermissions = [];
    },
    scenarios: ['csm-reads-case-on-dynamic-forms-page'],
    diagnosis: 'visibility-rule',
  },
  {
    id: 'layout-assignment-profile',
    title: 'Layout assignment changed for a profile: Account Executive gets "Lead Layout - SDR"',
    change: (org) => {
      profile(org, 'Account Executive').layoutAssignments.Lead = 'Lead Layout - SDR';
    },
    scenarios: ['ae-sees-lead-revenue', 'ae-sees-hot-rating-from-score'],
    diagnosis: 'layout',
  },
  {
    id: 'layout-assignment-record-type',
    title: 'Layout assignment changed for a record type: Renewal opportunities get a layout without Account',
    change: (org) => {
      const base = layout(org, 'Opportunity Layout');
      org.layouts.push({
        ...structuredClone(base),
        name: 'Opportunity Layout - Renewal',
        sections: base.sections.map((section) => ({
          ...section,
          fields: section.fields.filter((item) => itemField(item) !== 'AccountId'),
        })),
      });
      profile(org, 'Account Executive').layoutAssignments.Opportunity = {
        default: 'Opportunity Layout',
        recordTypes: { Renewal: 'Opportunity Layout - Renewal' },
      };
    },
    scenarios: ['ae-sees-renewal-under-its-account'],
    diagnosis: 'layout',
  },
  {
    id: 'owd-tightened',
    title: 'Org-wide default tightened: Account Public Read/Write → Private',
    change: (org) => {
      org.sharing.defaults.Account = 'Private';
    },
    scenarios: ['csm-cannot-see-credit-limit'],
    diagnosis: 'sharing',
  },
  {
    id: 'queue-membership-removed',
    title: 'Queue membership removed: Sam Rivera leaves the SDR Queue',
    change: (org) => {
      const queue = group(org, 'SDR_Queue');
      queue.members = queue.members.filter((member) => member !== SDR);
    },
    scenarios: ['sdr-sees-routed-lead', 'sdr-sees-team-open-lead'],
    diagnosis: 'persona-contract',
  },
  {
    id: 'role-hierarchy-changed',
    title: 'Role hierarchy changed: Sales Development moved under VP Sales, out of the sales team',
    change: (org) => {
      role(org, 'Sales Development').parent = 'VP Sales';
    },
    scenarios: ['sdr-sees-team-open-lead'],
    diagnosis: 'sharing',
  },
  {
    id: 'sharing-rule-deleted',
    title: 'Sharing rule deleted: "Open leads to the sales team"',
    change: (org) => {
      removeOne(org.sharing.rules, 'sharing rule', (rule) => rule.name === 'Open leads to the sales team');
    },
    scenarios: ['sdr-sees-team-open-lead'],
    diagnosis: 'sharing',
  },
  {
    id: 'assignment-rule-changed',
    title: 'Assignment rule changed: Canadian leads routed to Ava Chen instead of Sam Rivera',
    change: (org) => {
      const rule = org.assignmentRules.find((r) => r.object === 'Lead');
      const canada = rule?.entries.find((entry) => entry.assignTo === SDR);
      if (!canada) throw new Error('the demo org routes no lead to the SDR');
      canada.assignTo = 'ava.ae@acme-demo.example';
    },
    scenarios: ['sdr-gets-routed-canadian-lead'],
    diagnosis: 'assignment',
  },
  {
    id: 'assignment-rule-deactivated',
    title: 'Assignment rule deactivated: no active lead assignment rule',
    change: (org) => {
      const rule = org.assignmentRules.find((r) => r.object === 'Lead' && r.active);
      if (!rule) throw new Error('the demo org has no active lead assignment rule');
      rule.active = false;
    },
    scenarios: ['sdr-gets-routed-canadian-lead'],
    diagnosis: 'assignment',
  },
  {
    id: 'flow-deactivated',
    title: 'Flow deactivated: "Lead - Hot rating from score"',
    change: (org) => {
      const flow = org.flows.find((f) => f.name === 'Lead_Hot_Rating');
      if (!flow) throw new Error('the demo org has no flow Lead_Hot_Rating');
      flow.active = false;
    },
    scenarios: ['ae-sees-hot-rating-from-score'],
    diagnosis: 'automation',
  },
  {
    id: 'flow-writes-another-value',
    title: 'Flow changed: "Lead - Hot rating from score" now rates such leads Warm',
    change: (org) => {
      const flow = org.flows.find((f) => f.name === 'Lead_Hot_Rating');
      if (!flow) throw new Error('the demo org has no flow Lead_Hot_Rating');
      flow.actions = [{ updateRecord: { Rating: 'Warm' } }];
    },
    scenarios: ['ae-sees-hot-rating-from-score'],
    diagnosis: 'automation',
  },
  {
    id: 'price-books-opened-to-all',
    title: 'Price book default set to Use: every seller may choose every price book',
    change: (org) => {
      org.org.defaultPricebookAccess = 'ReadSelect';
    },
    scenarios: ['ae-adds-products-from-shared-price-book'],
    diagnosis: 'price-book',
  },
  {
    id: 'validation-rule-added',
    title: 'Validation rule added: Closed Won needs a Next Step',
    change: (org) => {
      org.validationRules.push({
        object: 'Opportunity',
        name: 'Closed_Won_Requires_Next_Step',
        active: true,
        errorConditionFormula: 'AND(ISPICKVAL(StageName, "Closed Won"), ISBLANK(NextStep))',
        errorMessage: 'Enter the next step before you mark the opportunity Closed Won.',
        errorDisplayField: 'NextStep',
      });
    },
    scenarios: ['ae-cannot-win-without-amount'],
    diagnosis: 'validation-rule',
  },
  {
    id: 'field-required-on-layout',
    title: 'Field made required on the layout: Next Step on "Opportunity Layout"',
    change: (org) => {
      for (const section of layout(org, 'Opportunity Layout').sections) {
        section.fields = section.fields.map((item) =>
          itemField(item) === 'NextStep' ? { field: 'NextStep', behavior: 'required' } : item,
        );
      }
    },
    scenarios: ['ae-cannot-win-without-amount'],
    diagnosis: 'required-field',
  },
  {
    id: 'picklist-value-removed',
    title: 'Picklist value removed from a record type: Closed Won off New Business stages',
    change: (org) => {
      const stages = org.objects.Opportunity.fields.StageName;
      if (stages.type !== 'picklist' || !stages.values)
        throw new Error('Opportunity.StageName has no values');
      recordType(org, 'Opportunity', 'New_Business').picklistValues.StageName = stages.values.filter(
        (value) => value !== 'Closed Won',
      );
    },
    scenarios: ['ae-cannot-win-without-amount'],
    diagnosis: 'picklist',
  },
  {
    id: 'login-access-policy-off',
    title: 'Login Access Policy off: "Administrators Can Log in as Any User"',
    change: (org) => {
      org.security.adminsCanLogInAsAnyUser = false;
    },
    scenarios: ['finance-sees-credit-limit'],
    diagnosis: 'login-as:policy',
  },
  {
    id: 'admin-loses-manage-users',
    title: 'The admin persona-ux signs in as loses Manage Users',
    change: (org) => adminLoses(org, 'ManageUsers'),
    scenarios: ['finance-sees-credit-limit'],
    diagnosis: 'login-as:permissions',
    signInAs: ADMIN,
  },
  {
    id: 'admin-loses-modify-all-data',
    title: 'The admin persona-ux signs in as loses Modify All Data',
    change: (org) => adminLoses(org, 'ModifyAllData'),
    scenarios: ['finance-sees-credit-limit'],
    diagnosis: 'login-as:permissions',
    signInAs: ADMIN,
  },
  {
    id: 'persona-user-frozen',
    title: "The persona's user frozen: Sam Rivera",
    change: (org) => {
      user(org, SDR).frozen = true;
    },
    scenarios: ['sdr-sees-routed-lead'],
    diagnosis: 'login-as:frozen',
  },
  {
    id: 'persona-user-deactivated',
    title: "The persona's user deactivated: Casey Morgan",
    change: (org) => {
      user(org, CSM).active = false;
    },
    scenarios: ['csm-cannot-see-credit-limit'],
    diagnosis: 'login-as:inactive',
  },
  {
    id: 'login-ip-ranges-restricted',
    title: "Login IP ranges set on the persona's profile, excluding where the run connects from",
    change: (org) => {
      profile(org, 'Finance').loginIpRanges = [{ start: '10.9.9.1', end: '10.9.9.9' }];
    },
    scenarios: ['finance-sees-credit-limit'],
    diagnosis: 'login-as:refused',
  },
  {
    id: 'object-permission-removed',
    title: 'Object permission removed: Finance loses Read on Account',
    change: (org) => {
      const finance = profile(org, 'Finance');
      delete finance.objectPermissions.Account;
      delete finance.fieldPermissions.Account;
    },
    scenarios: ['finance-sees-credit-limit'],
    diagnosis: 'object-access',
  },
  {
    id: 'list-view-filter-changed',
    title: 'List view filter changed: My Open Leads shows Hot leads only',
    change: (org) => {
      listView(org, 'Lead', 'MyOpenLeads').filters.push({
        field: 'Rating',
        operator: 'equals',
        value: 'Hot',
      });
    },
    scenarios: ['sdr-gets-routed-canadian-lead'],
    diagnosis: 'list-view',
  },
  {
    id: 'report-filter-changed',
    title: 'Report filter changed: All Open Leads lists Hot leads only',
    change: (org) => {
      report(org, 'All_Open_Leads').filters.push({ field: 'Rating', operator: 'equals', value: 'Hot' });
    },
    scenarios: ['open-leads-report-blank-for-mops'],
    diagnosis: 'report',
  },
  {
    id: 'permission-set-group-over-exposes',
    title: 'A permission set (in a group given to Casey Morgan) exposes Account.Credit_Limit__c',
    change: (org) => {
      org.permissionSets.push({
        name: 'Account_Credit_Visibility',
        label: 'Account Credit Visibility',
        systemPermissions: [],
        objectPermissions: {
          Account: {
            read: true,
            create: false,
            edit: false,
            delete: false,
            viewAll: false,
            modifyAll: false,
          },
        },
        fieldPermissions: { Account: { Credit_Limit__c: 'read' } },
        tabSettings: {},
        customPermissions: [],
      });
      org.permissionSetGroups.push({
        name: 'Customer_Insights',
        label: 'Customer Insights',
        permissionSets: ['Account_Credit_Visibility'],
      });
      user(org, CSM).permissionSetGroups.push('Customer_Insights');
    },
    // Every demo persona declares permissionSetGroups: [], so the contract stops it before any page.
    scenarios: ['csm-cannot-see-credit-limit'],
    diagnosis: 'persona-contract',
  },
  {
    id: 'permission-set-assigned',
    title: "A permission set that exposes Credit_Limit__c assigned to the persona's user",
    change: (org) => {
      org.permissionSets.push({
        name: 'Account_Credit_Visibility',
        label: 'Account Credit Visibility',
        systemPermissions: [],
        objectPermissions: {},
        fieldPermissions: { Account: { Credit_Limit__c: 'read' } },
        tabSettings: {},
        customPermissions: [],
      });
      user(org, CSM).permissionSets.push('Account_Credit_Visibility');
    },
    scenarios: ['csm-cannot-see-credit-limit'],
    diagnosis: 'persona-contract',
  },
  {
    id: 'follow-up-flow-deactivated',
    title: 'Flow deactivated: "Lead - Follow-up task for the new owner" (no follow-up Task)',
    change: (org) => {
      const flow = org.flows.find((f) => f.name === 'Lead_Follow_Up_Task');
      if (!flow) throw new Error('the demo org has no flow Lead_Follow_Up_Task');
      flow.active = false;
    },
    scenarios: ['sdr-routed-lead-follow-up-task'],
    diagnosis: 'automation',
  },
  {
    id: 'dashboard-running-user-changed',
    title: 'Dashboard running user changed: Sales Pipeline runs as the SDR instead of the Sales Manager',
    change: (org) => {
      const dashboard = org.dashboards.find((d) => d.developerName === 'Sales_Pipeline');
      if (!dashboard) throw new Error('the demo org has no dashboard Sales_Pipeline');
      dashboard.runningUser = SDR;
    },
    scenarios: ['sdr-dashboard-runs-as-manager'],
    diagnosis: 'dashboard',
  },
  {
    id: 'record-type-removed-from-profile',
    title: 'Record type removed from a profile: Account Executive loses Renewal opportunities',
    change: (org) => {
      const { recordTypes } = profile(org, 'Account Executive');
      const opportunity = recordTypes.Opportunity;
      if (!opportunity) throw new Error('Account Executive has no Opportunity record types');
      opportunity.available = opportunity.available.filter((name) => name !== 'Renewal');
    },
    scenarios: ['ae-creates-renewal-opportunity'],
    diagnosis: 'record-type',
  },
  {
    id: 'force-relogin-on',
    title: 'Force relogin after Login-As turned on (the suite must survive)',
    change: (org) => {
      org.session.forceReloginAfterLoginAs = true;
    },
    // One worker: every scenario after the first starts from the admin session the relogin ended.
    scenarios: ['sdr-sees-routed-lead', 'finance-sees-credit-limit', 'ae-sees-lead-revenue'],
    survive: true,
    args: ['--workers', '1'],
  },
];
