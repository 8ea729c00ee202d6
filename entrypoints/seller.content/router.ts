// Runs the features registered for the current page kind and swaps them on
// single-page navigation. URL changes come from WXT's `wxt:locationchange`
// alone (the Navigation API where the browser has it, which also sees the
// page's own pushState and hash routes; a 1 s URL check elsewhere). On a
// Seller Central page we do not recognise, nothing runs and nothing is logged.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageKindOf, type PageKind } from '../../lib/page-kind.ts';
import type { PageSend as Send } from '../../lib/messaging/client.ts';
import { featuresFor } from './feature.ts';
import { childController } from './lifecycle.ts';
import type { ContentSettings } from './settings.ts';

/** Stable hook on <html> for tests and users' CSS: the page kind we run on. */
export const PAGE_ATTR = 'data-reviewguard';
/** Set once the background answered this page: the message round trip works. */
export const CONNECTED_ATTR = 'data-reviewguard-connected';

export function runRouter(ctx: ContentScriptContext, send: Send, settings: ContentSettings): void {
  let current: { kind: PageKind; run: AbortController } | null = null;
  const html = document.documentElement;

  const leave = () => {
    current?.run.abort();
    current = null;
    html.removeAttribute(PAGE_ATTR);
    html.removeAttribute(CONNECTED_ATTR);
  };

  const apply = (url: string) => {
    const kind = pageKindOf(url);
    // Same kind, new URL (pagination, hash route): the features follow the DOM themselves.
    if (current?.kind === kind) return;
    leave();
    if (!kind) return;
    const run = childController(ctx.signal);
    current = { kind, run };
    html.setAttribute(PAGE_ATTR, kind);
    for (const feature of featuresFor(kind)) {
      try {
        feature.init(run.signal, { kind, send, settings });
      } catch {
        // One feature failing must not stop the others or break the page.
      }
    }
    send('page/hello', { kind, url })
      .then(() => {
        if (current?.run === run) html.setAttribute(CONNECTED_ATTR, 'true');
      })
      .catch(() => {
        // The background is optional for recognising the page; stay silent.
      });
  };

  apply(location.href);
  // The Navigation API announces a URL before it commits: read it a tick later.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => apply(location.href), 0));
  ctx.onInvalidated(leave);
}
