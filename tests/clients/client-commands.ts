/**
 * The fixed list of everyday client commands `npm run clients` runs against a fresh emulator. Each command
 * is what a CI script would type; `{…}` placeholders are filled in by run-clients.ts.
 */
export interface ClientCommand {
  name: string;
  /** argv; the first element is the program. */
  argv: string[];
  /** Standard input, if the command reads it. */
  input?: string;
}

export const SF_ORG = 'persona-ux-emulator';

export const SF_COMMANDS: ClientCommand[] = [
  {
    name: 'login with an access token',
    argv: ['sf', 'org', 'login', 'access-token', '--instance-url', '{url}', '--alias', SF_ORG, '--no-prompt'],
  },
  {
    name: 'login with an sfdx-auth-url (refresh token)',
    argv: ['sf', 'org', 'login', 'sfdx-url', '--sfdx-url-file', '{sfdxUrlFile}', '--alias', `${SF_ORG}-url`],
  },
  {
    name: 'login with JWT',
    argv: [
      'sf',
      'org',
      'login',
      'jwt',
      '--client-id',
      '{clientId}',
      '--jwt-key-file',
      '{jwtKeyFile}',
      '--username',
      '{adminUsername}',
      '--instance-url',
      '{url}',
      '--alias',
      `${SF_ORG}-jwt`,
    ],
  },
  { name: 'org display', argv: ['sf', 'org', 'display', '--target-org', SF_ORG, '--json'] },
  {
    name: 'data query',
    argv: [
      'sf',
      'data',
      'query',
      '--query',
      'SELECT Id, Company, Owner.Name FROM Lead',
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data query --use-tooling-api',
    argv: [
      'sf',
      'data',
      'query',
      '--use-tooling-api',
      '--query',
      'SELECT Layout.Name, Profile.Name FROM ProfileLayout',
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data query -r csv',
    argv: [
      'sf',
      'data',
      'query',
      '--query',
      'SELECT Id, Name FROM Account',
      '--result-format',
      'csv',
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data create record',
    argv: [
      'sf',
      'data',
      'create',
      'record',
      '--sobject',
      'Lead',
      '--values',
      "LastName='Client Check' Company='Clients Inc'",
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data get record',
    argv: [
      'sf',
      'data',
      'get',
      'record',
      '--sobject',
      'Lead',
      '--where',
      "LastName='Client Check'",
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data update record',
    argv: [
      'sf',
      'data',
      'update',
      'record',
      '--sobject',
      'Lead',
      '--where',
      "LastName='Client Check'",
      '--values',
      "Company='Clients Ltd'",
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data delete record',
    argv: [
      'sf',
      'data',
      'delete',
      'record',
      '--sobject',
      'Lead',
      '--where',
      "LastName='Client Check'",
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data import tree',
    argv: ['sf', 'data', 'import', 'tree', '--files', '{treeFile}', '--target-org', SF_ORG],
  },
  {
    name: 'data export tree',
    argv: [
      'sf',
      'data',
      'export',
      'tree',
      '--query',
      'SELECT Name, (SELECT LastName FROM Contacts) FROM Account',
      '--output-dir',
      '{workDir}/export',
      '--target-org',
      SF_ORG,
    ],
  },
  {
    name: 'data export bulk',
    argv: [
      'sf',
      'data',
      'export',
      'bulk',
      '--query',
      'SELECT Id, Company FROM Lead',
      '--output-file',
      '{workDir}/leads.csv',
      '--wait',
      '2',
      '--target-org',
      SF_ORG,
    ],
  },
  { name: 'org list limits', argv: ['sf', 'org', 'list', 'limits', '--target-org', SF_ORG] },
  {
    name: 'sobject describe',
    argv: ['sf', 'sobject', 'describe', '--sobject', 'Lead', '--target-org', SF_ORG],
  },
  {
    name: 'project retrieve start -m Layout',
    argv: ['sf', 'project', 'retrieve', 'start', '--metadata', 'Layout', '--target-org', SF_ORG],
  },
];

/** simple-salesforce calls, each a small Python program reading its settings from the environment. */
// `Salesforce` is simple-salesforce's class behind the transport run-clients.ts puts in front of each program.
const PY_PRELUDE = [
  'import os',
  "sf = Salesforce(username=os.environ['PUX_USERNAME'], consumer_key=os.environ['PUX_CLIENT_ID'],",
  "    privatekey_file=os.environ['PUX_JWT_KEY_FILE'], domain=os.environ['PUX_DOMAIN'])",
].join('\n');

const python = (name: string, body: string): ClientCommand => ({
  name,
  argv: ['python3', '-'],
  input: `${PY_PRELUDE}\n${body}\n`,
});

export const SIMPLE_SALESFORCE_COMMANDS: ClientCommand[] = [
  python('JWT login', 'print(sf.session_id[:3])'),
  python('query_all', "print(sf.query_all('SELECT Id, Company FROM Lead')['totalSize'])"),
  python('bulk2 query', "print(len(list(sf.bulk2.Lead.query('SELECT Id FROM Lead'))))"),
  python('limits', "print(sf.limits()['DailyApiRequests'])"),
  python(
    'updated / deleted',
    [
      'import datetime',
      'end = datetime.datetime.now(datetime.timezone.utc)',
      'start = end - datetime.timedelta(days=1)',
      'print(sf.Lead.updated(start, end)["latestDateCovered"], sf.Lead.deleted(start, end)["latestDateCovered"])',
    ].join('\n'),
  ),
];
