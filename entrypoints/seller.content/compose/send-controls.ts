// Which buttons send the message typed in a field: the page's declared Send
// button where we know it, otherwise a send-labelled button in the nearest
// container of the field (walking out through shadow hosts).
import { SEL } from '../page/selectors.ts';
import { composedParent, deepQueryAll, isShadowRoot } from '../page/shadow.ts';

function labelOf(el: Element): string {
  return (el.getAttribute('label') ?? el.getAttribute('aria-label') ?? (el as HTMLInputElement).value ?? el.textContent ?? '').trim();
}

export function isSendLike(el: Element): boolean {
  if (el.matches(SEL.compose.send)) return true;
  if (!el.matches(SEL.sendControl)) return false;
  return SEL.sendLabel.test(labelOf(el));
}

/** Send controls that belong to this field (up to 8 composed levels out). */
export function sendControlsFor(field: Element): Element[] {
  let cur: Element | null = field;
  for (let depth = 0; cur && depth < 12; depth++) {
    const parent = composedParent(cur);
    if (!parent) break;
    const found = deepQueryAll(parent, SEL.sendControl).filter((b) => isSendLike(b) && !b.closest('[role="dialog"]'));
    // Katal: the kat-button host and its inner <button> are one control; keep the host.
    const hosts = found.filter((b) => {
      const root = b.getRootNode();
      return !(isShadowRoot(root) && found.includes(root.host));
    });
    if (hosts.length) return hosts;
    cur = parent;
  }
  return [];
}
