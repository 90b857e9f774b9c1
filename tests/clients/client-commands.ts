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
  /** What its output (stdout and stderr) shows when it did its job; exit code 0 alone is not enough. */
  expect?: RegExp;
  /** The exit code when it did its job: 0 unless the command is there to show a clear refusal. */
  exitCode?: number;
}

export const SF_ORG = 'persona-ux-emulator';

/** An `sf` command line run against the emulator's org (its alias, as the access-token login names it). */
const sfOnOrg = (...args: string[]) => ['sf', ...args, '--target-org', SF_ORG];

export const SF_COMMANDS: ClientCommand[] = [
  // `sf org login jwt` drops the other aliases of the same username (sf 2.150), so it comes first and the
  // access-token login, whose alias the later commands use, last.
  {
    name: 'login with JWT',
    expect: /Successfully authorized admin@/,
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
  {
    name: 'login with an sfdx-auth-url (refresh token)',
    expect: /Successfully authorized admin@/,
    argv: ['sf', 'org', 'login', 'sfdx-url', '--sfdx-url-file', '{sfdxUrlFile}', '--alias', `${SF_ORG}-url`],
  },
  {
    name: 'login with an access token',
    expect: /Successfully authorized admin@/,
    argv: ['sf', 'org', 'login', 'access-token', '--instance-url', '{url}', '--alias', SF_ORG, '--no-prompt'],
  },
  {
    name: 'org display',
    expect: /"connectedStatus": "Connected"/,
    argv: ['sf', 'org', 'display', '--target-org', SF_ORG, '--json'],
  },
  {
    name: 'data query',
    expect: /Northwind Traders[\s\S]*Total number of records retrieved: [1-9]/,
    argv: sfOnOrg('data', 'query', '--query', 'SELECT Id, Company, Owner.Name FROM Lead'),
  },
  {
    name: 'data query --use-tooling-api',
    expect: /Lead Layout[\s\S]*Total number of records retrieved: [1-9]/,
    argv: sfOnOrg(
      'data',
      'query',
      '--use-tooling-api',
      '--query',
      'SELECT Layout.Name, Profile.Name FROM ProfileLayout',
    ),
  },
  {
    name: 'data query -r csv',
    expect: /^Id,Name\n001\w{15},/m,
    argv: sfOnOrg('data', 'query', '--query', 'SELECT Id, Name FROM Account', '--result-format', 'csv'),
  },
  {
    name: 'data create record',
    expect: /Successfully created record: 00Q/,
    argv: sfOnOrg(
      'data',
      'create',
      'record',
      '--sobject',
      'Lead',
      '--values',
      "LastName='Client Check' Company='Clients Inc'",
    ),
  },
  {
    name: 'data get record',
    expect: /Company: +Clients Inc/,
    argv: sfOnOrg('data', 'get', 'record', '--sobject', 'Lead', '--where', "LastName='Client Check'"),
  },
  {
    name: 'data update record',
    expect: /Successfully updated record: 00Q/,
    argv: sfOnOrg(
      'data',
      'update',
      'record',
      '--sobject',
      'Lead',
      '--where',
      "LastName='Client Check'",
      '--values',
      "Company='Clients Ltd'",
    ),
  },
  {
    name: 'data delete record',
    expect: /Successfully deleted record: 00Q/,
    argv: sfOnOrg('data', 'delete', 'record', '--sobject', 'Lead', '--where', "LastName='Client Check'"),
  },
  {
    name: 'data import tree',
    expect: /AccountRef1[\s\S]*ContactRef1/,
    argv: sfOnOrg('data', 'import', 'tree', '--files', '{treeFile}'),
  },
  {
    name: 'data export tree',
    expect: /wrote [1-9]\d* records/,
    argv: sfOnOrg(
      'data',
      'export',
      'tree',
      '--query',
      'SELECT Name, (SELECT LastName FROM Contacts) FROM Account',
      '--output-dir',
      '{workDir}/export',
    ),
  },
  {
    name: 'data export bulk',
    expect: /[1-9]\d* records written/,
    argv: sfOnOrg(
      'data',
      'export',
      'bulk',
      '--query',
      'SELECT Id, Company FROM Lead',
      '--output-file',
      '{workDir}/leads.csv',
      '--wait',
      '2',
    ),
  },
  {
    name: 'org list limits',
    expect: /DailyApiRequests/,
    argv: sfOnOrg('org', 'list', 'limits'),
  },
  {
    name: 'sobject describe',
    expect: /"name": "Lead"/,
    argv: sfOnOrg('sobject', 'describe', '--sobject', 'Lead'),
  },
  {
    name: 'project retrieve start -m Layout',
    expect: /Lead-Lead Layout - SDR/,
    argv: sfOnOrg('project', 'retrieve', 'start', '--metadata', 'Layout'),
  },
  // Beyond the everyday list: what CI scripts also type.
  {
    name: 'org open --url-only',
    expect: /\/secur\/frontdoor\.jsp\?otp=/,
    argv: sfOnOrg('org', 'open', '--url-only'),
  },
  {
    name: 'data search (SOSL)',
    expect: /Company[\s\S]*Globex/,
    argv: sfOnOrg('data', 'search', '--query', 'FIND {Globex} RETURNING Lead(Company)'),
  },
  {
    name: 'data import bulk',
    expect: /"successfulRecords": 2,\s*"failedRecords": 0/,
    argv: sfOnOrg(
      'data',
      'import',
      'bulk',
      '--sobject',
      'Lead',
      '--file',
      '{leadsCsvFile}',
      '--wait',
      '2',
      '--json',
    ),
  },
  {
    name: 'org list metadata --metadata-type Profile',
    expect: /Sales Development Rep/,
    argv: sfOnOrg('org', 'list', 'metadata', '--metadata-type', 'Profile'),
  },
  {
    name: 'apex run is refused: Apex is not emulated',
    expect: /Apex is not emulated/,
    exitCode: 1,
    argv: sfOnOrg('apex', 'run', '--file', '{apexFile}'),
  },
];

/** simple-salesforce calls, each a small Python program reading its settings from the environment. */
// `Salesforce` is simple-salesforce's class behind the transport run-clients.ts puts in front of each program.
const PY_PRELUDE = [
  'import os',
  "sf = Salesforce(username=os.environ['PUX_USERNAME'], consumer_key=os.environ['PUX_CLIENT_ID'],",
  "    privatekey_file=os.environ['PUX_JWT_KEY_FILE'], domain=os.environ['PUX_DOMAIN'])",
].join('\n');

const python = (name: string, body: string, expect: RegExp): ClientCommand => ({
  name,
  argv: ['python3', '-'],
  input: `${PY_PRELUDE}\n${body}\n`,
  expect,
});

export const SIMPLE_SALESFORCE_COMMANDS: ClientCommand[] = [
  python('JWT login', 'print("session", sf.session_id[:3])', /^session 00D$/m),
  python(
    'query_all',
    [
      "result = sf.query_all('SELECT Id, Company FROM Lead')",
      'print("records", result["totalSize"], len(result["records"]))',
    ].join('\n'),
    /^records ([1-9]\d*) \1$/m,
  ),
  python(
    'bulk2 query',
    [
      "chunks = list(sf.bulk2.Lead.query('SELECT Id FROM Lead'))",
      'print("header", chunks[0].splitlines()[0])',
      'print("rows", sum(len(chunk.splitlines()) - 1 for chunk in chunks))',
    ].join('\n'),
    /^header "Id"\nrows [1-9]\d*$/m,
  ),
  python(
    'limits',
    [
      "daily = sf.limits()['DailyApiRequests']",
      "print(f\"DailyApiRequests {daily['Remaining']}/{daily['Max']}\")",
    ].join('\n'),
    /^DailyApiRequests \d+\/[1-9]\d*$/m,
  ),
  python(
    'updated / deleted',
    [
      'import datetime',
      'end = datetime.datetime.now(datetime.timezone.utc)',
      'start = end - datetime.timedelta(days=1)',
      'updated, deleted = sf.Lead.updated(start, end), sf.Lead.deleted(start, end)',
      'print("updated", len(updated["ids"]), "covered", updated["latestDateCovered"])',
      'print("deleted", len(deleted["deletedRecords"]), "since", deleted["earliestDateAvailable"])',
    ].join('\n'),
    /^updated \d+ covered \d{4}-\d\d-\d\dT\d\d:\d\d:00\.000\+0000\ndeleted \d+ since \d{4}-/m,
  ),
  // Beyond the everyday list.
  python(
    'password login (SOAP)',
    [
      "pw = Salesforce(username=os.environ['PUX_USERNAME'], password=os.environ['PUX_PASSWORD'],",
      "    security_token='', domain=os.environ['PUX_DOMAIN'])",
      'print("session", pw.session_id[:3])',
    ].join('\n'),
    /^session 00D$/m,
  ),
  python(
    'search (SOSL)',
    [
      "found = sf.search('FIND {Globex} RETURNING Lead(Company)')['searchRecords']",
      'print("found", [record["Company"] for record in found])',
    ].join('\n'),
    /^found \['Globex'\]$/m,
  ),
  python(
    'record create / get / update / delete',
    [
      "created = sf.Lead.create({'LastName': 'Python Check', 'Company': 'Snake Co'})",
      "sf.Lead.update(created['id'], {'Company': 'Snake Ltd'})",
      "print('company', sf.Lead.get(created['id'])['Company'])",
      "print('deleted', sf.Lead.delete(created['id']))",
    ].join('\n'),
    /^company Snake Ltd\ndeleted 204$/m,
  ),
  python(
    'bulk2 insert',
    [
      "results = sf.bulk2.Lead.insert(records=[{'LastName': 'Bulk Py', 'Company': 'Snake Bulk Co'}])",
      "print('processed', results[0]['numberRecordsProcessed'], 'failed', results[0]['numberRecordsFailed'])",
    ].join('\n'),
    /^processed 1 failed 0$/m,
  ),
  python(
    'bulk (API 1.0) query and insert',
    [
      "rows = sf.bulk.Lead.query('SELECT Id, Company FROM Lead')",
      "print('queried', len(rows), rows[0]['attributes']['type'])",
      "inserted = sf.bulk.Lead.insert([{'LastName': 'Bulk One Py', 'Company': 'Snake Bulk Co'}, {'Company': 'No Name'}])",
      "print('inserted', [(row['success'], row['errors'][0]['statusCode'] if row['errors'] else None) for row in inserted])",
    ].join('\n'),
    /^queried [1-9]\d* Lead\ninserted \[\(True, None\), \(False, 'REQUIRED_FIELD_MISSING'\)\]$/m,
  ),
  python(
    'describe',
    [
      'lead = sf.Lead.describe()',
      "print('fields', lead['name'], 'Company' in [field['name'] for field in lead['fields']])",
    ].join('\n'),
    /^fields Lead True$/m,
  ),
];

/** jsforce calls, each a small Node program signed in with the OAuth username-password flow. */
const JS_PRELUDE = [
  'const jsforce = require(process.env.PUX_JSFORCE);',
  'const url = process.env.PUX_URL;',
  'const oauth2 = { loginUrl: url, clientId: process.env.PUX_CLIENT_ID, clientSecret: process.env.PUX_CLIENT_SECRET };',
  "const conn = new jsforce.Connection({ loginUrl: url, version: '62.0', oauth2 });",
  'conn.bulk.pollInterval = 50;',
  'conn.bulk2.pollInterval = 50;',
].join('\n');

const node = (name: string, body: string, expect: RegExp): ClientCommand => ({
  name,
  argv: ['node', '-'],
  input: `${JS_PRELUDE}\n(async () => {\n  await conn.login(process.env.PUX_USERNAME, process.env.PUX_PASSWORD);\n${body}\n})().catch((error) => {\n  console.error(error.message);\n  process.exit(1);\n});\n`,
  expect,
});

export const JSFORCE_COMMANDS: ClientCommand[] = [
  node(
    'login (OAuth username-password)',
    "console.log('user', conn.userInfo.id.slice(0, 3));",
    /^user 005$/m,
  ),
  node(
    'query and describe',
    [
      "const leads = await conn.query('SELECT Id, Company FROM Lead');",
      "const lead = await conn.sobject('Lead').describe();",
      "console.log('leads', leads.totalSize, lead.fields.some((field) => field.name === 'Company'));",
    ].join('\n'),
    /^leads [1-9]\d* true$/m,
  ),
  node(
    'limits',
    [
      'const { DailyApiRequests } = await conn.limits();',
      "console.log('DailyApiRequests', DailyApiRequests.Remaining + '/' + DailyApiRequests.Max);",
    ].join('\n'),
    /^DailyApiRequests \d+\/[1-9]\d*$/m,
  ),
  node(
    'recent',
    [
      "await conn.sobject('Lead').create({ LastName: 'Recent Js', Company: 'Js Co' });",
      'const recent = await conn.recent(3);',
      "console.log('recent', recent.length, recent[0].attributes.type);",
    ].join('\n'),
    /^recent [1-3] Lead$/m,
  ),
  node(
    'search (SOSL)',
    [
      "const found = await conn.search('FIND {Globex} RETURNING Lead(Company)');",
      "console.log('found', found.searchRecords.map((record) => record.Company).join(','));",
    ].join('\n'),
    /^found Globex$/m,
  ),
  node(
    'bulk2 query',
    [
      "const rows = await (await conn.bulk2.query('SELECT Id FROM Lead')).toArray();",
      "console.log('rows', rows.length, rows[0].Id.slice(0, 3));",
    ].join('\n'),
    /^rows [1-9]\d* 00Q$/m,
  ),
  node(
    'bulk (API 1.0) load',
    [
      "const results = await conn.bulk.load('Lead', 'insert', [{ LastName: 'Bulk Js', Company: 'Js Bulk Co' }, { Company: 'No Name' }]);",
      "console.log('loaded', results.map((row) => row.success).join(','), results[1].errors[0].split(':')[0]);",
    ].join('\n'),
    /^loaded true,false REQUIRED_FIELD_MISSING$/m,
  ),
  node(
    'metadata.list Layout',
    [
      "const layouts = await conn.metadata.list([{ type: 'Layout' }]);",
      "console.log('layouts', layouts.some((layout) => layout.fullName === 'Lead-Lead Layout - SDR'));",
    ].join('\n'),
    /^layouts true$/m,
  ),
];
