import { FilterLogicError, logicFormula } from '../../salesforce/formula/filter-logic';
import type { OrgDefinition } from '../org/schema';
import { fieldExists, type Issue } from './cross-check-support';

/** Cross-reference checks for paths, list views, apps, reports and dashboards. */
export function crossCheckNavigation(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const hasField = fieldExists(def);
  const checkFields = (at: (string | number)[], object: string, fields: string[]) => {
    fields.forEach((field, index) => {
      if (!hasField(object, field)) add([...at, index], `No field ${field} on ${object}`);
    });
  };
  const checkObject = (at: (string | number)[], object: string) => {
    if (def.objects[object]) return true;
    add(at, `No object ${object} in objects`);
    return false;
  };
  const usernames = new Set(def.users.map((user) => user.username.toLowerCase()));
  const profiles = new Set(def.profiles.map((profile) => profile.name));

  def.paths.forEach((path, index) => {
    if (!checkObject(['paths', index, 'object'], path.object)) return;
    const field = def.objects[path.object]?.fields[path.field];
    if (field?.type !== 'picklist')
      add(['paths', index, 'field'], `${path.object}.${path.field} is not a picklist`);
    for (const [stage, config] of Object.entries(path.stages)) {
      if (field?.values && !field.values.includes(stage)) {
        add(['paths', index, 'stages', stage], `"${stage}" is not a value of ${path.object}.${path.field}`);
      }
      checkFields(['paths', index, 'stages', stage, 'keyFields'], path.object, config.keyFields);
    }
  });

  const listViewNames = new Set<string>();
  def.listViews.forEach((view, index) => {
    const at = ['listViews', index];
    const key = `${view.object}.${view.developerName}`;
    if (listViewNames.has(key)) add([...at, 'developerName'], `List view ${key} is defined twice`);
    listViewNames.add(key);
    if (!checkObject([...at, 'object'], view.object)) return;
    checkFields([...at, 'columns'], view.object, view.columns);
    view.filters.forEach((filter, f) => {
      if (!hasField(view.object, filter.field))
        add([...at, 'filters', f, 'field'], `No field ${filter.field} on ${view.object}`);
    });
    if (view.sort && !hasField(view.object, view.sort.field))
      add([...at, 'sort', 'field'], `No field ${view.sort.field} on ${view.object}`);
    const queues = def.groups.filter((group) => group.type === 'Queue');
    if (
      view.queue &&
      !queues.some((queue) => queue.name === view.queue || queue.developerName === view.queue)
    ) {
      add([...at, 'queue'], `No queue named ${view.queue} in groups`);
    }
    if (view.filterScope === 'Queue' && !view.queue)
      add([...at, 'queue'], 'A Queue list view needs queue: {queue name}');
    if (view.visibleTo !== 'all') {
      view.visibleTo.profiles.forEach((profile, p) => {
        if (!profiles.has(profile)) add([...at, 'visibleTo', 'profiles', p], `No profile named "${profile}"`);
      });
    }
  });

  def.folders.forEach((folder, index) => {
    if (folder.sharedWith === 'all') return;
    folder.sharedWith.profiles.forEach((profile, p) => {
      if (!profiles.has(profile))
        add(['folders', index, 'sharedWith', 'profiles', p], `No profile named "${profile}"`);
    });
  });

  def.apps.forEach((app, index) => {
    app.tabs.forEach((tab, t) => {
      if (!['Home', 'Report', 'Dashboard'].includes(tab) && !def.objects[tab]) {
        add(
          ['apps', index, 'tabs', t],
          `No object ${tab} in objects (tabs are object names, Home, Report or Dashboard)`,
        );
      }
    });
  });

  const reports = new Set<string>();
  def.reports.forEach((report, index) => {
    const at = ['reports', index];
    if (reports.has(report.developerName))
      add([...at, 'developerName'], `Report ${report.developerName} is defined twice`);
    reports.add(report.developerName);
    if (!checkObject([...at, 'object'], report.object)) return;
    checkFields([...at, 'columns'], report.object, report.columns);
    checkFields([...at, 'groupings'], report.object, report.groupings);
    checkFields([...at, 'groupingsAcross'], report.object, report.groupingsAcross);
    report.filters.forEach((filter, f) => {
      if (!hasField(report.object, filter.field))
        add([...at, 'filters', f, 'field'], `No field ${filter.field} on ${report.object}`);
    });
    if (report.booleanFilter) {
      try {
        logicFormula(
          report.booleanFilter,
          report.filters.map(() => 'TRUE'),
        );
      } catch (error) {
        if (!(error instanceof FilterLogicError)) throw error;
        add([...at, 'booleanFilter'], `booleanFilter ${error.message}`);
      }
    }
    report.summaries.forEach((summary, s) => {
      if (!hasField(report.object, summary.field))
        add([...at, 'summaries', s, 'field'], `No field ${summary.field} on ${report.object}`);
    });
  });

  def.dashboards.forEach((dashboard, index) => {
    const at = ['dashboards', index];
    if (dashboard.runningUser !== 'viewer' && !usernames.has(dashboard.runningUser.toLowerCase())) {
      add([...at, 'runningUser'], `No user ${dashboard.runningUser} (or "viewer" for a dynamic dashboard)`);
    }
    dashboard.components.forEach((component, c) => {
      if (!reports.has(component.report))
        add([...at, 'components', c, 'report'], `No report with developerName ${component.report}`);
    });
  });
  return issues;
}
