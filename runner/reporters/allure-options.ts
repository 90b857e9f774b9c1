/**
 * allure-playwright's options for a run. `detail: false`: the report shows the scenario's steps (its YAML steps,
 * Login-As, "Log out as") and their attachments, not every Playwright call and poll made inside them.
 */
export function allureOptions(reports: string, ticketUrl = process.env.PERSONA_UX_TICKET_URL) {
  return {
    resultsDir: `${reports}/allure-results`,
    detail: false,
    links: { issue: { urlTemplate: ticketUrl || '%s', nameTemplate: '%s' } },
  };
}
