// Request a Review: at /messaging/reviews?orderId=… or loaded in place on the
// order's page (/orders-v3/order/<id>). Remembers that a review was requested
// for the order, so a later buyer message that asks again is flagged
// (repeat-review-request) — but only once Amazon confirms it: its success
// message after the seller's "Yes", or its own "already requested" error.
// "Yes" is found by structure and its label in the UI language, never "No".
import { addFeature } from '../feature.ts';
import { SEL } from '../page/selectors.ts';
import { isElement } from '../page/shadow.ts';
import { orderIdFromUrl } from '../page/compose-context.ts';
import { after, every, frameScheduler, listen, observeMutations } from '../lifecycle.ts';
import { statusReporter } from '../page/diagnostics.ts';

/** The widget's affirmative button: "Yes" in Seller Central's UI languages. */
export function isYesButton(el: Element): boolean {
  if (!el.matches(SEL.requestReview.button) || !el.closest(SEL.requestReview.buttons)) return false;
  const label = (el.getAttribute('label') ?? el.textContent ?? '').trim();
  return SEL.requestReview.yesLabel.test(label);
}

addFeature({
  id: 'request-review',
  pages: ['request-review', 'order-details'],
  init(signal, { kind, send }) {
    // Page health: the widget's buttons (the order page shows the widget only when opened).
    const report = statusReporter(send, kind, signal, { reportZero: kind === 'request-review' });
    const countButtons = () => {
      const n = document.querySelectorAll(`${SEL.requestReview.buttons} ${SEL.requestReview.button}`).length;
      report(n > 0 ? 1 : 0, n > 0 ? 1 : 0);
    };
    const orderId = orderIdFromUrl(location.href);
    if (!orderId) return;
    let recorded = false;
    const mark = (via: 'request-review' | 'amazon-error') => {
      if (recorded) return;
      recorded = true;
      send('order/review-requested', { orderId, via }).catch(() => {
        recorded = false;
      });
    };
    const widget = () => document.querySelector(SEL.requestReview.widget);
    const confirmed = () => !!widget()?.querySelector(SEL.requestReview.success);
    // After "Yes": wait (up to a minute) for Amazon's success message in the widget.
    let waiting: AbortController | null = null;
    listen(window, 'click', (e) => {
      const yes = e.composedPath().some((n) => isElement(n) && isYesButton(n));
      if (!yes || recorded) return;
      waiting?.abort();
      waiting = new AbortController();
      const w = waiting.signal;
      signal.addEventListener('abort', () => waiting?.abort(), { once: true });
      every(250, () => {
        if (confirmed()) {
          mark('request-review');
          waiting?.abort();
        }
      }, w);
      after(60_000, () => waiting?.abort(), w);
    }, signal, { capture: true });
    const check = () => {
      countButtons();
      const err = document.querySelector(SEL.requestReview.error);
      if (err && SEL.requestReview.alreadyRequested.test(err.textContent ?? '')) mark('amazon-error');
    };
    const soon = frameScheduler(check, signal);
    observeMutations(document.documentElement, { childList: true, subtree: true, characterData: true }, soon, signal);
    check();
  },
});
