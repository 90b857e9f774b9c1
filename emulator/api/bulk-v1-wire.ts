import { XMLParser } from 'fast-xml-parser';
import { escapeText } from './metadata-xml';

/**
 * Bulk API 1.0 bodies as XML or JSON (Bulk API Developer Guide, "Create a Job", "Get Information About a
 * Batch", "Get Batch Results", "Errors"): XML in the dataload namespace, element order as the guide's examples.
 */
export const DATALOAD_NS = 'http://www.force.com/2009/06/asyncapi/dataload';

export type Wire = 'xml' | 'json';

export type WireValue = string | number | boolean | null | undefined;

/** `<root xmlns=…><key>value</key>…</root>` or the same object as JSON; undefined values are left out. */
export function wireObject(wire: Wire, root: string, fields: Record<string, WireValue>): WireBody {
  if (wire === 'json') {
    return json(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
  }
  const inner = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (value === null ? `<${key} xsi:nil="true"/>` : element(key, value)))
    .join('');
  const nil = Object.values(fields).includes(null)
    ? ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    : '';
  return xml(`<${root} xmlns="${DATALOAD_NS}"${nil}>${inner}</${root}>`);
}

/** `<batchInfoList><batchInfo>…</batchInfo>…</batchInfoList>` or `{"batchInfo": [...]}`. */
export function wireList(
  wire: Wire,
  root: string,
  item: string,
  items: Record<string, WireValue>[],
): WireBody {
  if (wire === 'json') return json({ [item]: items });
  const inner = items
    .map((fields) =>
      element(
        item,
        undefined,
        Object.entries(fields).filter(([, v]) => v !== undefined),
      ),
    )
    .join('');
  return xml(`<${root} xmlns="${DATALOAD_NS}">${inner}</${root}>`);
}

/** A query batch's result ids: `<result-list><result>752…</result></result-list>` or `["752…"]`. */
export function wireResultList(wire: Wire, ids: string[]): WireBody {
  if (wire === 'json') return json(ids);
  return xml(
    `<result-list xmlns="${DATALOAD_NS}">${ids.map((id) => element('result', id)).join('')}</result-list>`,
  );
}

/** A Bulk API 1.0 error: `<error><exceptionCode>…</exceptionCode><exceptionMessage>…</exceptionMessage></error>`. */
export function wireError(wire: Wire, exceptionCode: string, exceptionMessage: string): WireBody {
  return wireObject(wire, 'error', { exceptionCode, exceptionMessage });
}

export interface WireBody {
  text: string;
  contentType: string;
}

/** A jobInfo request body (XML or JSON) as a flat object of its fields. */
export function readJobInfo(wire: Wire, text: string): Record<string, string> | undefined {
  try {
    if (wire === 'json') {
      const body = JSON.parse(text);
      if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
      return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, String(value)]));
    }
    const parsed = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(text);
    const info = parsed?.jobInfo;
    if (!info || typeof info !== 'object') return undefined;
    return Object.fromEntries(
      Object.entries(info as Record<string, unknown>)
        .filter(([key]) => !key.startsWith('@_'))
        .map(([key, value]) => [key, String(value)]),
    );
  } catch {
    return undefined;
  }
}

function element(name: string, value: WireValue, children?: [string, WireValue][]): string {
  if (children) return `<${name}>${children.map(([key, child]) => element(key, child)).join('')}</${name}>`;
  return `<${name}>${escapeText(String(value))}</${name}>`;
}

const xml = (body: string): WireBody => ({
  text: `<?xml version="1.0" encoding="UTF-8"?>${body}`,
  contentType: 'application/xml',
});

const json = (body: unknown): WireBody => ({ text: JSON.stringify(body), contentType: 'application/json' });
