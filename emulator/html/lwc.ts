import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import type { ShadowMode } from '../org/profile-names';
import { escapeHtml, type HtmlPart, renderHtml, SafeHtml } from './safe-html';

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
  // The record page calls this thousands of times per render (bench/record-page.ts): plain concatenation,
  // and no closure made unless the template asks for its slots.
  const open = attributes ? `<${tag} ${attributes.value}>` : `<${tag}>`;
  if (currentShadowMode() === 'synthetic') {
    const tree = typeof template === 'function' ? template(syntheticSlots(slotted)) : template;
    return new SafeHtml(`${open}${renderHtml(tree)}</${tag}>`);
  }
  const tree = typeof template === 'function' ? template(nativeSlot) : template;
  // Document styles stop at shadow boundaries: the page scripts adopt the SLDS sheet into every shadow root
  // (browser/shadow-styles.ts), as Lightning uses constructed stylesheets rather than <link> elements.
  let children = '';
  for (const name in slotted) children += renderHtml(slotted[name]);
  return new SafeHtml(
    `${open}<template shadowrootmode="open">${renderHtml(tree)}</template>${children}</${tag}>`,
  );
}

/** Native shadow: the template's <slot> elements stay empty, the slotted children sit in the host's light DOM. */
function nativeSlot(name = ''): SafeHtml {
  return new SafeHtml(name ? `<slot name="${escapeHtml(name)}"></slot>` : '<slot></slot>');
}

/** Synthetic shadow: each <slot> holds the children passed to it. */
function syntheticSlots(slotted: Record<string, HtmlPart>): Slot {
  return (name = '') =>
    new SafeHtml(
      `${name ? `<slot name="${escapeHtml(name)}">` : '<slot>'}${renderHtml(slotted[name] ?? '')}</slot>`,
    );
}
