import { Hono } from 'hono';
import { errorResponse, notFound, unexpected } from './api/errors';
import { classicErrorPage } from './html/error-pages';
import { shadowModeMiddleware } from './html/lwc';
import { createLatency, type LatencyProfileName, latencyMiddleware, setLatency } from './latency';
import type { OrgState } from './model/org-state';
import type { ShadowMode } from './org/profile-names';
import type { OrgDefinition } from './org/schema';
import { analyticsRoutes } from './routes/analytics';
import { apexSoapRoutes } from './routes/apex-soap';
import { approvalUiRoutes } from './routes/approval-ui';
import { asyncBulkV1Routes } from './routes/async-bulk-v1';
import { classicRoutes } from './routes/classic';
import { emulatorInspectionRoutes } from './routes/emulator-inspection';
import { identityRoutes } from './routes/identity';
import { lightningRoutes } from './routes/lightning';
import { loginRoutes } from './routes/login';
import { metadataRoutes } from './routes/metadata-api';
import { navigationRoutes } from './routes/navigation';
import { oauthRoutes } from './routes/oauth';
import { productUiRoutes } from './routes/product-ui';
import { recordUiRoutes } from './routes/record-ui';
import { relatedListPageRoutes } from './routes/related-list-pages';
import { restDataRoutes } from './routes/rest-data';
import { servletSuRoutes } from './routes/servlet-su';
import { setupRoutes } from './routes/setup';
import { setupLoginAccessRoutes } from './routes/setup-login-access';
import { soapRoutes } from './routes/soap';
import { createOrgState } from './save/create-org-state';

export interface EmulatorApp {
  /** Web-standard fetch handler: `app.request()` in tests, `@hono/node-server` to serve. */
  app: Hono;
  state: OrgState;
}

/**
 * One origin serves what real Salesforce spreads over login.salesforce.com, {MyDomain}.my.salesforce.com,
 * {MyDomain}.lightning.force.com and {MyDomain}.my.salesforce-setup.com.
 */
export interface EmulatorAppOptions {
  /** Latency profile (latency.ts); default the org definition's recordUi.latency, else none. */
  latency?: LatencyProfileName;
  /** How Lightning components reach the DOM; default the org definition's recordUi.shadowMode (native). */
  shadowMode?: ShadowMode;
}

export function createEmulatorApp(definition: OrgDefinition, options: EmulatorAppOptions = {}): EmulatorApp {
  const org = options.shadowMode
    ? { ...definition, recordUi: { ...definition.recordUi, shadowMode: options.shadowMode } }
    : definition;
  const state = createOrgState(org);
  if (options.latency) setLatency(state, createLatency(options.latency, org.recordUi.latencySeed));
  // getPath collapses "//services/..." (a loginUrl ending in "/") and ignores a trailing slash.
  const app = new Hono({ getPath: pathOf });

  app.onError((error, c) => {
    const failure = unexpected(error);
    if (c.req.path.startsWith('/services/')) return errorResponse(c, failure);
    return c.html(classicErrorPage('Error', failure.message), 500);
  });
  app.notFound((c) => {
    if (c.req.path.startsWith('/services/')) return errorResponse(c, notFound());
    return c.html(
      classicErrorPage(
        'URL No Longer Exists',
        'You have attempted to reach a URL that no longer exists on salesforce.com.',
      ),
      404,
    );
  });

  app.use('*', latencyMiddleware(state));
  app.use('*', shadowModeMiddleware(org.recordUi.shadowMode));
  app.route('/services/oauth2', oauthRoutes(state));
  app.route('/services/Soap/u', soapRoutes(state));
  app.route('/services/Soap/m', metadataRoutes(state));
  app.route('/services/Soap/s', apexSoapRoutes(state));
  app.route('/services/data', restDataRoutes(state));
  app.route('/services/async', asyncBulkV1Routes(state));
  app.route('/id', identityRoutes(state));
  app.route('/_emulator', emulatorInspectionRoutes(state));
  app.route('/', loginRoutes(state));
  app.route('/', servletSuRoutes(state));
  app.route('/', setupRoutes(state));
  app.route('/', setupLoginAccessRoutes(state));
  app.route('/', analyticsRoutes(state));
  app.route('/', navigationRoutes(state));
  app.route('/', recordUiRoutes(state));
  app.route('/', relatedListPageRoutes(state));
  app.route('/', approvalUiRoutes(state));
  app.route('/', productUiRoutes(state));
  app.route('/', lightningRoutes(state));
  app.route('/', classicRoutes(state));
  return { app, state };
}

function pathOf(request: Request): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start === -1) return '/';
  const query = url.indexOf('?', start);
  const path = url.slice(start, query === -1 ? undefined : query);
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A malformed escape stays as sent; routing then answers not found.
  }
  const collapsed = decoded.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}
