import type { Page } from '@playwright/test';
import type { ShadowMode } from '../../emulator/org/profile-names';
import type { ChainStep } from './utam';

export interface ChainResult {
  ok: boolean;
  /** The first step not found where UTAM declares it, with what is there instead. */
  failure?: string;
}

/**
 * Walks a UTAM chain on the current page the way UTAM's runtime does: a shadow element is looked up in
 * its host's shadow root, a light element among the host's light-DOM descendants. The root is the first
 * visible host (Lightning keeps earlier pages hidden in the DOM). With synthetic shadow no shadow root may
 * exist: every element is light DOM, and shadow elements are found under their host all the same. A root host
 * may itself sit in shadow roots (a layout item): it is searched through them; "a >>> b" finds b inside a.
 */
export function checkChain(
  page: Page,
  root: string,
  steps: ChainStep[],
  mode: ShadowMode,
): Promise<ChainResult> {
  return page.evaluate(
    ({ root, steps, mode }) => {
      const deepAll = (scope: ParentNode, css: string): Element[] => [
        ...scope.querySelectorAll(css),
        ...[...scope.querySelectorAll('*')].flatMap((host) =>
          host.shadowRoot ? deepAll(host.shadowRoot, css) : [],
        ),
      ];
      // "a >>> b": the first b found anywhere (through shadow roots) inside the first a.
      let hosts: Element[] = [document.documentElement];
      for (const css of root.split('>>>').map((part) => part.trim())) {
        const scope: Element | undefined = hosts.find((host) => host.checkVisibility()) ?? hosts[0];
        hosts = scope
          ? deepAll(scope.shadowRoot ?? scope, css).concat(scope.shadowRoot ? deepAll(scope, css) : [])
          : [];
      }
      let element: Element | undefined = hosts.find((host) => host.checkVisibility()) ?? hosts[0];
      if (!element) return { ok: false, failure: `no ${root} on the page` };
      for (const step of steps) {
        const from: Element = element;
        if (mode === 'synthetic' && from.shadowRoot) {
          return { ok: false, failure: `${from.localName} has a shadow root, but synthetic shadow has none` };
        }
        let found: Element | null;
        if (mode === 'native' && step.scope === 'shadow') {
          if (!from.shadowRoot)
            return { ok: false, failure: `${step.label}: ${from.localName} has no shadow root` };
          found = from.shadowRoot.querySelector(step.css);
        } else {
          found = from.querySelector(step.css);
        }
        if (!found) {
          const elsewhere =
            mode === 'native' && step.scope === 'shadow'
              ? from.querySelector(step.css) && 'in its light DOM instead'
              : from.shadowRoot?.querySelector(step.css) && 'in its shadow root instead';
          const where = step.scope === 'shadow' ? 'shadow root' : 'light DOM';
          return {
            ok: false,
            failure: `${step.label}: no "${step.css}" in ${from.localName}'s ${where}${elsewhere ? ` (${elsewhere})` : ''}`,
          };
        }
        element = found;
      }
      return { ok: true };
    },
    { root, steps, mode },
  );
}
