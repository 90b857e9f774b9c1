import { SalesforceError } from './errors';

/**
 * The methods each REST resource answers, below /services/data/vXX.X. A known resource asked with another
 * method is 405 METHOD_NOT_ALLOWED, not 404 (REST API Developer Guide, "Status Codes and Error Responses").
 */
const RESOURCES: [RegExp, string[]][] = [
  [/^$/, ['GET']],
  [/^\/(query|queryAll)(\/[^/]+)?$/, ['GET']],
  [/^\/(limits|search|parameterizedSearch|recent)$/, ['GET']],
  [/^\/sobjects$/, ['GET']],
  [/^\/sobjects\/[^/]+$/, ['GET', 'POST']],
  [/^\/sobjects\/[^/]+\/(describe|updated|deleted)$/, ['GET']],
  [/^\/sobjects\/[^/]+\/describe\/layouts(\/[^/]+)?$/, ['GET']],
  [/^\/sobjects\/[^/]+\/[^/]+$/, ['GET', 'PATCH', 'DELETE']],
  [/^\/composite\/sobjects$/, ['POST', 'PATCH', 'DELETE']],
  [/^\/composite\/tree\/[^/]+$/, ['POST']],
  [/^\/jobs\/(query|ingest)$/, ['GET', 'POST']],
  [/^\/jobs\/(query|ingest)\/[^/]+$/, ['GET', 'PATCH', 'DELETE']],
  [/^\/jobs\/query\/[^/]+\/results$/, ['GET']],
  [/^\/jobs\/ingest\/[^/]+\/batches$/, ['PUT']],
  [/^\/jobs\/ingest\/[^/]+\/(successfulResults|failedResults|unprocessedrecords)$/, ['GET']],
  [/^\/analytics\/reports\/[^/]+$/, ['GET', 'POST']],
  [/^\/analytics\/reports\/[^/]+\/describe$/, ['GET']],
  [/^\/tooling\/(query|sobjects)$/, ['GET']],
  [/^\/tooling\/sobjects\/[^/]+\/describe$/, ['GET']],
  [/^\/tooling\/executeAnonymous$/, ['GET']],
  [/^\/tooling\/(runTestsSynchronous|runTestsAsynchronous)$/, ['POST']],
];

/** A 405 for a known resource asked with a method it does not answer; undefined for an unknown resource. */
export function methodNotAllowed(method: string, resource: string): SalesforceError | undefined {
  const allowed = RESOURCES.find(([pattern]) => pattern.test(resource))?.[1];
  if (!allowed || allowed.includes(method) || (method === 'HEAD' && allowed.includes('GET')))
    return undefined;
  const listed = allowed.includes('GET') ? ['HEAD', ...allowed] : allowed;
  // "HTTP Method 'PATCH' not allowed. Allowed are HEAD,GET,POST" (omniphx/forrest#181, #191); POST-only
  // resources answer "Allowed are POST" (kevinohara80/dmc#41).
  return new SalesforceError(
    405,
    'METHOD_NOT_ALLOWED',
    `HTTP Method '${method}' not allowed. Allowed are ${listed.join(',')}`,
  );
}
