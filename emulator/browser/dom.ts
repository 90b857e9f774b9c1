/**
 * DOM helpers that work the same with native shadow roots and with LWC's synthetic shadow (everything in
 * light DOM): queries descend into open shadow roots, ancestors are found across shadow boundaries.
 */
export function deepAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  const hosts = root instanceof Element && root.shadowRoot ? [root] : [];
  hosts.push(...[...root.querySelectorAll('*')].filter((element) => element.shadowRoot));
  for (const host of hosts) found.push(...deepAll<T>(host.shadowRoot as ShadowRoot, selector));
  return found;
}

export function deepOne<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | undefined {
  return deepAll<T>(root, selector)[0];
}

/** The nearest ancestor (or the element itself) matching `selector`, crossing shadow boundaries. */
export function composedClosest<T extends Element = HTMLElement>(
  start: Element,
  selector: string,
): T | undefined {
  let element: Element | null = start;
  while (element) {
    if (element.matches(selector)) return element as T;
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/** Markup with declarative shadow roots (`<template shadowrootmode>`), which innerHTML would not attach. */
export function parseWithShadows(markup: string): Node[] {
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(markup);
  return [...holder.childNodes];
}

export function visible<T extends Element>(elements: T[]): T | undefined {
  return elements.find((element) => element.checkVisibility()) ?? elements[0];
}
