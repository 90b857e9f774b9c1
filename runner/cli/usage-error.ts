/** A mistake in how a command was called (exit code 2, shown with the help text). */
export class UsageError extends Error {
  override name = 'UsageError';
}
