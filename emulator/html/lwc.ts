import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import type { ShadowMode } from '../org/schema-record-ui';
import { type HtmlPart, html, type SafeHtml, trusted } from './safe-html';

export type { ShadowMode };

/**
 * How Lightning web components reach the DOM. Salesforce's page objects (salesforce-pageobjects, UTAM JSON)
 * declare for each component which elements sit in its shadow root and which in its light DOM (slotted).
 * - native: the template inside an open shadow root, slotted children in the host's light DOM (where
 *   Salesforce is moving; Chromium parses `<template shadowrootmode>` natively).
 * - synthetic: LWC's synthetic shadow, as most orgs run today: the same tree flattened into light DOM,
 *   `<slot>` elements real, slotted children inside them (docs/salesforce-facts.md, synthetic shadow).
 */

const renderMode = new AsyncLocalStorage<ShadowMode>();

/** Every page rendered while handling a request uses the org's shadow mode. */
export function shadowModeMiddleware(mode: ShadowMode): MiddlewareHandler {
  return (_c, next) => renderMode.run(mode, next);
}

export function renderingIn<T>(mode: ShadowMode, render: () => T): T {
  return renderMode.run(mode, render);
}

export function currentShadowMode(): ShadowMode {
  return renderMode.getStore() ?? 'native';
}

/** Renders a named slot of a component's template (`''` is the default slot). */
export type Slot = (name?: string) => SafeHtml;

/**
 * A Lightning web component host element. `template` is what the component renders itself (its shadow
 * tree); `slotted` maps slot names (`''` the default slot) to the children its parent passes in. The
 * slotted elements carry their own `slot="…"` attribute, as in Salesforce's markup.
 */
export function lwc(
  tag: string,
  attributes: SafeHtml | '',
  template: HtmlPart | ((slot: Slot) => HtmlPart),
  slotted: Record<string, HtmlPart> = {},
): SafeHtml {
  const open = trusted(`<${tag}${attributes ? ' ' : ''}`);
  const close = trusted(`</${tag}>`);
  if (currentShadowMode() === 'synthetic') {
    const slot: Slot = (name = '') =>
      html`<slot${name ? html` name="${name}"` : ''}>${slotted[name] ?? ''}</slot>`;
    const tree = typeof template === 'function' ? template(slot) : template;
    return html`${open}${attributes}>${tree}${close}`;
  }
  const slot: Slot = (name = '') => html`<slot${name ? html` name="${name}"` : ''}></slot>`;
  const tree = typeof template === 'function' ? template(slot) : template;
  // Document styles stop at shadow boundaries: the page scripts adopt the SLDS sheet into every shadow root
  // (browser/shadow-styles.ts), as Lightning uses constructed stylesheets rather than <link> elements.
  return html`${open}${attributes}><template shadowrootmode="open">${tree}</template>${Object.values(slotted)}${close}`;
}
