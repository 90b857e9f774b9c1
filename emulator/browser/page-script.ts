import { adoptStylesInShadowRoots } from './shadow-styles';

/**
 * Starts a page script once per page: its script tag can come again with a part or a dialog added later, and
 * its document listeners must not be added twice. Open shadow roots get the SLDS sheet first.
 */
export function startPageScript(name: 'navigationUi' | 'recordUi' | 'reportViewer', start: () => void): void {
  const started = window as unknown as Record<string, boolean | undefined>;
  const flag = `__${name}`;
  if (started[flag]) return;
  started[flag] = true;
  adoptStylesInShadowRoots();
  start();
}
