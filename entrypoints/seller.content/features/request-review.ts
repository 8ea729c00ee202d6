// Request a Review (/messaging/reviews?orderId=…): remember that a review was
// requested for this order, so a later buyer message that asks again is
// flagged (repeat-review-request). Learned from the seller's click on "Yes"
// or from Amazon's own "already requested" error.
import type { Feature } from '../feature.ts';
import { SEL } from '../page/selectors.ts';
import { isElement } from '../page/shadow.ts';
import { orderIdFromUrl } from '../page/compose-context.ts';

export const requestReview: Feature = ({ send, signal }) => {
  const orderId = orderIdFromUrl(location.href);
  if (!orderId) return;
  const mark = (via: 'request-review' | 'amazon-error') => {
    send('order/review-requested', { orderId, via }).catch(() => {});
  };
  const onClick = (e: MouseEvent) => {
    const hit = e.composedPath().some((n) => isElement(n) && n.matches(SEL.requestReview.yesButton));
    if (hit) mark('request-review');
  };
  window.addEventListener('click', onClick, true);
  const check = () => {
    const err = document.querySelector(SEL.requestReview.error);
    if (err && /already|已|bereits|déjà|ya |già|既に/i.test(err.textContent ?? '')) mark('amazon-error');
  };
  const mo = new MutationObserver(check);
  mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  check();
  signal.addEventListener('abort', () => {
    window.removeEventListener('click', onClick, true);
    mo.disconnect();
  });
};
