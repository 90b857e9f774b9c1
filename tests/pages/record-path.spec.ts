import { expect, test } from '@playwright/test';
import { RecordPath } from '../../pages/record-path';

/**
 * Path as runtime_sales/path and pathStep declare it: one runtime_sales_pathassistant-path-step per stage with
 * .slds-path__link and .slds-path__title[data-label] in its shadow root. Where the SLDS state classes sit is not
 * declared: on the step host itself, or on an li.slds-path__item inside it.
 */
const shadow = (content: string) => `<template shadowrootmode="open">${content}</template>`;
const STAGES = ['Prospecting', 'Qualification', 'Needs Analysis'];

function pathHtml(statesOn: 'host' | 'item', current: string, chosen: string): string {
  const steps = STAGES.map((stage) => {
    const state = stage === current ? 'slds-is-current' : 'slds-is-incomplete';
    const active = stage === chosen ? ' slds-is-active' : '';
    const link = `<a class="slds-path__link" role="option" aria-selected="${stage === chosen}" title="${stage}"><span class="slds-path__title" data-label="${stage}">${stage}</span></a>`;
    return statesOn === 'host'
      ? `<runtime_sales_pathassistant-path-step class="slds-path__item ${state}${active}" role="presentation">${shadow(link)}</runtime_sales_pathassistant-path-step>`
      : `<runtime_sales_pathassistant-path-step role="presentation">${shadow(`<li class="slds-path__item ${state}${active}">${link}</li>`)}</runtime_sales_pathassistant-path-step>`;
  });
  return `<runtime_sales_pathassistant-path>${shadow(`<ul class="slds-path__nav" role="listbox">${steps.join('')}</ul>`)}</runtime_sales_pathassistant-path>`;
}

for (const statesOn of ['host', 'item'] as const) {
  test(`the current stage is the one marked current, with the state classes on the ${statesOn === 'host' ? 'step host' : "step's item"}`, async ({
    page,
  }) => {
    // Another stage chosen on the track (aria-selected, slds-is-active) is not the current one.
    await page.setContent(pathHtml(statesOn, 'Qualification', 'Needs Analysis'));
    const path = new RecordPath(page);
    await path.waitUntilShown();
    expect(await path.stages()).toEqual(STAGES);
    expect(await path.current()).toBe('Qualification');
  });
}
