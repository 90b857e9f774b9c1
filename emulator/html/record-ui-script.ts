import { browserScript } from './browser-script';
import type { SafeHtml } from './safe-html';

/** The record UI's page script (emulator/browser/record-ui.ts). */
export function recordUiScript(): SafeHtml {
  return browserScript('record-ui');
}
