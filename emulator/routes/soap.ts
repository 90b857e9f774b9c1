import { Hono } from 'hono';
import { element, parseSoapRequest, soapEnvelope, soapFault } from '../api/soap-envelopes';
import { hasPermission } from '../model/access';
import { liveSession, openSession, recordInvalidPassword, recordLogin } from '../model/audit';
import { loginRefusal } from '../model/login-restrictions';
import type { OrgState } from '../model/org-state';

/** First API version without SOAP login() (Salesforce retires it; the fault text is the real one). */
const SOAP_LOGIN_REMOVED_AT = 65;

/** The partner SOAP API: login() and logout() only, as jsforce uses them. */
export function soapRoutes(state: OrgState): Hono {
  const app = new Hono();

  const handle = async (c: {
    req: { raw: Request; url: string; param: (name: string) => string | undefined };
  }) => {
    const version = c.req.param('version') ?? '';
    const request = parseSoapRequest(await c.req.raw.text());
    if (!request)
      return fault(
        soapFault('INVALID_XML', 'Unable to parse the request', 'UnexpectedErrorFault', 'soapenv:Client'),
      );
    if (!/^\d+\.0$/.test(version))
      return fault(soapFault('UNSUPPORTED_API_VERSION', `Invalid Api version specified on URL: ${version}`));
    const origin = new URL(c.req.url).origin;
    switch (request.operation) {
      case 'login':
        return login(state, origin, version, request.body);
      case 'logout': {
        const live = liveSession(state, request.sessionId);
        if (!live)
          return fault(
            soapFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session'),
          );
        state.sessions.end(live.session.id);
        return ok(soapEnvelope('<logoutResponse/>'));
      }
      default:
        return fault(
          soapFault(
            'INVALID_OPERATION',
            `The ${request.operation} operation is not supported by the persona-ux org emulator yet`,
          ),
        );
    }
  };
  app.post('/:version', (c) => handle(c));
  app.post('/:version/:orgId', (c) => handle(c));
  return app;
}

function login(state: OrgState, origin: string, version: string, body: Record<string, unknown>): Response {
  if (Number(version) >= SOAP_LOGIN_REMOVED_AT) {
    return fault(
      soapFault(
        'INVALID_OPERATION',
        `The SOAP Login operation is not available in the API version specified (${version})`,
      ),
    );
  }
  const username = String(body.username ?? '');
  const user = state.authenticate(username, String(body.password ?? ''));
  if (!user?.active) {
    recordInvalidPassword(state, username, 'Other Apex API', origin);
    return fault(
      soapFault(
        'INVALID_LOGIN',
        'Invalid username, password, security token; or user locked out.',
        'LoginFault',
      ),
    );
  }
  if (!hasPermission(user, 'ApiEnabled'))
    return fault(soapFault('API_CURRENTLY_DISABLED', 'API is disabled for this User', 'LoginFault'));
  const refusal = loginRefusal(state, user);
  if (refusal) {
    recordLogin(state, { user, loginType: 'Other Apex API', status: refusal.status, loginUrl: origin });
    return fault(soapFault(refusal.soapCode, refusal.soapMessage, 'LoginFault'));
  }
  const session = openSession(state, user, 'SOAP', { loginType: 'Other Apex API' });
  recordLogin(state, {
    user,
    loginType: 'Other Apex API',
    status: 'Success',
    loginUrl: origin,
    apiType: 'SOAP Partner',
    apiVersion: version,
  });
  const org = state.definition.org;
  const userInfo = [
    element('accessibilityMode', false),
    element('currencySymbol', '$'),
    element('orgAttachmentFileSizeLimit', 5242880),
    element('orgDefaultCurrencyIsoCode', 'USD'),
    element('orgDisallowHtmlAttachments', false),
    element('orgHasPersonAccounts', false),
    element('organizationId', state.orgId),
    element('organizationMultiCurrency', false),
    element('organizationName', org.name),
    element('profileId', user.profile.id),
    element('roleId', null),
    element('sessionSecondsValid', state.sessionSettings.timeoutMinutes * 60),
    element('userDefaultCurrencyIsoCode', null),
    element('userEmail', user.email),
    element('userFullName', user.name),
    element('userId', user.id),
    element('userLanguage', 'en_US'),
    element('userLocale', 'en_US'),
    element('userName', user.username),
    element('userTimeZone', 'GMT'),
    element('userType', 'Standard'),
    element('userUiSkin', 'Theme3'),
  ].join('');
  return ok(
    soapEnvelope(
      `<loginResponse><result>${element('metadataServerUrl', `${origin}/services/Soap/m/${version}/${state.orgId}`)}` +
        `${element('passwordExpired', false)}${element('sandbox', org.isSandbox)}` +
        `${element('serverUrl', `${origin}/services/Soap/u/${version}/${state.orgId}`)}` +
        `${element('sessionId', session.id)}${element('userId', user.id)}<userInfo>${userInfo}</userInfo></result></loginResponse>`,
    ),
  );
}

const XML = { 'Content-Type': 'text/xml;charset=UTF-8' };
const ok = (xml: string) => new Response(xml, { status: 200, headers: XML });
const fault = (xml: string) => new Response(xml, { status: 500, headers: XML });
