import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { componentsOf, fileProperties, METADATA_TYPES } from '../api/metadata-catalog';
import { manifestTypes, type RetrieveOutcome, retrieveComponents } from '../api/metadata-retrieve';
import { type MetadataRecord, metadataChildren, metadataElement } from '../api/metadata-xml';
import { apiSession } from '../api/session-auth';
import { parseSoapRequest, soapFault } from '../api/soap-envelopes';
import { hasPermission } from '../model/access';
import type { OrgState } from '../model/org-state';

/**
 * The Metadata SOAP API (/services/Soap/m/{version}[/{orgId}]): readMetadata, listMetadata, describeMetadata,
 * retrieve with checkRetrieveStatus / checkStatus, for the types of api/metadata-catalog.ts, generated from
 * the org definition and the live settings. Writes (deploy, createMetadata, ...) are refused.
 */
export function metadataRoutes(state: OrgState): Hono {
  const app = new Hono();
  // Retrieves finish at once; their results wait here until checkRetrieveStatus asks (per emulated org).
  const retrieves = new Map<string, RetrieveOutcome>();

  const handle = async (c: { req: { raw: Request; param: (name: string) => string | undefined } }) => {
    const version = c.req.param('version') ?? '';
    const request = parseSoapRequest(await c.req.raw.text().catch(() => ''));
    if (!request)
      return xml(
        soapFault('INVALID_XML', 'Unable to parse the request', 'UnexpectedErrorFault', 'soapenv:Client'),
        500,
      );
    if (!/^\d+\.0$/.test(version))
      return xml(
        soapFault('UNSUPPORTED_API_VERSION', `Invalid Api version specified on URL: ${version}`),
        500,
      );
    const live = apiSession(state, request.sessionId);
    if (!live)
      return xml(
        soapFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session'),
        500,
      );
    // The Metadata API takes Modify All Data or Customize Application; Modify All Data stands for both here.
    if (!hasPermission(live.user, 'ModifyAllData')) {
      return xml(soapFault('INSUFFICIENT_ACCESS', 'insufficient access rights on object id'), 500);
    }
    const body = request.body;
    switch (request.operation) {
      case 'readMetadata':
        return ok(
          'readMetadata',
          `<result>${readMetadata(state, String(body.type ?? ''), list(body.fullNames))}</result>`,
        );
      case 'listMetadata': {
        const queries = [body.queries ?? []].flat() as { type?: unknown }[];
        if (queries.length > 3)
          return xml(soapFault('INVALID_OPERATION', 'Too many queries: at most 3 are allowed per call'), 500);
        const results = queries.flatMap((query) =>
          (componentsOf(state, String(query?.type ?? '')) ?? []).map((component) =>
            fileProperties(state, component),
          ),
        );
        return ok('listMetadata', metadataElement('result', results));
      }
      case 'describeMetadata':
        return ok(
          'describeMetadata',
          metadataElement('result', {
            metadataObjects: METADATA_TYPES.map((type) => ({
              childXmlNames: [...type.childXmlNames],
              directoryName: type.directoryName,
              inFolder: false,
              metaFile: false,
              suffix: type.suffix,
              xmlName: type.xmlName,
            })),
            organizationNamespace: '',
            partialSaveAllowed: true,
            testRequired: !state.definition.org.isSandbox,
          }),
        );
      case 'retrieve': {
        const retrieveRequest = (body.request ?? body.retrieveRequest ?? {}) as Record<string, unknown>;
        const id = `09S${randomBytes(12).toString('base64url').replace(/[-_]/g, 'A').slice(0, 15)}`;
        retrieves.set(
          id,
          retrieveComponents(
            state,
            manifestTypes(retrieveRequest),
            String(retrieveRequest.apiVersion ?? version),
            String(retrieveRequest.singlePackage) === 'true',
          ),
        );
        return ok('retrieve', metadataElement('result', { done: false, id, state: 'Queued' }));
      }
      case 'checkStatus': {
        const id = String(body.asyncProcessId ?? '');
        if (!retrieves.has(id)) return unknownProcess(id);
        return ok('checkStatus', metadataElement('result', { done: true, id, state: 'Completed' }));
      }
      case 'checkRetrieveStatus': {
        const id = String(body.asyncProcessId ?? '');
        const outcome = retrieves.get(id);
        if (!outcome) return unknownProcess(id);
        const includeZip = String(body.includeZip ?? 'true') !== 'false';
        return ok(
          'checkRetrieveStatus',
          metadataElement('result', {
            done: true,
            fileProperties: outcome.fileProperties,
            id,
            messages: outcome.messages,
            status: 'Succeeded',
            success: true,
            zipFile: includeZip ? outcome.zipFile : undefined,
          }),
        );
      }
      default:
        return xml(
          soapFault(
            'INVALID_OPERATION',
            `The ${request.operation} operation is not supported by the persona-ux org emulator`,
          ),
          500,
        );
    }
  };
  app.post('/:version', (c) => handle(c));
  app.post('/:version/:orgId', (c) => handle(c));
  app.all('*', () => xml(soapFault('INVALID_OPERATION', 'Unsupported Metadata API request'), 500));
  return app;
}

/**
 * One `records` element per name asked for, typed with xsi:type; a name that does not exist gives an
 * empty record, as Salesforce answers readMetadata (no fault).
 */
function readMetadata(state: OrgState, type: string, fullNames: string[]): string {
  const components = componentsOf(state, type) ?? [];
  return fullNames
    .map((name) => {
      const component = components.find((candidate) => candidate.fullName === name);
      if (!component) return '<records xsi:nil="true"/>';
      return `<records xsi:type="${type}">${metadataChildren(component.record() as MetadataRecord)}</records>`;
    })
    .join('');
}

function list(value: unknown): string[] {
  return [value ?? []].flat().map(String);
}

function unknownProcess(id: string): Response {
  return xml(soapFault('INVALID_ID_FIELD', `Invalid or null id: ${id}`), 500);
}

function ok(operation: string, result: string): Response {
  return xml(envelope(`<${operation}Response>${result}</${operation}Response>`), 200);
}

function envelope(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
  );
}

function xml(body: string, status: 200 | 500): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/xml; charset=utf-8' } });
}
