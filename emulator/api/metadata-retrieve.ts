import { strToU8, zipSync } from 'fflate';
import type { OrgState } from '../model/org-state';
import { componentsOf, fileProperties, type MetadataComponent } from './metadata-catalog';
import { validationRuleMetadata } from './metadata-objects';
import { escapeText, METADATA_NS, type MetadataRecord, metadataFile } from './metadata-xml';

/**
 * retrieve() of an unpackaged manifest: a zip of package.xml and one mdapi-format file per component
 * (validation rules inside their object's file), under `unpackaged/` unless singlePackage is set.
 * RetrieveResult shape: Metadata API Developer Guide, "checkRetrieveStatus()".
 */
export interface RetrieveOutcome {
  fileProperties: MetadataRecord[];
  messages: { fileName: string; problem: string }[];
  zipFile: string;
}

interface ManifestType {
  name: string;
  members: string[];
}

export function manifestTypes(request: Record<string, unknown>): ManifestType[] {
  const unpackaged = (request.unpackaged ?? {}) as { types?: unknown };
  return [unpackaged.types ?? []].flat().flatMap((entry) => {
    if (!entry || typeof entry !== 'object') return [];
    const { name, members } = entry as { name?: unknown; members?: unknown };
    return typeof name === 'string' ? [{ name, members: [members ?? []].flat().map(String) }] : [];
  });
}

export function retrieveComponents(
  state: OrgState,
  types: ManifestType[],
  version: string,
  singlePackage: boolean,
): RetrieveOutcome {
  const prefix = singlePackage ? '' : 'unpackaged/';
  const messages: RetrieveOutcome['messages'] = [];
  const chosen: MetadataComponent[] = [];
  for (const type of types) {
    const all = componentsOf(state, type.name);
    if (!all) {
      messages.push({
        fileName: `${prefix}package.xml`,
        problem: `Unknown type name '${type.name}' specified in package.xml`,
      });
      continue;
    }
    for (const member of type.members) {
      if (member === '*') {
        chosen.push(...all);
        continue;
      }
      const found = all.find((component) => component.fullName === member);
      if (found) chosen.push(found);
      // The problem text Salesforce gives for a missing member (e.g. forcedotcom/cli issues).
      else
        messages.push({
          fileName: `${prefix}package.xml`,
          problem: `Entity of type '${type.name}' named '${member}' cannot be found`,
        });
    }
  }
  const files: Record<string, Uint8Array> = { [`${prefix}package.xml`]: strToU8(packageXml(types, version)) };
  const byFile = new Map<string, MetadataComponent[]>();
  for (const component of chosen)
    byFile.set(component.fileName, [...(byFile.get(component.fileName) ?? []), component]);
  for (const [fileName, components] of byFile) {
    files[`${prefix}${fileName}`] = strToU8(
      metadataFile(components[0].fileType, fileContent(state, components, chosen)),
    );
  }
  return {
    fileProperties: [
      ...chosen.map((component) => ({
        ...fileProperties(state, component),
        fileName: `${prefix}${component.fileName}`,
      })),
      {
        ...fileProperties(state, {
          type: 'Package',
          fullName: `${prefix}package.xml`,
          id: '',
          fileName: 'package.xml',
          fileType: 'Package',
          record: () => ({}),
        }),
        fileName: `${prefix}package.xml`,
      },
    ],
    messages,
    zipFile: Buffer.from(zipSync(files)).toString('base64'),
  };
}

/**
 * A retrieved Profile or PermissionSet holds only the permissions that concern the other components of the
 * package (Metadata API Developer Guide, "Profile": "the contents returned depend on the other metadata in the
 * request"): field and object permissions of the objects retrieved, layout assignments of the layouts,
 * record type visibilities of the objects' record types (unconfirmed: Salesforce asks for RecordType members);
 * tab settings and custom permissions go, as no tabs or CustomPermission components are retrieved. User permissions, login hours, login IP ranges and the license always stay.
 */
function trimToPackage(record: MetadataRecord, chosen: MetadataComponent[]): MetadataRecord {
  const objects = new Set(chosen.filter((c) => c.type === 'CustomObject').map((c) => c.fullName));
  const layouts = new Set(chosen.filter((c) => c.type === 'Layout').map((c) => c.fullName));
  const ofObject = (qualified: unknown) => objects.has(String(qualified).split('.')[0]);
  const entries = (key: string) => [record[key] ?? []].flat() as MetadataRecord[];
  return {
    ...record,
    fieldPermissions: entries('fieldPermissions').filter((entry) => ofObject(entry.field)),
    objectPermissions: entries('objectPermissions').filter((entry) => objects.has(String(entry.object))),
    layoutAssignments: entries('layoutAssignments').filter((entry) => layouts.has(String(entry.layout))),
    recordTypeVisibilities: entries('recordTypeVisibilities').filter((entry) => ofObject(entry.recordType)),
    tabVisibilities: undefined,
    tabSettings: undefined,
    customPermissions: undefined,
  };
}

/** A whole object when CustomObject was asked for, else only the validation rules asked for. */
function fileContent(
  state: OrgState,
  components: MetadataComponent[],
  chosen: MetadataComponent[],
): MetadataRecord {
  const whole = components.find((component) => component.type === 'CustomObject');
  if (whole) return whole.record();
  if (components.every((component) => component.type === 'ValidationRule')) {
    const rules = state.definition.validationRules.filter((rule) =>
      components.some((component) => component.fullName === `${rule.object}.${rule.name}`),
    );
    return { validationRules: rules.map((rule) => validationRuleMetadata(rule, false)) };
  }
  const [component] = components;
  if (component.type === 'Profile' || component.type === 'PermissionSet')
    return trimToPackage(component.record(), chosen);
  return component.record();
}

function packageXml(types: ManifestType[], version: string): string {
  const body = types
    .map(
      (type) =>
        `    <types>\n${type.members.map((member) => `        <members>${escapeText(member)}</members>\n`).join('')}` +
        `        <name>${escapeText(type.name)}</name>\n    </types>\n`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="${METADATA_NS}">\n${body}    <version>${escapeText(version)}</version>\n</Package>\n`;
}
