import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_CENTRAL_MATCHES } from '../../lib/hosts.ts';
import { send } from '../../lib/messaging/extension-client.ts';
import { NoticeSchema } from '../../lib/protocol.ts';
import { startPageRouter } from './router.ts';
import { settingsEvents } from './ui-lang.ts';
import { brandReviews } from './features/brand-reviews.ts';
import { feedbackManager } from './features/feedback-manager.ts';
import { contactBuyer } from './features/contact-buyer.ts';
import { requestReview } from './features/request-review.ts';
import { inbox } from './features/inbox.ts';

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Notices from the background (validated; anything else is ignored).
    const onNotice = (message: unknown) => {
      const n = NoticeSchema.safeParse(message);
      if (n.success && n.data.notice === 'settings-changed') settingsEvents.dispatchEvent(new Event('changed'));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onNotice);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onNotice));
    startPageRouter(
      ctx,
      {
        'brand-reviews': brandReviews,
        'feedback-manager': feedbackManager,
        'contact-buyer': contactBuyer,
        'request-review': requestReview,
        inbox,
      },
      send,
    );
  },
});
