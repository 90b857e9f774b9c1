/** What a persona may do with a field: not see it, read it, change it in the Edit form. */
export type AccessLevel = 'hidden' | 'read' | 'edit';

/** One cell of an access matrix: the access the scenario expects, the one seen (absent: never read), and why. */
export interface MatrixCell {
  field: string;
  expected: AccessLevel;
  seen?: AccessLevel;
  /** The evidence for what was seen (field-level security, layout, no access to the record...). */
  why?: string;
}

/** One persona's column, as its test attaches it (MATRIX_COLUMN_ATTACHMENT). */
export interface MatrixColumn {
  matrix: string;
  persona: string;
  /** Every persona of the matrix in table order (the column order), when known. */
  order?: string[];
  /** e.g. 'Account "Acme" (001…, data "account")'; absent when the record was never opened. */
  record?: string;
  cells: MatrixCell[];
}

export const MATRIX_COLUMN_ATTACHMENT = 'access matrix column';

/** The annotation a matrix column's test carries: what it expects, also when the test never reaches the check. */
export const MATRIX_ANNOTATION = 'access matrix';

/** A matrix's tests share its id and title (and may share a describe block): each says whose column it is. */
export function matrixColumnSuffix(scenario: {
  persona: { name: string };
  steps: readonly { kind: string }[];
}): string {
  return scenario.steps.some((step) => step.kind === 'fieldAccess')
    ? ` [column ${scenario.persona.name}]`
    : '';
}

/** The matrix column a scenario's steps check, as a test annotation (none for a one-persona scenario). */
export function matrixAnnotations(scenario: {
  persona: { name: string };
  steps: readonly { kind: string }[];
}): { type: string; description: string }[] {
  return scenario.steps.flatMap((step) => {
    if (step.kind !== 'fieldAccess') return [];
    const { matrix, expected, personas } = step as unknown as {
      matrix: string;
      expected: Record<string, AccessLevel>;
      personas?: string[];
    };
    const column: MatrixColumn = {
      matrix,
      persona: scenario.persona.name,
      ...(personas ? { order: personas } : {}),
      cells: Object.entries(expected).map(([field, level]) => ({ field, expected: level })),
    };
    return [{ type: MATRIX_ANNOTATION, description: JSON.stringify(column) }];
  });
}

/** Fields in the order the columns first name them; personas in column order. */
function axes(columns: readonly MatrixColumn[]): { fields: string[]; personas: string[] } {
  return {
    fields: [...new Set(columns.flatMap((column) => column.cells.map((cell) => cell.field)))],
    personas: [...new Set([...(columns[0]?.order ?? []), ...columns.map((column) => column.persona)])].filter(
      (persona) => columns.some((column) => column.persona === persona),
    ),
  };
}

function cellOf(columns: readonly MatrixColumn[], field: string, persona: string): MatrixCell | undefined {
  return columns.find((column) => column.persona === persona)?.cells.find((cell) => cell.field === field);
}

/** "edit ✓", "hidden ✘ read", "read ? not checked", or "" when the scenario expects nothing there. */
export function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return '';
  if (!cell.seen) return `${cell.expected} ? not checked`;
  return cell.seen === cell.expected ? `${cell.expected} ✓` : `${cell.expected} ✘ ${cell.seen}`;
}

export function matrixHolds(columns: readonly MatrixColumn[]): boolean {
  return columns.every((column) => column.cells.every((cell) => cell.seen === cell.expected));
}

/** The table for a terminal or a markdown viewer: expected, then ✓, or ✘ and what was seen. */
export function markdownTable(columns: readonly MatrixColumn[]): string {
  const { fields, personas } = axes(columns);
  const rows = [
    ['field', ...personas],
    ...fields.map((field) => [
      field,
      ...personas.map((persona) => cellText(cellOf(columns, field, persona))),
    ]),
  ];
  const widths = rows[0].map((_, index) => Math.max(3, ...rows.map((row) => [...row[index]].length)));
  const line = (row: string[]) =>
    `| ${row.map((text, index) => text + ' '.repeat(widths[index] - [...text].length)).join(' | ')} |`;
  return [
    line(rows[0]),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** Every cell whose access differs from the expected one, with why: the lines under a table. */
export function mismatches(columns: readonly MatrixColumn[]): string[] {
  return columns.flatMap((column) =>
    column.cells
      .filter((cell) => cell.seen !== cell.expected)
      .map(
        (cell) =>
          `${column.persona} · ${cell.field}: expected ${cell.expected}, ` +
          (cell.seen ? `seen ${cell.seen}` : 'not checked') +
          (cell.why ? ` — ${cell.why}` : ''),
      ),
  );
}

/** A self-contained HTML page: the table with each cell's evidence as its tooltip, then the differences. */
export function htmlTable(title: string, columns: readonly MatrixColumn[]): string {
  const { fields, personas } = axes(columns);
  const style = (cell: MatrixCell | undefined) =>
    !cell
      ? ''
      : !cell.seen
        ? 'background:#fff4ce'
        : cell.seen === cell.expected
          ? 'background:#e7f6e7'
          : 'background:#fde7e9';
  const body = fields
    .map(
      (field) =>
        `<tr><th>${htmlText(field)}</th>${personas
          .map((persona) => {
            const cell = cellOf(columns, field, persona);
            return `<td style="${style(cell)}" title="${htmlText(cell?.why ?? '')}">${htmlText(cellText(cell))}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  const differences = mismatches(columns);
  return `<!doctype html><meta charset="utf-8"><title>${htmlText(title)}</title>
<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style>
<h1>${htmlText(title)}</h1>
<p>Each cell: the access expected, then ✓ when seen so, or ✘ and the access seen (hover for the evidence).</p>
<table><thead><tr><th>field</th>${personas.map((persona) => `<th>${htmlText(persona)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody></table>
${differences.length > 0 ? `<h2>Differences</h2><ul>${differences.map((line) => `<li>${htmlText(line)}</li>`).join('')}</ul>` : '<p>Every cell holds.</p>'}
`;
}

function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
