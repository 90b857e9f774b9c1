import { expect, type Page, test } from '@playwright/test';
import { AppNav, TabNotAvailableError } from '../../pages/app-nav';
import { SearchNotAnswered } from '../../pages/search-answer';
import { waitAtMost } from '../short-waits';

/**
 * The App Launcher as global/appLauncherMenu declares it (one-app-launcher-menu, its search bar, one
 * one-app-launcher-menu-item per app or item), answering its search late as a server would. `answer` says how:
 * after `ms`, with a spinner and an empty list meanwhile or keeping the apps, or never; a search that finds
 * nothing says so, unless `silentWhenNone`.
 */
interface Launcher {
  ms: number;
  meanwhile: 'spinner' | 'apps' | 'nothing';
  never?: boolean;
  silentWhenNone?: boolean;
}

const ORG = 'https://launcher.test';

function launcherPage({ ms, meanwhile, never, silentWhenNone }: Launcher): string {
  return `<!DOCTYPE html><html><body>
<one-app-nav-bar><one-app-nav-bar-item-root><a href="/lightning/page/home" title="Home">Home</a></one-app-nav-bar-item-root></one-app-nav-bar>
<button title="App Launcher" onclick="document.querySelector('one-app-launcher-menu').hidden = false">App Launcher</button>
<one-app-launcher-menu hidden>
  <one-app-launcher-search-bar><input type="search" placeholder="Search apps and items..."></one-app-launcher-search-bar>
  <div class="results"></div>
</one-app-launcher-menu>
<script>
const apps = ['Sales', 'Service', 'Marketing'];
const items = ['Campaigns', 'Cases', 'Opportunities'];
const results = document.querySelector('.results');
const show = (labels, term) => { results.innerHTML = labels.map((label) =>
  '<one-app-launcher-menu-item><a href="/lightning/o/' + label + '/home" data-label="' + label + '">' + label + '</a></one-app-launcher-menu-item>').join('') +
  (labels.length === 0 && !${Boolean(silentWhenNone)} ? '<p class="slds-text-body_regular">No results for "' + term + '"</p>' : ''); };
show(apps);
document.querySelector('input').addEventListener('input', (event) => {
  const term = event.target.value.toLowerCase();
  if (${JSON.stringify(meanwhile)} === 'spinner') results.innerHTML = '<lightning-spinner style="display:block">Loading</lightning-spinner>';
  if (${JSON.stringify(meanwhile)} === 'nothing') results.innerHTML = '';
  if (${never}) return;
  setTimeout(() => show([...apps, ...items].filter((label) => label.toLowerCase().includes(term)), term), ${ms});
});
</script></body></html>`;
}

async function openLauncherPage(page: Page, launcher: Launcher): Promise<void> {
  await page.route(`${ORG}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: launcherPage(launcher) }),
  );
  await page.goto(`${ORG}/lightning/page/home`);
}

test('a tab the search answers late is opened, though the list is empty while the search runs', async ({
  page,
}) => {
  await openLauncherPage(page, { ms: 800, meanwhile: 'spinner' });
  const opened = await new AppNav(page).open('Campaigns');
  expect(opened).toMatchObject({ via: 'App Launcher', sobject: 'Campaigns' });
});

test('a tab is not offered only once the search has answered: the apps shown before are no answer', async ({
  page,
}) => {
  await openLauncherPage(page, { ms: 800, meanwhile: 'apps' });
  const error = await new AppNav(page).open('Sale').catch((e: Error) => e);
  expect(error).toBeInstanceOf(TabNotAvailableError);
  // "Sales" contains the term, but so it did before the search: only the answer offers "Sales" alone.
  expect((error as TabNotAvailableError).appLauncher).toEqual(['Sales']);

  await page.reload();
  const none = await new AppNav(page).open('Leads').catch((e: Error) => e);
  expect(none).toBeInstanceOf(TabNotAvailableError);
  expect((none as TabNotAvailableError).appLauncher).toEqual([]);
});

test('a search that never answers is not taken for "not offered": it fails saying what still shows', async ({
  page,
}) => {
  waitAtMost(page, 2_000);
  await openLauncherPage(page, { ms: 0, meanwhile: 'apps', never: true });
  const error = await new AppNav(page).open('Campaigns').catch((e: Error) => e);
  expect(error).toBeInstanceOf(SearchNotAnswered);
  expect((error as Error).message).toBe(
    'the App Launcher showed no answer to the search for "Campaigns" within 2000 ms: it shows "Sales", ' +
      '"Service", "Marketing", as before the search — the search is still running, or matched on what the list does not show',
  );
});

test('an empty menu is no answer: "not offered" needs the message that the search found nothing', async ({
  page,
}) => {
  waitAtMost(page, 2_000);
  await openLauncherPage(page, { ms: 1_000, meanwhile: 'nothing', silentWhenNone: true });
  const loading = await new AppNav(page).open('Campaigns').catch((e: Error) => e);
  expect(loading).toMatchObject({ via: 'App Launcher', sobject: 'Campaigns' });

  await page.reload();
  const silent = await new AppNav(page).open('Leads').catch((e: Error) => e);
  expect(silent).toBeInstanceOf(SearchNotAnswered);
  expect((silent as Error).message).toBe(
    'the App Launcher showed no answer to the search for "Leads" within 2000 ms: it shows nothing, and no message ' +
      'that the search found nothing — the search is still running, or the list says so in a way not recognised',
  );
});
