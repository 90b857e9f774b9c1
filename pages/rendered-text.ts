/**
 * The text an element shows, read through the flat tree: shadow roots, and the nodes assigned to each
 * <slot> (native shadow) or the slot's own children (LWC's synthetic shadow). innerText stops at a shadow
 * host, so Lightning's base components (lightning-formatted-*) would read empty. Assistive text, which
 * Lightning adds for screen readers, is left out. Runs in the page (pass it to evaluate).
 */
export function renderedText(element: Element): string {
  // Given an array (as renderedTexts, below), the text of each: one round trip for many elements.
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof Element)) return '';
    if (['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK'].includes(node.tagName)) return '';
    if (node.classList.contains('slds-assistive-text')) return '';
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length > 0 ? assigned : [...node.childNodes]).map(read).join('');
    }
    const children = node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
    return children.map(read).join(' ');
  };
  return (Array.isArray(element) ? element.map(read) : read(element)) as string;
}

/** renderedText of each element, for evaluateAll: the same function, which reads an array element by element. */
export const renderedTexts = renderedText as unknown as (elements: Element[]) => string[];
