// Messaging inbox: the reply box appears when a thread is opened, inside
// shadow roots. Replies answer the buyer, so they are buyer-initiated (no
// 30-day window, no "permitted reason" needed).
import type { Feature } from '../feature.ts';
import { watchCompose } from '../compose/controller.ts';
import { ORDER_ID_RE } from '../page/compose-context.ts';
import { composedAncestors } from '../page/shadow.ts';
import { followLang } from '../ui-lang.ts';

/** The order id shown in the open thread: the nearest one around the field. */
function threadOrderId(field: Element): string | undefined {
  for (const el of composedAncestors(field).slice(1, 12)) {
    const m = (el.textContent ?? '').match(ORDER_ID_RE);
    if (m) return m[0];
    const root = el.shadowRoot;
    const sm = root?.textContent?.match(ORDER_ID_RE);
    if (sm) return sm[0];
  }
  return new URL(location.href).searchParams.get('orderId')?.match(ORDER_ID_RE)?.[0];
}

/** The thread's order id, re-read at most every 2 s (not on every keystroke). */
function cachedOrderId(): (field: Element) => string | undefined {
  const cache = new WeakMap<Element, { at: number; id: string | undefined }>();
  return (field) => {
    const hit = cache.get(field);
    if (hit && Date.now() - hit.at < 2000) return hit.id;
    const id = threadOrderId(field);
    cache.set(field, { at: Date.now(), id });
    return id;
  };
}

export const inbox: Feature = ({ send, signal }) => {
  const orderIdOf = cachedOrderId();
  let refresh = () => {};
  const lang = followLang(send, signal, () => refresh());
  const watcher = watchCompose({
    doc: document,
    send,
    signal,
    pageKind: 'inbox',
    lang,
    pageContext: (field) => ({ orderId: orderIdOf(field), buyerInitiated: true }),
    sentConfirmed: () => false, // the field empties when the reply is sent
  });
  refresh = watcher.refresh;
  return watcher;
};
