// Walking open shadow roots: Katal renders the real <textarea>/<button> inside
// them, and MutationObserver / querySelector do not look inside. Node types
// are checked by nodeType, not instanceof, so this works across realms (a
// content script's isolated world, test DOMs).

type Root = Document | ShadowRoot | Element;

export const isElement = (n: unknown): n is Element => !!n && (n as Node).nodeType === 1;
export const isShadowRoot = (n: unknown): n is ShadowRoot => !!n && (n as Node).nodeType === 11 && !!(n as ShadowRoot).host;

/** Every element under root, descending into open shadow roots. */
export function* deepElements(root: Root, limit = 50_000): Generator<Element> {
  const stack: Root[] = [root];
  let seen = 0;
  while (stack.length) {
    const node = stack.pop()!;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    if (isElement(node)) {
      if (++seen > limit) return;
      yield node;
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
  }
}

/** querySelectorAll that also searches open shadow roots. */
export function deepQueryAll<T extends Element = Element>(root: Root, selector: string): T[] {
  const out: T[] = [];
  for (const el of deepElements(root)) if (el.matches(selector)) out.push(el as T);
  return out;
}

/** The parent across shadow boundaries: parent element, else the shadow host. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (isShadowRoot(parent)) return parent.host;
  return isElement(parent) ? parent : null;
}

/** The element itself, then each ancestor, crossing shadow roots to their hosts. */
export function composedAncestors(node: Node): Element[] {
  const out: Element[] = [];
  let cur: Node | null = node;
  while (cur) {
    if (isElement(cur)) out.push(cur);
    cur = composedParent(cur);
  }
  return out;
}

/** The outermost shadow host containing node (or node itself in the light DOM). */
export function lightDomAnchor(node: Element): Element {
  let cur: Element = node;
  for (;;) {
    const root = cur.getRootNode();
    if (isShadowRoot(root)) cur = root.host;
    else return cur;
  }
}
