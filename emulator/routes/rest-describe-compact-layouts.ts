import { Hono } from 'hono';
import type { ApiEnv } from '../api/api-env';
import { derivedId } from '../api/derived-ids';
import { recordTypeChoices } from '../api/describe';
import type { OrgState } from '../model/org-state';
import type { CompactLayoutDefinition } from '../org/schema-record-ui';
import { visibleObject } from './rest-records';

/**
 * /sobjects/{T}/describe/compactLayouts: the object's compact layouts as DescribeCompactLayoutsResult (SOAP API
 * Developer Guide, "DescribeCompactLayoutsResult"): compactLayouts with their fieldItems (DescribeLayoutItem,
 * one Field component each), defaultCompactLayoutId (the primary one) and recordTypeCompactLayoutMappings.
 * The key prefix 0AH for CompactLayout ids is unconfirmed.
 */
export function describeCompactLayoutRoutes(state: OrgState): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.get('/:type/describe/compactLayouts', (c) => {
    const user = c.get('user');
    const type = visibleObject(state, user, c.req.param('type'));
    const layouts = state.definition.compactLayouts.filter((layout) => layout.object === type.name);
    const idOf = (layout: CompactLayoutDefinition) => derivedId('0AH', `${type.name}/${layout.name}`);
    const primary = layouts.find((layout) => layout.recordTypes.length === 0) ?? layouts[0];
    const describe = (layout: CompactLayoutDefinition) => ({
      actions: [],
      fieldItems: layout.fields.map((name, index) => ({
        editableForNew: false,
        editableForUpdate: false,
        label: type.field(name)?.label ?? name,
        layoutComponents: [{ displayLines: 1, tabOrder: index + 1, type: 'Field', value: name }],
        placeholder: false,
        required: false,
      })),
      id: idOf(layout),
      imageItems: [],
      label: layout.name,
      name: layout.name.replace(/\W+/g, '_'),
      objectType: type.name,
    });
    return c.json({
      compactLayouts: layouts.map(describe),
      defaultCompactLayoutId: primary ? idOf(primary) : null,
      recordTypeCompactLayoutMappings: recordTypeChoices(state, user, type).map((choice) => {
        const chosen =
          (!choice.master && layouts.find((layout) => layout.recordTypes.includes(choice.developerName))) ||
          primary;
        return {
          available: choice.available,
          compactLayoutId: chosen ? idOf(chosen) : null,
          compactLayoutName: chosen?.name.replace(/\W+/g, '_') ?? 'SYSTEM',
          recordTypeId: choice.id,
          recordTypeName: choice.name,
        };
      }),
    });
  });
  return api;
}
