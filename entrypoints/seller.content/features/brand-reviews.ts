// Brand Customer Reviews: an annotation under every review card.
import { addFeature } from '../feature.ts';
import { annotate } from '../annotate/controller.ts';
import { extractReview } from '../page/extract-reviews.ts';
import { SEL } from '../page/selectors.ts';
import { statusReporter } from '../page/diagnostics.ts';
import { listen } from '../lifecycle.ts';
import { topicAlerts } from '../annotate/topic-alert.ts';

addFeature({
  id: 'brand-reviews',
  pages: ['brand-reviews'],
  init(signal, { kind, send, settings }) {
    const today = new Date().toISOString().slice(0, 10);
    const alerts = topicAlerts({
      doc: document,
      send,
      signal,
      lang: settings.lang,
      cardSelector: SEL.reviews.card,
    });
    const annotator = annotate({
      doc: document,
      send,
      signal,
      lang: settings.lang,
      report: statusReporter(send, kind, signal),
      itemSelector: SEL.reviews.card,
      afterPass: (targets) => void alerts.refresh(targets.flatMap((t) => (t.asin ? [t.asin] : []))),
      read: (el) => {
        const r = extractReview(el as HTMLElement);
        return r && {
          id: r.id,
          kind: 'review',
          item: {
            id: r.id,
            kind: 'review',
            rating: r.rating,
            title: r.title,
            body: r.body,
            // A card whose date we cannot read is treated as today's: deadlines err long, never short.
            date: r.date ?? today,
            vine: r.vine || undefined,
            asin: r.asin,
          },
          mount: r.card,
          fields: { title: r.titleEl, body: r.bodyEl },
          asin: r.asin,
        };
      },
    });
    listen(
      settings,
      'changed',
      () => {
        annotator.redraw();
        void alerts.reload();
      },
      signal,
    );
  },
});
