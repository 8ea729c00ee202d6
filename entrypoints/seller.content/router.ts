// Starts the feature matching the current URL and swaps it on single-page
// navigation (history API, hash routes). On a Seller Central page we do not
// recognise, nothing runs and nothing is logged.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageKindOf, type PageKind } from '../../lib/page-kind.ts';
import type { Send } from '../../lib/messaging/client.ts';
import type { Feature } from './feature.ts';

/** Stable hook on <html> for tests and users' CSS: the page kind we run on. */
export const PAGE_ATTR = 'data-reviewguard';
/** Set once the background answered this page: the message round trip works. */
export const CONNECTED_ATTR = 'data-reviewguard-connected';

export function startPageRouter(ctx: ContentScriptContext, features: Record<PageKind, Feature>, send: Send): void {
  let current: { kind: PageKind; stop: () => void; abort: AbortController } | null = null;
  let lastUrl = '';

  const stopCurrent = () => {
    if (!current) return;
    current.abort.abort();
    try {
      current.stop();
    } catch {
      // A feature's clean-up must never break the page.
    }
    current = null;
    document.documentElement.removeAttribute(PAGE_ATTR);
    document.documentElement.removeAttribute(CONNECTED_ATTR);
  };

  const apply = () => {
    if (ctx.isInvalid) return;
    const url = location.href;
    if (url === lastUrl) return;
    lastUrl = url;
    const kind = pageKindOf(url);
    // Same kind, new URL (pagination, hash route): the feature follows the DOM itself.
    if (current && current.kind === kind) return;
    stopCurrent();
    if (!kind) return;
    const abort = new AbortController();
    const stop = features[kind]({ ctx, kind, signal: abort.signal, send }) ?? (() => {});
    current = { kind, stop, abort };
    document.documentElement.setAttribute(PAGE_ATTR, kind);
    send('page/hello', { kind, url })
      .then(() => {
        if (current?.abort === abort) document.documentElement.setAttribute(CONNECTED_ATTR, 'true');
      })
      .catch(() => {
        // The background is optional for recognising the page; stay silent.
      });
  };

  apply();
  ctx.addEventListener(window, 'wxt:locationchange', apply);
  ctx.addEventListener(window, 'hashchange', apply);
  ctx.addEventListener(window, 'popstate', apply);
  // history.pushState from the page's own world fires no event we can hear in
  // every browser: a cheap URL comparison twice a second catches the rest.
  ctx.setInterval(apply, 500);
  ctx.onInvalidated(stopCurrent);
}
