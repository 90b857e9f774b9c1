/** What `work` prints with console.log (a reporter's terminal output), captured instead of shown. */
export function printedDuring(work: () => void): string[] {
  const printed: string[] = [];
  const log = console.log;
  console.log = (text: unknown) => printed.push(String(text));
  try {
    work();
  } finally {
    console.log = log;
  }
  return printed;
}
