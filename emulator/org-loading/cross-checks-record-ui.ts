import { productObjectNames } from '../model/product-objects';
import type { OrgDefinition } from '../org/schema';
import { fieldExists, type Issue } from './cross-check-support';

/**
 * Cross-reference checks for compact layouts, the related lists of page layouts and the objects whose record
 * page is built with Dynamic Forms.
 */
export function crossCheckRecordUi(def: OrgDefinition): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const hasField = fieldExists(def);

  def.compactLayouts.forEach((layout, index) => {
    if (!def.objects[layout.object]) {
      add(['compactLayouts', index, 'object'], `No object ${layout.object} in objects`);
      return;
    }
    layout.fields.forEach((field, f) => {
      if (!hasField(layout.object, field))
        add(['compactLayouts', index, 'fields', f], `No field ${field} on ${layout.object}`);
    });
  });
  const builtIn = new Set(productObjectNames(def));
  def.recordUi.dynamicForms.forEach((object, index) => {
    if (!def.objects[object] && !builtIn.has(object))
      add(['recordUi', 'dynamicForms', index], `No object ${object} in objects`);
  });
  def.recordUi.fieldSectionTabs.forEach(({ object, tab }, index) => {
    if (!def.recordUi.dynamicForms.includes(object))
      add(['recordUi', 'fieldSectionTabs', index, 'object'], `${object} is not in recordUi.dynamicForms`);
    if (tab === 'Related')
      add(['recordUi', 'fieldSectionTabs', index, 'tab'], 'the Related tab holds the related lists');
  });
  def.recordUi.fieldVisibility.forEach(({ object, field, criteria }, index) => {
    const at = ['recordUi', 'fieldVisibility', index];
    if (!def.recordUi.dynamicForms.includes(object)) {
      add([...at, 'object'], `${object} is not in recordUi.dynamicForms`);
      return;
    }
    if (!hasField(object, field)) add([...at, 'field'], `No field ${field} on ${object}`);
    criteria.forEach((criterion, c) => {
      if (!hasField(object, criterion.field))
        add([...at, 'criteria', c, 'field'], `No field ${criterion.field} on ${object}`);
    });
  });
  def.layouts.forEach((layout, index) => {
    layout.relatedLists.forEach((list, r) => {
      const at = ['layouts', index, 'relatedLists', r];
      // Product and quote objects are the platform's own (model/product-objects.ts), not in objects.
      if (builtIn.has(list.object)) return;
      if (!def.objects[list.object]) {
        add([...at, 'object'], `No object ${list.object} in objects`);
        return;
      }
      const lookup = def.objects[list.object].fields[list.field];
      if (lookup?.type !== 'lookup' || !lookup.referenceTo?.includes(layout.object)) {
        add([...at, 'field'], `${list.object}.${list.field} is not a lookup to ${layout.object}`);
      }
      list.columns.forEach((column, c) => {
        if (!hasField(list.object, column))
          add([...at, 'columns', c], `No field ${column} on ${list.object}`);
      });
    });
  });
  return issues;
}
