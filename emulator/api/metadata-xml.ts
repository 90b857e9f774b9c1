/**
 * Metadata values as plain objects, written as the Metadata API's XML: an array repeats its element, an
 * object nests, undefined and null are left out (Salesforce omits unset properties).
 */
export type MetadataValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | MetadataValue[]
  | { [key: string]: MetadataValue };

export type MetadataRecord = { [key: string]: MetadataValue };

export const METADATA_NS = 'http://soap.sforce.com/2006/04/metadata';

/** `<name>…</name>` for one property; `indent` set = one element per line, as in retrieved files. */
export function metadataElement(name: string, value: MetadataValue, indent?: string): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => metadataElement(name, item, indent)).join('');
  const open = indent === undefined ? '' : indent;
  const newline = indent === undefined ? '' : '\n';
  if (typeof value === 'object') {
    const inner = metadataChildren(value, indent === undefined ? undefined : `${indent}    `);
    return `${open}<${name}>${newline}${inner}${open}</${name}>${newline}`;
  }
  return `${open}<${name}>${escapeText(String(value))}</${name}>${newline}`;
}

/** Child elements; in files (indented) sorted by name with fullName first, as Salesforce writes them. */
export function metadataChildren(record: MetadataRecord, indent?: string): string {
  const entries = Object.entries(record);
  if (indent !== undefined) entries.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return entries.map(([key, value]) => metadataElement(key, value, indent)).join('');
}

const rank = (key: string) => (key === 'fullName' ? 0 : 1);

/** A component as a file of a retrieve zip (`layouts/Lead-Lead Layout.layout`). */
export function metadataFile(type: string, record: MetadataRecord): string {
  const { fullName: _fullName, ...rest } = record;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<${type} xmlns="${METADATA_NS}">\n${metadataChildren(rest, '    ')}</${type}>\n`
  );
}

/** Entities as Salesforce writes them in SOAP answers and retrieved files. */
export function escapeText(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
