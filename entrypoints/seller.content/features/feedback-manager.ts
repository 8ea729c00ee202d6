// Feedback Manager: an annotation in the comment cell of every feedback row,
// keyed by order id (every row repeats the same element id).
import { addFeature } from '../feature.ts';
import { annotate } from '../annotate/controller.ts';
import { extractFeedbackRow } from '../page/extract-feedback.ts';
import { SEL } from '../page/selectors.ts';
import { statusReporter } from '../page/diagnostics.ts';
import { after, listen } from '../lifecycle.ts';
import { isElement } from '../page/shadow.ts';

/** Hosts that print dates day-first (dd/mm/yyyy) in Feedback Manager. */
const DAY_FIRST = /\.(co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ie|in|com\.au|sg|ae|sa|eg|co\.za)$|^sellercentral-europe\./;

addFeature({
  id: 'feedback-manager',
  pages: ['feedback-manager'],
  init(signal, { kind, send, settings }) {
    const dayFirst = DAY_FIRST.test(location.hostname);
    const today = new Date().toISOString().slice(0, 10);
    const annotator = annotate({
      doc: document,
      send,
      signal,
      lang: settings.lang,
      report: statusReporter(send, kind, signal),
      itemSelector: SEL.feedback.row,
      read: (el) => {
        const f = extractFeedbackRow(el as HTMLElement, { dayFirst });
        return f && {
          id: f.orderId,
          kind: 'feedback',
          item: {
            id: f.orderId,
            kind: 'feedback',
            rating: f.rating,
            body: f.comment,
            date: f.date ?? today,
            fulfilledBy: f.fulfilledBy,
          },
          mount: (f.commentEl.closest('kat-table-cell') as HTMLElement | null) ?? f.commentEl,
          fields: { body: f.commentEl },
          orderId: f.orderId,
          removalOffered: f.removalOffered,
        };
      },
    });
    listen(settings, 'changed', () => annotator.redraw(), signal);
    // "Request removal" may appear only while a row's actions menu is open,
    // inside its shadow root where no observer sees it: read that row again.
    listen(document, 'click', (e) => {
      const menu = e.composedPath().find((n): n is Element => isElement(n) && n.matches(SEL.feedback.actions));
      const row = menu?.closest(SEL.feedback.row);
      if (row) after(60, () => void annotator.reread([row]), signal);
    }, signal, { capture: true });
  },
});
