// Watches every buyer-message field on a page: discovery (light DOM, shadow
// roots, late fields), one FieldWatcher per field, and the page-wide click /
// submit hooks that route a Send to the field it belongs to. Everything is
// tied to the feature's signal. DOM + injected `send`; no extension APIs, so
// it runs in happy-dom tests with a fake background.
import type { PageLinter } from './page-linter.ts';
import type { PageSend as Send } from '../../../lib/messaging/client.ts';
import type { LintContext } from '../../../lib/policy/types.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';
import { findMessageFields, fieldFromEvent, type MessageField } from '../page/fields.ts';
import { OVERLAY_CSS } from '../overlay/textarea-overlay.ts';
import { ensurePageStyle } from '../overlay/page-style.ts';
import { every, frameScheduler, listen, observeMutations, onAbort } from '../lifecycle.ts';
import { sendControlIn } from './send-controls.ts';
import { FieldWatcher, HIGHLIGHT_CSS } from './field-watcher.ts';
import { isOwnMutation } from '../page/own-ui.ts';

export { COMPOSE_TAG } from './field-watcher.ts';
const LAYER_TAG = 'reviewguard-layer';

export interface ComposePageContext extends Omit<LintContext, 'now'> {
  orderId?: string;
}

export interface ComposeOptions {
  doc: Document;
  send: Send;
  signal: AbortSignal;
  pageKind: string;
  lang: () => Lang;
  /**
   * Reads the page's context for a field (order id, buyer language, dates…).
   * Called once per field and again only after the page changed.
   */
  pageContext: (field: MessageField) => ComposePageContext;
  /** Did Amazon confirm the message was sent? */
  sentConfirmed: (field: MessageField) => boolean;
  /** Lints in the page when it can (else every lint goes to the background). */
  linter?: PageLinter;
  /** Only fields this returns true for are watched (default: all). */
  accept?: (field: MessageField) => boolean;
  draftDelayMs?: number;
  /** Page health: fields watched (and fields the page shows). */
  report?: (items: number, listed: number) => void;
}

export interface ComposeWatcher {
  /** Settings or page facts changed: read the context again and re-check every field. */
  refresh(): void;
}

export function watchCompose(opts: ComposeOptions): ComposeWatcher {
  const { doc, signal } = opts;
  const watchers = new Map<MessageField, FieldWatcher>();
  const layer = doc.createElement(LAYER_TAG);
  const layerRoot = layer.attachShadow({ mode: 'open' });
  const layerStyle = doc.createElement('style');
  layerStyle.textContent = OVERLAY_CSS;
  layerRoot.append(layerStyle);
  doc.documentElement.append(layer);
  onAbort(signal, () => layer.remove());
  onAbort(signal, ensurePageStyle(doc, 'reviewguard-compose', HIGHLIGHT_CSS));

  const attach = (field: MessageField) => {
    if (signal.aborted || watchers.has(field) || !field.isConnected || (opts.accept && !opts.accept(field))) return;
    watchers.set(field, new FieldWatcher(field, opts, layerRoot));
  };
  const scan = () => {
    for (const f of findMessageFields(doc)) attach(f);
    for (const [f, w] of watchers) {
      if (!f.isConnected) {
        w.destroy();
        watchers.delete(f);
      }
    }
    opts.report?.(watchers.size, watchers.size);
  };

  // Fields appear late and inside shadow roots: rescan on DOM changes (one
  // per frame) and catch any field the moment it gets focus. A page change
  // other than our own UI may also change the context (labels, dates).
  const rescan = frameScheduler(scan, signal);
  observeMutations(
    doc.documentElement,
    { childList: true, subtree: true, characterData: true },
    (records) => {
      if (records.every(isOwnMutation)) return;
      for (const w of watchers.values()) w.contextChanged();
      rescan();
    },
    signal,
  );
  listen(doc, 'focusin', (e) => {
    const f = fieldFromEvent(e);
    if (f) attach(f);
  }, signal, { capture: true });
  // A radio, checkbox or file input changed (e.g. the contact reason): context.
  listen(doc, 'change', () => watchers.forEach((w) => w.contextChanged()), signal, { capture: true });
  // Katal may render its inner <textarea> after the host is inserted.
  every(1000, scan, signal);

  const win = doc.defaultView;
  if (win) {
    listen(win, 'click', (e) => {
      // The click's own path first: most clicks are not on a Send control.
      const control = sendControlIn(e.composedPath());
      if (!control) return;
      for (const w of watchers.values()) if (w.interceptSend(e, control)) return;
    }, signal, { capture: true });
    listen(win, 'submit', (e) => {
      for (const w of watchers.values()) if (w.interceptSubmit(e)) return;
    }, signal, { capture: true });
    listen(win, 'pagehide', () => watchers.forEach((w) => w.flushDraft()), signal);
  }
  // Each watcher's own lifetime is a child of `signal`: it ends with it.
  scan();

  return {
    refresh: () => watchers.forEach((w) => {
      w.contextChanged();
      w.refresh();
    }),
  };
}
