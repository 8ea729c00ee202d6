// Thin wiring: the router and handlers live in lib/ and are unit tested.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../lib/messaging/router.ts';
import { createHandlers, type TabPage } from '../lib/background/handlers.ts';
import { openStore, type RGDatabase } from '../lib/store/db.ts';
import { PROTOCOL_TAG, useReadableErrors } from '../lib/protocol.ts';

export default defineBackground(() => {
  useReadableErrors();
  const tabs = new Map<number, TabPage>();
  let db: Promise<RGDatabase> | null = null;
  const getDb = () => {
    db ??= openStore().catch((e) => {
      db = null; // let the next request try again
      throw e;
    });
    return db;
  };
  const route = createRouter(
    createHandlers({
      version: browser.runtime.getManifest().version,
      startedAt: Date.now(),
      tabs,
      db: getDb,
      // Firefox's content script cannot import the linter module, so there the
      // worker lints; Chromium lints in the page (and drops this import).
      lint: import.meta.env.FIREFOX ? (text, context, settings) => import('../lib/policy/lint.ts').then((m) => m.lintMessage(text, context, settings)) : undefined,
      // Chromium (MV3) has `action`, Firefox (MV2) `browserAction`; neither needs a permission.
      setBadge: async (text) => {
        const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
        if (!action) return;
        await action.setBadgeText({ text });
        if (text) await action.setBadgeBackgroundColor({ color: '#b12704' });
      },
      broadcast: async (notice) => {
        const msg = { tag: PROTOCOL_TAG, notice: notice.type };
        await Promise.all([...tabs.keys()].map((id) => browser.tabs.sendMessage(id, msg).catch(() => tabs.delete(id))));
      },
    }),
  );
  // Read-only diagnostics for the end-to-end tests (sw.evaluate).
  (globalThis as { __reviewguard?: unknown }).__reviewguard = { tabs };
  // Only our own contexts can reach this listener (no externally_connectable).
  // The reply goes through sendResponse (kept open by returning true): the
  // browser's own API in Chrome does not take a returned promise.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    void route(message, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.tab?.url ?? sender.url }).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: { code: 'handler-failed', message: e instanceof Error ? e.message : String(e) } }),
    );
    return true;
  });
});
