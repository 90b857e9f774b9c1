import { Hono } from 'hono';
import { element, parseSoapRequest, soapFault } from '../api/soap-envelopes';
import { hasPermission } from '../model/access';
import { liveSession } from '../model/audit';
import type { OrgState } from '../model/org-state';

/** The Metadata SOAP API (/services/Soap/m/{version}): readMetadata of SecuritySettings, as jsforce's metadata.read. */
export function metadataRoutes(state: OrgState): Hono {
  const app = new Hono();
  app.post('/:version', async (c) => {
    const version = c.req.param('version');
    const request = parseSoapRequest(await c.req.text().catch(() => ''));
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
    const live = liveSession(state, request.sessionId);
    if (!live)
      return xml(
        soapFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session'),
        500,
      );
    if (request.operation !== 'readMetadata') {
      return xml(soapFault('INVALID_OPERATION', `Operation ${request.operation} is not emulated`), 500);
    }
    // Reading settings takes Modify All Data or Customize Application; Manage Users stands in here (unconfirmed).
    if (!hasPermission(live.user, 'ModifyAllData')) {
      return xml(soapFault('INSUFFICIENT_ACCESS', 'insufficient access rights on object id'), 500);
    }
    const type = String(request.body.type ?? '');
    const fullNames = [request.body.fullNames].flat().map(String);
    const records =
      type === 'SecuritySettings'
        ? fullNames.map((name) =>
            name === 'Security' ? securitySettings(state) : '<records xsi:nil="true"/>',
          )
        : [];
    // Salesforce answers unknown names and types with an empty record (no fault) for readMetadata.
    return xml(
      envelope(
        `<readMetadataResponse><result>${records.length > 0 ? records.join('') : ''}</result></readMetadataResponse>`,
      ),
      200,
    );
  });
  app.all('*', () => xml(soapFault('INVALID_OPERATION', 'Unsupported Metadata API request'), 500));
  return app;
}

function securitySettings(state: OrgState): string {
  const session = state.sessionSettings;
  return (
    '<records xsi:type="SecuritySettings"><fullName>Security</fullName>' +
    element('canUsersGrantLoginAccess', state.security.canUsersGrantLoginAccess) +
    element('enableAdminLoginAsAnyUser', state.security.adminsCanLogInAsAnyUser) +
    '<sessionSettings>' +
    element('forceRelogin', session.forceReloginAfterLoginAs) +
    element('sessionTimeout', sessionTimeoutName(session.timeoutMinutes)) +
    '</sessionSettings></records>'
  );
}

/** SessionSettings.sessionTimeout: the picklist's largest value not above the org's timeout. */
function sessionTimeoutName(minutes: number): string {
  const names: [number, string][] = [
    [720, 'TwelveHours'],
    [480, 'EightHours'],
    [240, 'FourHours'],
    [120, 'TwoHours'],
    [60, 'SixtyMinutes'],
    [30, 'ThirtyMinutes'],
    [15, 'FifteenMinutes'],
  ];
  return (names.find(([limit]) => minutes >= limit) ?? names[names.length - 1])[1];
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
