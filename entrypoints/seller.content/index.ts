import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_CENTRAL_MATCHES } from '../../lib/hosts.ts';
import { pageSend as send } from '../../lib/messaging/page-client.ts';
import { NoticeSchema } from '../../lib/protocol.ts';
import { runRouter } from './router.ts';
import { contentSettings } from './settings.ts';

// Every file in features/ registers itself (addFeature) when imported.
import './features/index.ts';

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  // Some accounts render messaging inside a frame of a Seller Central page:
  // run in those frames too (only frames on the same Seller Central hosts).
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const settings = contentSettings(send);
    // Notices from the background (validated; anything else is ignored).
    const onNotice = (message: unknown) => {
      const n = NoticeSchema.safeParse(message);
      if (n.success && n.data.notice === 'settings-changed') void settings.reload();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onNotice);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onNotice));
    runRouter(ctx, send, settings);
  },
});
