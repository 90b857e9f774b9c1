import { type SafeHtml, trusted } from './safe-html';

/**
 * The record UI's page script, vanilla JS as small as Lightning's behaviour allows: deferred parts
 * (latency profile "lightning"), tabs, inline edit, the Edit/New modal, comboboxes, lookups, Delete.
 * It talks to the emulator under /aura with JSON, as Lightning's client talks to its Aura endpoint.
 * Events are delegated from document; composedPath() reaches into the open shadow roots.
 */
export function recordUiScript(): SafeHtml {
  return trusted(`<script>${SCRIPT}</script>`);
}

const SCRIPT = `(() => {
  if (window.__recordUi) return; window.__recordUi = true;
  const withShadow = (parent, markup) => {
    const holder = document.createElement('div');
    if (holder.setHTMLUnsafe) holder.setHTMLUnsafe(markup); else holder.innerHTML = markup;
    return [...holder.childNodes];
  };
  const loadDeferred = async (slot) => {
    const response = await fetch(slot.dataset.deferredPart, { credentials: 'same-origin' });
    const markup = await response.text();
    slot.replaceWith(...withShadow(slot.parentNode, markup));
    if (!document.querySelector('[data-deferred-part]')) document.querySelectorAll('[data-deferred-spinner]').forEach((s) => s.remove());
  };
  document.querySelectorAll('[data-deferred-part]').forEach((slot) => loadDeferred(slot));

  const post = async (url, body) => {
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status === 401) { location.href = '/?startURL=' + encodeURIComponent(location.pathname + location.search); return null; }
    return response.json();
  };
  const recordRoot = (path) => path.find((n) => n.tagName === 'ONE-RECORD-HOME-FLEXIPAGE2') || document.querySelector('one-record-home-flexipage2');
  const valuesOf = (scope) => {
    const values = {};
    scope.querySelectorAll('[data-field-input]').forEach((input) => {
      const kind = input.dataset.fieldInput;
      if (kind === 'checkbox') values[input.name] = input.checked;
      else if (kind === 'combobox' || kind === 'lookup') values[input.name] = input.dataset.value || null;
      else values[input.name] = input.value === '' ? null : input.value;
    });
    return values;
  };
  const showErrors = (scope, popover, result) => {
    scope.querySelectorAll('[data-error-for]').forEach((help) => { help.hidden = true; help.textContent = ''; help.closest('.slds-form-element')?.classList.remove('slds-has-error'); });
    const fieldNames = Object.keys(result.fieldErrors || {});
    for (const name of fieldNames) {
      const help = scope.querySelector('[data-error-for="' + name + '"]');
      if (help) { help.textContent = result.fieldErrors[name]; help.hidden = false; help.closest('.slds-form-element')?.classList.add('slds-has-error'); }
      else result.pageErrors.push(result.fieldErrors[name]);
    }
    if (!popover) return;
    const list = popover.querySelector('ul.errorsList');
    list.replaceChildren(...result.pageErrors.map((text) => { const li = document.createElement('li'); li.textContent = text; return li; }));
    popover.hidden = false;
  };
  const closeModal = () => document.querySelectorAll('[data-record-modal]').forEach((m) => m.remove());
  const openModal = async (url) => {
    closeModal();
    const response = await fetch(url, { credentials: 'same-origin' });
    const holder = document.createElement('div');
    holder.innerHTML = await response.text();
    document.body.append(...holder.childNodes);
    document.querySelector('[data-record-modal] [data-field-input]')?.focus();
  };
  const saveModal = async () => {
    const section = document.querySelector('[data-record-modal] section.slds-modal');
    if (!section) return;
    const { object, recordId, mode } = section.dataset;
    const url = mode === 'edit' ? '/aura/record/' + object + '/' + recordId + '/save' : '/aura/record/' + object + '/save';
    const assign = section.querySelector('[data-assignment-rule]');
    const result = await post(url, { values: valuesOf(section), assign: assign ? assign.checked : false });
    if (!result) return;
    if (!result.success) return showErrors(section, section.querySelector('.record-edit-errors'), result);
    location.href = '/lightning/r/' + object + '/' + result.id + '/view';
  };
  const closeDropdowns = () => document.querySelectorAll('[data-record-modal] .slds-dropdown, .inline-editing .slds-dropdown').forEach((d) => { d.hidden = true; });

  document.addEventListener('click', async (event) => {
    const path = event.composedPath();
    const find = (test) => path.find((n) => n instanceof Element && test(n));
    const option = find((n) => n.tagName === 'LIGHTNING-BASE-COMBOBOX-ITEM');
    if (option) {
      const box = option.closest('lightning-combobox, lightning-lookup');
      const input = box.querySelector('[data-field-input]');
      input.dataset.value = option.dataset.value;
      if (input.tagName === 'BUTTON') input.querySelector('span').textContent = option.dataset.value || '--None--';
      else input.value = option.dataset.value ? option.textContent.trim() : '';
      box.querySelectorAll('lightning-base-combobox-item').forEach((o) => o.setAttribute('aria-checked', String(o === option)));
      option.closest('.slds-dropdown').hidden = true;
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    const combo = find((n) => n.getAttribute && n.getAttribute('data-field-input') === 'combobox');
    if (combo) {
      const dropdown = combo.parentNode.querySelector('.slds-dropdown');
      const open = dropdown.hidden;
      closeDropdowns();
      dropdown.hidden = !open;
      combo.setAttribute('aria-expanded', String(open));
      return;
    }
    const tab = find((n) => n.dataset && n.dataset.tab);
    if (tab) {
      event.preventDefault();
      const tabs = tab.closest('.slds-tabs_default');
      tabs.querySelectorAll('[data-tab]').forEach((t) => { const on = t === tab; t.setAttribute('aria-selected', String(on)); t.parentNode.classList.toggle('slds-is-active', on); });
      tabs.querySelectorAll('[data-tab-panel]').forEach((p) => { const on = p.dataset.tabPanel === tab.dataset.tab; p.hidden = !on; p.classList.toggle('slds-show', on); p.classList.toggle('slds-hide', !on); });
      return;
    }
    const action = find((n) => n.dataset && n.dataset.action);
    if (!action) return;
    const root = recordRoot(path);
    const object = root?.dataset.object;
    const recordId = root?.dataset.recordId;
    switch (action.dataset.action) {
      case 'edit-record': return openModal('/aura/record/' + object + '/' + recordId + '/edit');
      case 'new-record': location.href = '/lightning/o/' + object + '/new'; return;
      case 'delete-record': return openModal('/aura/record/' + object + '/' + recordId + '/delete');
      case 'confirm-delete': {
        const result = await post('/aura/record/' + object + '/' + recordId + '/delete', {});
        if (!result) return;
        if (!result.success) return showErrors(document, document.querySelector('[data-record-modal] .record-edit-errors'), result);
        location.href = '/lightning/o/' + object + '/home';
        return;
      }
      case 'cancel-modal':
        if (document.querySelector('[data-record-modal][data-standalone]')) history.length > 1 ? history.back() : (location.href = '/lightning/o/' + action.closest('section').dataset.object + '/home');
        closeModal();
        return;
      case 'save-modal': return saveModal();
      case 'inline-edit': {
        const item = action.closest('[data-inline-field]');
        const template = item.querySelector('template.inline-edit-input');
        item.dataset.readMarkup = item.querySelector('.slds-form-element__control').innerHTML;
        item.classList.add('inline-editing');
        item.querySelector('.slds-form-element__control').replaceChildren(template.content.cloneNode(true));
        item.querySelector('[data-field-input]')?.focus();
        return;
      }
      case 'inline-cancel': {
        const item = action.closest('[data-inline-field]');
        item.querySelector('.slds-form-element__control').innerHTML = item.dataset.readMarkup;
        item.classList.remove('inline-editing');
        return;
      }
      case 'inline-save': {
        const item = action.closest('[data-inline-field]');
        const result = await post('/aura/record/' + object + '/' + recordId + '/save', { values: valuesOf(item), inline: true });
        if (!result) return;
        if (!result.success) {
          const box = item.querySelector('.inline-edit-errors');
          box.replaceChildren(...withShadow(box, document.getElementById('record-edit-error-template').innerHTML));
          box.hidden = false;
          return showErrors(item, box, result);
        }
        location.reload();
        return;
      }
    }
  });
  document.addEventListener('input', (event) => {
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.dataset.fieldInput !== 'lookup') return;
    input.dataset.value = '';
    const dropdown = input.parentNode.querySelector('.slds-dropdown');
    const wanted = input.value.trim().toLowerCase();
    dropdown.querySelectorAll('lightning-base-combobox-item').forEach((o) => { o.hidden = wanted !== '' && !o.textContent.toLowerCase().includes(wanted); });
    dropdown.hidden = wanted === '';
  });
})();`;
