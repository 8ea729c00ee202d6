// Request a Review (/messaging/reviews?orderId=…): remember that a review was
// requested for this order, so a later buyer message that asks again is
// flagged (repeat-review-request). Learned from the seller's click on "Yes"
// or from Amazon's own "already requested" error.
import { addFeature } from '../feature.ts';
import { SEL } from '../page/selectors.ts';
import { isElement } from '../page/shadow.ts';
import { orderIdFromUrl } from '../page/compose-context.ts';
import { listen, observeMutations } from '../lifecycle.ts';

addFeature({
  id: 'request-review',
  pages: ['request-review'],
  init(signal, { send }) {
    const orderId = orderIdFromUrl(location.href);
    if (!orderId) return;
    const mark = (via: 'request-review' | 'amazon-error') => {
      send('order/review-requested', { orderId, via }).catch(() => {});
    };
    listen(window, 'click', (e) => {
      const hit = e.composedPath().some((n) => isElement(n) && n.matches(SEL.requestReview.yesButton));
      if (hit) mark('request-review');
    }, signal, { capture: true });
    const check = () => {
      const err = document.querySelector(SEL.requestReview.error);
      if (err && /already|已|bereits|déjà|ya |già|既に/i.test(err.textContent ?? '')) mark('amazon-error');
    };
    observeMutations(document.documentElement, { childList: true, subtree: true, characterData: true }, check, signal);
    check();
  },
});
