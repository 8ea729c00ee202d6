// Brand Customer Reviews: an annotation under every review card.
import type { Feature } from '../feature.ts';
import { annotate, type Target } from '../annotate/controller.ts';
import { extractReview } from '../page/extract-reviews.ts';
import { SEL } from '../page/selectors.ts';
import { followLang } from '../ui-lang.ts';

export const brandReviews: Feature = ({ send, signal }) => {
  let refresh: () => Promise<void> = async () => {};
  const lang = followLang(send, signal, () => void refresh());
  const today = new Date().toISOString().slice(0, 10);
  const a = annotate({
    doc: document,
    send,
    signal,
    lang,
    items: () => [...document.querySelectorAll(SEL.reviews.card)],
    read: (el) => {
      const r = extractReview(el as HTMLElement);
      return r && ({
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
        } satisfies Target);
    },
  });
  refresh = a.refresh;
  return a.stop;
};
