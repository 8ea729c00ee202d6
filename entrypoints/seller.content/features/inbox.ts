// Messaging inbox: the reply box appears when a thread is opened, inside
// shadow roots. Replies answer the buyer, so they are buyer-initiated (no
// 30-day window, no "permitted reason" needed).
import { addFeature } from '../feature.ts';
import { watchCompose } from '../compose/controller.ts';
import { extensionLinter } from '../compose/extension-linter.ts';
import { ORDER_ID_RE } from '../page/compose-context.ts';
import { composedAncestors } from '../page/shadow.ts';
import { listen } from '../lifecycle.ts';
import { statusReporter } from '../page/diagnostics.ts';

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

addFeature({
  id: 'inbox',
  pages: ['inbox'],
  init(signal, { kind, send, settings }) {
    const watcher = watchCompose({
      doc: document,
      send,
      signal,
      pageKind: 'inbox',
      lang: settings.lang,
      // The reply box appears only once a thread is opened: no field is not a failure here.
      report: statusReporter(send, kind, signal, { reportZero: false }),
      // Read once per field, and again only after the page changed (another thread opened).
      pageContext: (field) => ({ orderId: threadOrderId(field), buyerInitiated: true, marketplace: location.hostname }),
      linter: extensionLinter(settings),
      sentConfirmed: () => false, // the field empties when the reply is sent
    });
    listen(settings, 'changed', () => watcher.refresh(), signal);
  },
});
