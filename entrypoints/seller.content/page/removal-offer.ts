// Does Amazon offer "Request removal" on a Feedback Manager row? The item
// lives in the actions dropdown's shadow root and may exist only while the
// menu is open; the dropdown's `options` attribute may be the only static
// evidence. We answer only from evidence: the `options` list, an item that is
// there, or the complete item list of an open menu. An unopened menu is
// "cannot tell" — never "not offered".
import { SEL } from './selectors.ts';

const REMOVAL = /request_removal|request[\s-]*removal|entfernung|suppression|retirada|eliminaci[oó]n|rimozione|削除|删除|移除/i;

function fromOptions(raw: string): boolean | undefined {
  try {
    const list = JSON.parse(raw) as unknown;
    if (Array.isArray(list)) {
      return list.some((o) => {
        if (typeof o === 'string') return REMOVAL.test(o);
        const x = o as { value?: unknown; label?: unknown };
        return REMOVAL.test(String(x?.value ?? '')) || REMOVAL.test(String(x?.label ?? ''));
      });
    }
  } catch {
    // Not JSON: a plain list of values.
  }
  const parts = raw.split(/[,;|]/).map((s) => s.trim()).filter(Boolean);
  return parts.length ? parts.some((p) => REMOVAL.test(p)) : undefined;
}

function menuOpen(dropdown: Element, root: ShadowRoot | Element): boolean {
  if (dropdown.hasAttribute('open') || dropdown.getAttribute('aria-expanded') === 'true') return true;
  const toggle = root.querySelector('[aria-expanded]');
  if (toggle) return toggle.getAttribute('aria-expanded') === 'true';
  const menu = root.querySelector('[role="menu"]');
  return !!menu && !(menu as HTMLElement).hidden && menu.getClientRects().length > 0;
}

export function removalOffer(dropdown: Element | null): boolean | undefined {
  if (!dropdown) return undefined;
  const options = dropdown.getAttribute('options');
  if (options) {
    const v = fromOptions(options);
    if (v !== undefined) return v;
  }
  const root = dropdown.shadowRoot ?? dropdown;
  if (root.querySelector(SEL.feedback.requestRemoval)) return true;
  // Only the complete list of an open menu can show that it is not offered.
  if (root.querySelector(SEL.feedback.menuItem) && menuOpen(dropdown, root)) return false;
  return undefined;
}
