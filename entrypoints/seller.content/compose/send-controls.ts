// Which control sends the message typed in a field: the page's declared Send
// button where we know it, otherwise a send-labelled button in the nearest
// container of the field (walking out through shadow hosts). A Send inside a
// confirmation modal (Amazon's kat-modal "Review message" step) is that
// modal's, not the page's: the guard leaves it alone.
import { SEL } from '../page/selectors.ts';
import { composedAncestors, composedParent, deepQueryAll, isElement, isShadowRoot } from '../page/shadow.ts';

function labelOf(el: Element): string {
  return (el.getAttribute('label') ?? el.getAttribute('aria-label') ?? (el as HTMLInputElement).value ?? el.textContent ?? '').trim();
}

export function isSendLike(el: Element): boolean {
  if (el.matches(SEL.compose.send)) return true;
  if (!el.matches(SEL.sendControl)) return false;
  return SEL.sendLabel.test(labelOf(el));
}

function inModal(el: Element): boolean {
  return composedAncestors(el).some((a) => a.matches(SEL.compose.modal));
}

/** The outermost control of a Katal button (host, not its inner <button>). */
function outerControl(el: Element): Element {
  const root = el.getRootNode();
  return isShadowRoot(root) && root.host.matches(SEL.sendControl) ? root.host : el;
}

/** The page Send control a click went through, read from its composed path alone. */
export function sendControlIn(path: readonly EventTarget[]): Element | null {
  for (const n of path) {
    if (!isElement(n)) continue;
    if (n.matches(SEL.sendControl) && isSendLike(n)) {
      const outer = outerControl(n);
      const control = isSendLike(outer) ? outer : n;
      return inModal(control) ? null : control;
    }
  }
  return null;
}

/** Send controls that belong to this field (up to 12 composed levels out). */
export function sendControlsFor(field: Element): Element[] {
  let cur: Element | null = field;
  for (let depth = 0; cur && depth < 12; depth++) {
    const parent = composedParent(cur);
    if (!parent) break;
    const found = deepQueryAll(parent, SEL.sendControl).filter((b) => isSendLike(b) && !inModal(b));
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
