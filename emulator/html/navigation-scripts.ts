/**
 * The little client-side behaviour Lightning's components have on these pages (constant scripts, no
 * interpolation): the list view picker and search, the App Launcher dialog and search, Path stage selection.
 */

export const LIST_VIEW_SCRIPT = `<script>
(() => {
  if (window.__listViewUi) return; window.__listViewUi = true;
  // Delegated from document: under the "lightning" latency profile the list view arrives after load.
  const find = (event, test) => event.composedPath().find((node) => node instanceof Element && test(node));
  document.addEventListener('click', (event) => {
    const picker = find(event, (node) => node.matches('button.slds-page-header__name-switcher'));
    if (!picker) return;
    const dropdown = document.querySelector('.listViewPickerDropdown');
    const open = dropdown.hidden;
    dropdown.hidden = !open;
    picker.setAttribute('aria-expanded', String(open));
  });
  const apply = (search) => {
    const term = search.value.trim().toLowerCase();
    const grid = document.querySelector('lightning-datatable')?.shadowRoot;
    const status = document.querySelector('force-list-view-manager-status-info .countSortedByFilteredBy');
    let shown = 0;
    for (const row of grid?.querySelectorAll('tbody tr') ?? []) {
      const hit = !term || row.textContent.toLowerCase().includes(term);
      row.hidden = !hit;
      if (hit) shown++;
    }
    status.dataset.count = String(shown);
    status.textContent = status.textContent.replace(/^\\d+ items?/, shown + (shown === 1 ? ' item' : ' items'));
  };
  const searchOf = (event) => find(event, (node) => node.id === 'listViewSearch');
  document.addEventListener('keydown', (event) => {
    const search = searchOf(event);
    if (search && event.key === 'Enter') apply(search);
  });
  document.addEventListener('input', (event) => {
    const search = searchOf(event);
    if (search && !search.value) apply(search);
  });
})();
</script>`;

export const APP_LAUNCHER_SCRIPT = `<script>
(() => {
  const button = document.querySelector('button[title="App Launcher"]');
  const template = document.getElementById('appLauncherTemplate');
  if (!button || !template) return;
  button.addEventListener('click', () => {
    if (document.querySelector('.appLauncherDialog')) return;
    document.body.append(template.content.cloneNode(true));
    const dialog = document.querySelector('.appLauncherDialog');
    const input = dialog.querySelector('input[type="search"]');
    input.focus();
    dialog.querySelector('.slds-modal__close').addEventListener('click', () => dialog.remove());
    input.addEventListener('input', () => {
      const term = input.value.trim().toLowerCase();
      for (const item of dialog.querySelectorAll('one-app-launcher-menu-item, one-app-launcher-tab-item')) {
        const label = (item.querySelector('a')?.dataset.label ?? '').toLowerCase();
        (item.closest('li') ?? item).hidden = term !== '' && !label.includes(term);
      }
    });
  });
})();
</script>`;

export const PATH_SCRIPT = `<script>
(() => {
  if (window.__pathUi) return; window.__pathUi = true;
  // Delegated from document: Path sits in the record page's open shadow roots (scripts there do not run)
  // and, under the "lightning" latency profile, arrives after load; composedPath() reaches into it.
  const labels = {
    complete: ['Mark Stage as Complete', 'slds-path__mark-complete'],
    current: ['Mark as Current Stage', 'slds-path__mark-current'],
    closed: ['Select Closed Stage', 'slds-path__mark-complete'],
    change: ['Change Closed Stage', 'slds-path__mark-complete'],
  };
  const submit = (path, action, stage) => {
    const form = path.querySelector('form.pathStageForm');
    form.querySelector('input[name="action"]').value = action;
    if (stage !== undefined) form.querySelector('input[name="stage"]').value = stage;
    form.submit();
  };
  const setMode = (button, mode) => {
    button.dataset.mode = mode;
    button.classList.remove('slds-path__mark-complete', 'slds-path__mark-current');
    button.classList.add(labels[mode][1]);
    button.querySelector('.buttonLabel').textContent = labels[mode][0];
  };
  const select = (path, item) => {
    const button = path.querySelector('button.slds-path__mark-button');
    for (const other of path.querySelectorAll('li.slds-path__item')) {
      other.classList.toggle('slds-is-active', other === item);
      other.querySelector('a').setAttribute('aria-selected', String(other === item));
    }
    for (const panel of path.querySelectorAll('.slds-path__content [data-stage]')) {
      panel.hidden = panel.dataset.stage !== item.dataset.stage;
    }
    if (item.dataset.closed === 'true') setMode(button, path.dataset.closed === 'true' ? 'change' : 'closed');
    else if (item.classList.contains('slds-is-current')) setMode(button, button.dataset.defaultMode);
    else setMode(button, 'current');
    path.querySelector('form.pathStageForm input[name="stage"]').value = item.dataset.stage;
  };
  const openDialog = (path) => {
    if (path.querySelector('.pathClosedDialog')) return;
    path.append(path.querySelector('template.pathClosedDialogTemplate').content.cloneNode(true));
    path.querySelector('.pathClosedDialog select').focus();
  };
  document.addEventListener('click', (event) => {
    const nodes = event.composedPath().filter((node) => node instanceof Element);
    const path = nodes.find((node) => node.classList.contains('runtime_sales_pathassistantPathAssistant'));
    if (!path) return;
    const has = (cls) => nodes.find((node) => node.classList.contains(cls));
    const link = has('slds-path__link');
    const button = has('slds-path__mark-button');
    if (link) {
      event.preventDefault();
      select(path, link.closest('li.slds-path__item'));
    } else if (button) {
      const mode = button.dataset.mode;
      if (mode === 'closed' || mode === 'change' || (mode === 'complete' && button.dataset.nextClosed === 'true')) openDialog(path);
      else submit(path, mode);
    } else if (has('pathDialogCancel')) {
      path.querySelector('.pathClosedDialog')?.remove();
    } else if (has('pathDialogDone')) {
      submit(path, 'current', path.querySelector('.pathClosedDialog select').value);
    }
  });
})();
</script>`;
