// Contact buyer (/messaging/contact?orderID=…): live warnings on the message,
// with the order id, buyer's language and dates from the page as context.
import { addFeature } from '../feature.ts';
import { watchCompose } from '../compose/controller.ts';
import { extensionLinter } from '../compose/extension-linter.ts';
import { SEL } from '../page/selectors.ts';
import { buyerLanguageFrom, contactReasonFrom, datesFrom, hasAttachmentFrom, orderIdFromUrl } from '../page/compose-context.ts';
import { deepQueryAll } from '../page/shadow.ts';
import { listen } from '../lifecycle.ts';
import { statusReporter } from '../page/diagnostics.ts';

addFeature({
  id: 'contact-buyer',
  pages: ['contact-buyer'],
  init(signal, { kind, send, settings }) {
    const orderId = orderIdFromUrl(location.href);
    let reviewRequestedBefore: boolean | undefined;
    const watcher = watchCompose({
      doc: document,
      send,
      signal,
      pageKind: 'contact-buyer',
      lang: settings.lang,
      report: statusReporter(send, kind, signal),
      // Read once per field, and again only after the page changed.
      pageContext: () => ({
        orderId,
        buyerLanguage: buyerLanguageFrom(document),
        ...datesFrom(document),
        buyerInitiated: false,
        reviewRequestedBefore,
        // The Seller Central host names the marketplace (phone numbers are read for its country).
        marketplace: location.hostname,
        // The reason radio the seller picked and an attached file (policy: critical reasons, attachments).
        contactReason: contactReasonFrom(document),
        hasAttachment: hasAttachmentFrom(document),
      }),
      linter: extensionLinter(settings),
      sentConfirmed: () => deepQueryAll(document, SEL.compose.success).length > 0,
    });
    listen(settings, 'changed', () => watcher.refresh(), signal);
    // What the store remembers about the order (asked once per page).
    if (orderId) {
      send('order/context', { orderId })
        .then((r) => {
          if (signal.aborted || r.reviewRequestedBefore === reviewRequestedBefore) return;
          reviewRequestedBefore = r.reviewRequestedBefore;
          watcher.refresh();
        })
        .catch(() => {});
    }
  },
});
