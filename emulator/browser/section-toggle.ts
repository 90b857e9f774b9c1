/**
 * An SLDS expandable section (a layout section, a Dynamic Forms field section): its title button opens or collapses it,
 * `slds-is-open` on the section and `aria-expanded` on the button follow, and a collapsed section's content is
 * not shown.
 */
export function toggleSection(button: HTMLElement): void {
  const section = button.closest<HTMLElement>('.slds-section');
  const content = section?.querySelector<HTMLElement>('.slds-section__content');
  if (!section || !content) return;
  const open = !section.classList.contains('slds-is-open');
  section.classList.toggle('slds-is-open', open);
  button.setAttribute('aria-expanded', String(open));
  content.hidden = !open;
}
