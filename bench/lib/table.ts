import Table from 'cli-table3';

/** A benchmark's result as a plain table on stdout (no colours, so it pastes into RESULTS.md). */
export function printTable(title: string, head: string[], rows: (string | number)[][]): void {
  const table = new Table({ head, style: { head: [], border: [] } });
  table.push(...rows.map((row) => row.map(String)));
  console.log(`\n${title}\n${table.toString()}`);
}
