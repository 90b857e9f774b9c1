import { deepAll } from './dom';

/**
 * Lightning styles its components with constructed stylesheets, not <link> elements inside their shadow
 * roots (where a link would be the first child that UTAM's `*` and `:first-child` selectors find). The
 * emulator does the same: one SLDS sheet, adopted by every open shadow root, also by those of parts and
 * dialogs added later (each shadow root is observed, as a document observer does not see into them).
 */
declare global {
  interface Window {
    __shadowStyles?: boolean;
  }
}

export function adoptStylesInShadowRoots(): void {
  if (window.__shadowStyles) return;
  window.__shadowStyles = true;
  const sheet = new CSSStyleSheet();
  void fetch('/slds/emulator.css', { credentials: 'same-origin' })
    .then((response) => response.text())
    .then((css) => sheet.replace(css));
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) adopt(node);
    }
  });
  const adopt = (root: ParentNode) => {
    const hosts = [...(root instanceof Element ? [root] : []), ...deepAll(root, '*')];
    for (const host of hosts) {
      const shadow = host.shadowRoot;
      if (!shadow || shadow.adoptedStyleSheets.includes(sheet)) continue;
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      observer.observe(shadow, { childList: true, subtree: true });
    }
  };
  adopt(document);
  observer.observe(document, { childList: true, subtree: true });
}
