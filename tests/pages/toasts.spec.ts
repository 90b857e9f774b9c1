import { expect, test } from '@playwright/test';
import { errorToasts, Toasts, toastMessage } from '../../pages/toast';

/**
 * Lightning shows two kinds of toast: force:showToast's (div.forceToastMessage, salesforce-pageobjects
 * force/toastMessage) and lightning/toast's (lightning-toast in a lightning-toast-container, its label and
 * message in its shadow root, the message as its message slot's content). Both are read, closed and told apart
 * by kind, in native and in LWC's synthetic shadow.
 */
type Mode = 'native' | 'synthetic';

/** A host with its template in an open shadow root (native), or flattened into its light DOM (synthetic). */
const host = (mode: Mode, tag: string, attributes: string, template: string) =>
  `<${tag} ${attributes}>${mode === 'native' ? `<template shadowrootmode="open">${template}</template>` : template}</${tag}>`;

function lightningToast(mode: Mode, variant: string, label: string, message: string): string {
  const close = host(
    mode,
    'lightning-button-icon',
    '',
    // The toast removes itself when closed (salesforce-pageobjects lightning/toast close: waitForAbsence).
    `<button type="button" title="Close" onclick="this.closest('lightning-toast')?.remove(); this.getRootNode().host?.getRootNode().host?.remove()">×</button>`,
  );
  const rich = host(mode, 'lightning-formatted-rich-text', '', `<span>${message}</span>`);
  const toast = host(
    mode,
    'lightning-toast',
    `variant="${variant}"`,
    `<div class="slds-notify slds-notify_toast slds-theme_${variant}" role="status"><div class="slds-notify__content"><h2 class="slds-text-heading_small"><span>${label}</span></h2><slot name="message">${rich}</slot></div>${close}</div>`,
  );
  return host(mode, 'lightning-toast-container', '', `<div class="toast-container">${toast}</div>`);
}

const forceToast = `<div class="forceToastMessage" role="alert" data-key="success"><div class="toastContent"><div class="toastTitle">Saved</div><span class="toastMessage">Lead "Jane Doe" was saved.</span></div><button class="toastClose" onclick="this.closest('.forceToastMessage').remove()">×</button></div>`;

for (const mode of ['native', 'synthetic'] as const) {
  test(`lightning/toast toasts are read with their variant, label and message, beside force:showToast ones (${mode} shadow)`, async ({
    page,
  }) => {
    await page.setContent(
      `${forceToast}${lightningToast(mode, 'error', 'Record locked', 'This record is locked. <a href="#">Ask</a> the approver.')}`,
    );
    expect(await new Toasts(page).shown()).toEqual([
      { kind: 'success', title: 'Saved', message: 'Lead "Jane Doe" was saved.' },
      { kind: 'error', title: 'Record locked', message: 'This record is locked. Ask the approver.' },
    ]);
    const refusal = errorToasts(page);
    await expect(refusal).toHaveCount(1);
    expect(await toastMessage(refusal.first())).toBe('This record is locked. Ask the approver.');
  });

  test(`every toast is closed, whichever its kind (${mode} shadow)`, async ({ page }) => {
    await page.setContent(
      `${forceToast}${lightningToast(mode, 'success', 'Done', 'Stage changed successfully.')}`,
    );
    const toasts = new Toasts(page);
    await toasts.dismissAll();
    expect(await toasts.shown()).toEqual([]);
  });
}

test('a lightning/toast that shows after a wait is the one awaited', async ({ page }) => {
  await page.setContent(
    `<div id="later"></div><script>setTimeout(() => { document.getElementById('later').setHTMLUnsafe(${JSON.stringify(
      lightningToast('native', 'success', 'Saved', 'Quote "Q-1" was created.'),
    )}); }, 500);</script>`,
  );
  expect(await new Toasts(page).awaitAny(5_000)).toEqual([
    { kind: 'success', title: 'Saved', message: 'Quote "Q-1" was created.' },
  ]);
});

test('a toast Lightning dismisses on its timer before its close button is clicked counts as closed', async ({
  page,
}) => {
  // Shown for 300 ms, with no close button to click meanwhile: as if its timer beat the click.
  await page.setContent(
    `<div class="forceToastMessage" role="alert" data-key="success"><div class="toastContent"><div class="toastTitle">Saved</div><span class="toastMessage">Saved.</span></div></div>
     <script>setTimeout(() => document.querySelector('.forceToastMessage').remove(), 300)</script>`,
  );
  await new Toasts(page).dismissAll();
  expect(await new Toasts(page).shown()).toEqual([]);
});
