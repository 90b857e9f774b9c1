import { SalesforceError } from '../model/salesforce-error';

/** SOQL errors carry the query and a caret under the offending token, as Salesforce prints them. */
export function queryError(errorCode: string, soql: string, token: string, message: string): SalesforceError {
  const line = soql.replace(/\s+/g, ' ').trim();
  const index = Math.max(0, findToken(line, token));
  return new SalesforceError(
    400,
    errorCode,
    `\n${line}\n${' '.repeat(index)}^\nERROR at Row:1:Column:${index + 1}\n${message}`,
  );
}

function findToken(line: string, token: string): number {
  const pattern = new RegExp(`(?<![\\w.])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i');
  const match = pattern.exec(line);
  return match ? match.index : 0;
}

export const noSuchColumn = (soql: string, field: string, entity: string) =>
  queryError(
    'INVALID_FIELD',
    soql,
    field,
    `No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to ` +
      `append the '__c' after the custom field name. Please reference your WSDL or the describe call for the ` +
      'appropriate names.',
  );

export const unknownRelationship = (soql: string, path: string, relationship: string) =>
  queryError(
    'INVALID_FIELD',
    soql,
    path,
    `Didn't understand relationship '${relationship}' in field path. If you are attempting to use a custom ` +
      `relationship, be sure to append the '__r' after the custom relationship name. Please reference your ` +
      'WSDL or the describe call for the appropriate names.',
  );

export const unsupportedSObject = (soql: string, name: string) =>
  queryError(
    'INVALID_TYPE',
    soql,
    name,
    `sObject type '${name}' is not supported. If you are attempting to use a custom object, be sure to append ` +
      `the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
  );

export const malformedQuery = (soql: string, token: string, message: string) =>
  queryError('MALFORMED_QUERY', soql, token, message);

/** Valid SOQL the emulator does not evaluate yet: said plainly rather than answered wrongly. */
export const notEmulated = (soql: string, token: string, what: string) =>
  malformedQuery(soql, token, `${what} is not supported by the persona-ux org emulator yet`);
