import { Hono } from 'hono';
import { apiSession } from '../api/session-auth';
import { parseSoapRequest, soapFault, xmlEscape } from '../api/soap-envelopes';
import type { OrgState } from '../model/org-state';
import { APEX_NOT_EMULATED } from './tooling-describe';

/**
 * The Apex SOAP API (/services/Soap/s/{version}[/{orgId}]) that `sf apex run` calls: Apex is not emulated,
 * so executeAnonymous answers an ExecuteAnonymousResult that did not compile, with the reason, and a
 * DebuggingInfo header whose log says the same; runTests and other operations are a fault.
 */
export function apexSoapRoutes(state: OrgState): Hono {
  const app = new Hono();
  const handle = async (c: { req: { raw: Request } }) => {
    const request = parseSoapRequest(await c.req.raw.text().catch(() => ''));
    if (!request)
      return xml(
        soapFault('INVALID_XML', 'Unable to parse the request', 'UnexpectedErrorFault', 'soapenv:Client'),
        500,
      );
    if (!apiSession(state, request.sessionId)) {
      return xml(
        soapFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session'),
        500,
      );
    }
    if (request.operation !== 'executeAnonymous') {
      return xml(soapFault('INVALID_OPERATION', `${request.operation}: ${APEX_NOT_EMULATED}`), 500);
    }
    const reason = xmlEscape(APEX_NOT_EMULATED);
    return xml(
      '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
        'xmlns="http://soap.sforce.com/2006/08/apex" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<soapenv:Header><DebuggingInfo><debugLog>${reason}</debugLog></DebuggingInfo></soapenv:Header>` +
        '<soapenv:Body><executeAnonymousResponse><result><column>-1</column>' +
        `<compileProblem>${reason}</compileProblem><compiled>false</compiled>` +
        '<exceptionMessage xsi:nil="true"/><exceptionStackTrace xsi:nil="true"/><line>-1</line>' +
        '<success>false</success></result></executeAnonymousResponse></soapenv:Body></soapenv:Envelope>',
      200,
    );
  };
  app.post('/:version', (c) => handle(c));
  app.post('/:version/:orgId', (c) => handle(c));
  return app;
}

function xml(body: string, status: 200 | 500): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/xml; charset=utf-8' } });
}
