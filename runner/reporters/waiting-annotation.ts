/** The annotation a step leaves while it waits for the page, read by the summary when the scenario runs out of time. */
export const WAITING = '_ waiting for';
