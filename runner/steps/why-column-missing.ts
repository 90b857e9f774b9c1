import type { Connection } from 'jsforce';
import type { OrgConnection } from '../../fixtures';
import { didYouMean } from '../schema/wording';

interface ColumnsDescribe {
  reportMetadata?: { detailColumns?: string[] };
  reportExtendedMetadata?: { detailColumnInfo?: Record<string, { label?: string }> };
}

const UNKNOWN =
  'a report leaves out the columns of fields the viewer cannot read (field-level security), or the report has no such column';

/**
 * Why a report run as the persona shows no column labelled `column`, from the report's columns as the admin
 * describes them (Analytics REST API, reports/{id}/describe: reportExtendedMetadata.detailColumnInfo): a column
 * the report has is left out of the persona's run by field-level security (a report drops the columns of fields
 * its viewer cannot read); a label the report has not is the scenario's, with the nearest one. Labels follow the
 * admin's language, which may not be the persona's.
 */
export function columnReasons(columns: ReportColumnsReader) {
  return async (column: string): Promise<string> => {
    const described = await columns();
    if (!described) return UNKNOWN;
    const all = described.map((each) => each.label);
    if (all.includes(column))
      return `the report has this column (described as the admin), and their run leaves it out: a report drops the columns of fields the viewer cannot read (field-level security)`;
    return `the report has no column "${column}" (described as the admin: ${all.join(', ')}).${columnMeant(column, described)}`;
  };
}

/**
 * The column a label the report lacks was meant for: the one whose field's API name reads as the label
 * (Lead.Lead_Score__c for "Lead Score": a field keeps its API name when relabelled), else the nearest label.
 */
export function columnMeant(column: string, described: DescribedColumn[]): string {
  const wanted = words(column);
  const renamed = described.find((each) => words(fieldPart(each.name)) === wanted);
  if (renamed)
    return ` Its column ${renamed.name}, whose field's API name reads "${column}", is labelled "${renamed.label}": was the field relabelled? Write "${renamed.label}".`;
  return didYouMean(
    column,
    described.map((each) => each.label),
  );
}

/** `Lead_Score__c` of `Lead.Lead_Score__c`; a report type's own column names (COMPANY) have no such part. */
function fieldPart(name: string): string {
  const field = /^\w+[.$](\w+?)(__c)?$/.exec(name);
  return field?.[1] ?? '';
}

function words(text: string): string {
  return text.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface DescribedColumn {
  /** The column's API name: Object.Field__c for a custom field, or a name of the report type's (COMPANY). */
  name: string;
  label: string;
}

/** The report's columns as the admin describes them, read on the first call; undefined if unreadable. */
export type ReportColumnsReader = () => Promise<DescribedColumn[] | undefined>;

/** The report's detail columns as the admin describes them, read once when first asked; undefined if unreadable. */
export function describedColumns(org: OrgConnection | undefined, reportId: string): ReportColumnsReader {
  let described: Promise<DescribedColumn[] | undefined> | undefined;
  return () => {
    described ??= org ? describeReportColumns(org.conn, reportId) : Promise.resolve(undefined);
    return described;
  };
}

/**
 * The report's detail columns as `conn`'s user describes them (reportMetadata.detailColumns, labelled by
 * reportExtendedMetadata.detailColumnInfo); undefined when the describe is refused.
 */
export function describeReportColumns(
  conn: Connection,
  reportId: string,
): Promise<DescribedColumn[] | undefined> {
  return conn
    .request<ColumnsDescribe>(`/services/data/v${conn.version}/analytics/reports/${reportId}/describe`)
    .then(
      (describe) => {
        const info = describe.reportExtendedMetadata?.detailColumnInfo ?? {};
        const names = describe.reportMetadata?.detailColumns ?? Object.keys(info);
        return names.map((name) => ({ name, label: info[name]?.label ?? name }));
      },
      () => undefined,
    );
}
