// Watches every buyer-message field on a page: live findings from the
// background linter (one request in flight, the latest text next), underlines
// drawn over the field, the panel under it, drafts saved as typed, and a guard
// on Send while errors remain. DOM + injected `send`; no extension APIs, so it
// runs in happy-dom tests with a fake background.
import { h, render } from 'preact';
import type { Send } from '../../../lib/messaging/client.ts';
import type { Finding, LintContext } from '../../../lib/policy/types.ts';
import { ComposePanel } from '../../../components/compose/ComposePanel.tsx';
import panelCss from '../../../components/compose/compose.css?inline';
import { findMessageFields, fieldFromEvent, fieldText, isTextarea, type MessageField } from '../page/fields.ts';
import { isElement, isShadowRoot, lightDomAnchor } from '../page/shadow.ts';
import { TextareaOverlay, OVERLAY_CSS } from '../overlay/textarea-overlay.ts';
import { remapSpans } from '../overlay/segments.ts';
import { rangeForOffsets, setHighlight } from '../overlay/ranges.ts';
import { ensurePageStyle } from '../overlay/page-style.ts';
import { sendControlsFor } from './send-controls.ts';
import type { Lang } from '../../../lib/i18n/ui.ts';

export const COMPOSE_TAG = 'reviewguard-compose';
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
  /** Read fresh on every lint: the page may fill in dates and labels late. */
  pageContext: (field: MessageField) => ComposePageContext;
  /** Did Amazon confirm the message was sent? */
  sentConfirmed: (field: MessageField) => boolean;
  /** Only fields this returns true for are watched (default: all). */
  accept?: (field: MessageField) => boolean;
  draftDelayMs?: number;
}

export function watchCompose(opts: ComposeOptions): (() => void) & { refresh: () => void } {
  const { doc, signal } = opts;
  const watchers = new Map<MessageField, FieldWatcher>();
  const layer = doc.createElement(LAYER_TAG);
  const layerRoot = layer.attachShadow({ mode: 'open' });
  const layerStyle = doc.createElement('style');
  layerStyle.textContent = OVERLAY_CSS;
  layerRoot.append(layerStyle);
  doc.documentElement.append(layer);
  const unstyle = ensurePageStyle(doc, 'reviewguard-compose', HIGHLIGHT_CSS);

  const attach = (field: MessageField) => {
    if (watchers.has(field) || !field.isConnected || (opts.accept && !opts.accept(field))) return;
    watchers.set(field, new FieldWatcher(field, opts, layerRoot));
  };
  let reported = -1;
  const report = (n: number) => {
    if (n === reported) return;
    reported = n;
    opts.send('page/status', { items: n }).catch(() => {});
  };
  const scan = () => {
    for (const f of findMessageFields(doc)) attach(f);
    for (const [f, w] of watchers) {
      if (!f.isConnected) {
        w.destroy();
        watchers.delete(f);
      }
    }
    if (watchers.size > 0) report(watchers.size);
  };
  // The inbox shows its reply box only when a thread is opened: a message
  // page without a field after a while is still a page we know.
  const quiet = setTimeout(() => {
    if (reported < 0 && opts.pageKind !== 'inbox') report(watchers.size);
  }, 5000);

  // Fields appear late and inside shadow roots: rescan on DOM changes (batched
  // to one frame) and catch any field the moment it gets focus.
  let pending = 0;
  const mo = new MutationObserver(() => {
    if (!pending) pending = requestAnimationFrame(() => {
      pending = 0;
      scan();
    });
  });
  mo.observe(doc.documentElement, { childList: true, subtree: true });
  const onFocus = (e: Event) => {
    const f = fieldFromEvent(e);
    if (f) attach(f);
  };
  doc.addEventListener('focusin', onFocus, true);
  // Katal may render its inner <textarea> after the host is inserted.
  const timer = setInterval(scan, 1000);

  const onClick = (e: MouseEvent) => {
    for (const w of watchers.values()) if (w.interceptSend(e)) return;
  };
  const onSubmit = (e: Event) => {
    for (const w of watchers.values()) if (w.interceptSubmit(e)) return;
  };
  doc.defaultView?.addEventListener('click', onClick, true);
  doc.defaultView?.addEventListener('submit', onSubmit, true);
  const onHide = () => {
    for (const w of watchers.values()) w.flushDraft();
  };
  doc.defaultView?.addEventListener('pagehide', onHide);
  scan();

  const stop = () => {
    mo.disconnect();
    clearInterval(timer);
    clearTimeout(quiet);
    if (pending) cancelAnimationFrame(pending);
    doc.removeEventListener('focusin', onFocus, true);
    doc.defaultView?.removeEventListener('click', onClick, true);
    doc.defaultView?.removeEventListener('submit', onSubmit, true);
    doc.defaultView?.removeEventListener('pagehide', onHide);
    for (const w of watchers.values()) w.destroy();
    watchers.clear();
    layer.remove();
    unstyle();
  };
  signal.addEventListener('abort', stop, { once: true });
  // Settings changed (rules, language): check every field again.
  return Object.assign(stop, { refresh: () => watchers.forEach((w) => w.refresh()) });
}

const HIGHLIGHT_CSS = `
::highlight(reviewguard-error) { text-decoration: underline wavy #d13212; text-decoration-thickness: 1.5px; background-color: rgba(209,50,18,.08); }
::highlight(reviewguard-warning) { text-decoration: underline wavy #d98e04; text-decoration-thickness: 1.5px; background-color: rgba(217,142,4,.08); }
`;

class FieldWatcher {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly overlay: TextareaOverlay | null;
  private findings: Finding[] = [];
  private text = '';
  private linted: string | null = null;
  private state: 'checking' | 'ready' | 'offline' = 'checking';
  private inflight = false;
  private again = false;
  private guardOpen = false;
  private bypass = false;
  private heldClick: Element | null = null;
  private draft: { text: string; savedAt: string } | null = null;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSaved = '';
  private sendWatch: ReturnType<typeof setInterval> | undefined;
  private destroyed = false;
  private readonly onInput = () => this.changed();

  constructor(
    readonly field: MessageField,
    private readonly opts: ComposeOptions,
    layer: ShadowRoot,
  ) {
    const doc = opts.doc;
    this.host = doc.createElement(COMPOSE_TAG);
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = panelCss;
    this.shadow.append(style, doc.createElement('div'));
    // Right under the field: after the Katal host when the textarea lives in
    // its shadow root (possibly inside another component's shadow root).
    const root = field.getRootNode();
    (isShadowRoot(root) ? root.host : field).after(this.host);
    this.overlay = isTextarea(field) ? new TextareaOverlay(field, layer) : null;
    field.addEventListener('input', this.onInput);
    this.text = fieldText(field);
    this.reflect();
    this.lint();
    if (this.text.trim() === '') void this.offerDraft();
  }

  private get orderKey(): string {
    const ctx = this.opts.pageContext(this.field);
    if (ctx.orderId) return ctx.orderId;
    const loc = this.opts.doc.location;
    return `url:${loc.origin}${loc.pathname}${loc.search}`.slice(0, 300);
  }

  private changed(): void {
    const next = fieldText(this.field);
    if (next === this.text) return;
    // Keep underlines on their words until fresh findings arrive.
    this.findings = remapSpans(this.findings, this.text, next);
    this.text = next;
    if (this.draft && next.trim() !== '') this.draft = null;
    this.reflect();
    this.lint();
    this.scheduleDraft();
  }

  private lint(): void {
    if (this.inflight) {
      this.again = true;
      return;
    }
    this.inflight = true;
    const text = this.text;
    const { orderId: _orderId, ...context } = this.opts.pageContext(this.field);
    this.opts
      .send('lint', { text, context })
      .then((r) => {
        if (this.destroyed) return;
        this.state = 'ready';
        this.findings = text === this.text ? r.findings : remapSpans(r.findings, text, this.text);
        this.linted = text;
        this.reflect();
        this.resolveHeldClick();
      })
      .catch(() => {
        if (this.destroyed) return;
        this.state = 'offline';
        this.reflect();
        // The worker is restarting: try again shortly; nothing typed is lost.
        setTimeout(() => this.lint(), 300);
      })
      .finally(() => {
        this.inflight = false;
        if (this.again && !this.destroyed) {
          this.again = false;
          this.lint();
        }
      });
  }

  refresh(): void {
    this.linted = null;
    this.reflect();
    this.lint();
  }

  private get errors(): Finding[] {
    return this.findings.filter((f) => f.severity === 'error');
  }

  private reflect(): void {
    const warnings = this.findings.length - this.errors.length;
    const h0 = this.host;
    h0.setAttribute('data-errors', String(this.errors.length));
    h0.setAttribute('data-warnings', String(warnings));
    h0.setAttribute('data-rules', [...new Set(this.findings.map((f) => f.rule))].join(','));
    h0.setAttribute('data-state', this.state);
    h0.setAttribute('data-length', String(this.linted === this.text ? this.text.length : -1));
    if (this.guardOpen) h0.setAttribute('data-guard', 'open');
    else h0.removeAttribute('data-guard');
    const spans = this.findings.map((f, index) => ({ start: f.start, end: f.end, severity: f.severity, index }));
    if (this.overlay) this.overlay.update(this.text, spans);
    else this.highlightEditable();
    render(
      h(ComposePanel, {
        lang: this.opts.lang(),
        state: this.state,
        findings: this.findings,
        onSelect: (i: number) => this.select(i),
        onFix: (i: number) => this.fix(i),
        draft: this.draft ? { savedAt: this.draft.savedAt } : null,
        onRestoreDraft: () => this.restoreDraft(),
        onDiscardDraft: () => {
          this.draft = null;
          void this.opts.send('draft/clear', { orderId: this.orderKey }).catch(() => {});
          this.reflect();
        },
        guardOpen: this.guardOpen,
        onGuardFix: () => {
          this.guardOpen = false;
          this.heldClick = null;
          this.reflect();
          const first = this.findings.findIndex((f) => f.severity === 'error');
          if (first >= 0) this.select(first);
        },
        onGuardSend: () => {
          this.guardOpen = false;
          this.reflect();
          const target = this.heldClick;
          this.heldClick = null;
          if (target) this.release(target);
        },
      }),
      this.shadow.lastElementChild!,
    );
  }

  private highlightEditable(): void {
    const errs: Range[] = [];
    const warns: Range[] = [];
    for (const f of this.findings) {
      const r = rangeForOffsets(this.field, f.start, f.end);
      if (r) (f.severity === 'error' ? errs : warns).push(r);
    }
    setHighlight('reviewguard-error', errs);
    setHighlight('reviewguard-warning', warns);
  }

  /** Selects the finding's span in the field (clicking a finding). */
  select(i: number): void {
    const f = this.findings[i];
    if (!f) return;
    this.field.focus();
    if (isTextarea(this.field)) this.field.setSelectionRange(f.start, f.end);
    else {
      const r = rangeForOffsets(this.field, f.start, f.end);
      if (r) {
        const sel = this.opts.doc.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(r);
      }
    }
  }

  /**
   * Applies a fix as if typed: select the span, then insertText/delete through
   * the editing commands, so the page's own listeners see an input event and
   * Ctrl+Z undoes it. Falls back to setting the value (no undo) where the
   * browser lacks execCommand.
   */
  fix(i: number): void {
    const f = this.findings[i];
    if (!f || f.fix === undefined) return;
    this.select(i);
    const doc = this.opts.doc;
    let ok = false;
    try {
      ok = f.fix === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, f.fix);
    } catch {
      ok = false;
    }
    if (!ok && isTextarea(this.field)) {
      this.field.setRangeText(f.fix, f.start, f.end, 'end');
      this.field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    this.changed();
  }

  // ---- Send guard ----------------------------------------------------------

  private ownsSend(e: Event): Element | null {
    const controls = sendControlsFor(this.field);
    if (!controls.length) return null;
    const path = e.composedPath();
    return (path.find((n) => isElement(n) && controls.includes(n)) as Element | undefined) ?? null;
  }

  /** Holds a click on this field's Send while errors remain. True if handled. */
  interceptSend(e: MouseEvent): boolean {
    const control = this.ownsSend(e);
    if (!control) return false;
    if (this.bypass) {
      this.bypass = false;
      this.watchForSent();
      return true;
    }
    const inner = (e.composedPath()[0] as Element) ?? control;
    if (this.linted !== this.text || this.inflight) {
      // Findings not fresh yet: hold the click until they are.
      e.preventDefault();
      e.stopImmediatePropagation();
      this.heldClick = inner;
      return true;
    }
    if (this.errors.length === 0) {
      this.watchForSent();
      return true;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    this.heldClick = inner;
    this.guardOpen = true;
    this.reflect();
    return true;
  }

  interceptSubmit(e: Event): boolean {
    const form = e.target;
    if (!isElement(form) || form.tagName !== 'FORM' || !form.contains(lightDomAnchor(this.field))) return false;
    if (this.bypass || this.errors.length === 0) return true;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.guardOpen = true;
    this.reflect();
    return true;
  }

  private resolveHeldClick(): void {
    if (!this.heldClick || this.guardOpen || this.linted !== this.text) return;
    if (this.errors.length > 0) {
      this.guardOpen = true;
      this.reflect();
      return;
    }
    const target = this.heldClick;
    this.heldClick = null;
    this.release(target);
  }

  private release(target: Element): void {
    this.bypass = true;
    (target as HTMLElement).click();
    this.bypass = false;
  }

  /** After a send we let through: clear the draft once Amazon confirms it. */
  private watchForSent(): void {
    clearInterval(this.sendWatch);
    let ticks = 0;
    this.sendWatch = setInterval(() => {
      if (++ticks > 60 || this.destroyed) return clearInterval(this.sendWatch);
      if (this.opts.sentConfirmed(this.field) || (ticks > 1 && fieldText(this.field).trim() === '')) {
        clearInterval(this.sendWatch);
        clearTimeout(this.draftTimer);
        this.lastSaved = '';
        void this.opts.send('draft/clear', { orderId: this.orderKey }).catch(() => {});
      }
    }, 250);
  }

  // ---- Drafts --------------------------------------------------------------

  private scheduleDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.flushDraft(), this.opts.draftDelayMs ?? 400);
  }

  flushDraft(): void {
    clearTimeout(this.draftTimer);
    const text = this.text;
    if (text === this.lastSaved || text.trim() === '') return;
    this.lastSaved = text;
    void this.opts.send('draft/save', { orderId: this.orderKey, text, pageKind: this.opts.pageKind }).catch(() => {
      this.lastSaved = ''; // try again on the next change
    });
  }

  private async offerDraft(): Promise<void> {
    try {
      const r = await this.opts.send('draft/get', { orderId: this.orderKey });
      if (this.destroyed || !r.draft || this.text.trim() !== '') return;
      this.draft = { text: r.draft.text, savedAt: r.draft.updatedAt };
      this.reflect();
    } catch {
      // No draft service right now: nothing to offer.
    }
  }

  private restoreDraft(): void {
    const d = this.draft;
    if (!d) return;
    this.draft = null;
    this.field.focus();
    let ok = false;
    try {
      ok = this.opts.doc.execCommand('insertText', false, d.text);
    } catch {
      ok = false;
    }
    if (!ok && isTextarea(this.field)) {
      this.field.value = d.text;
      this.field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    this.changed();
  }

  destroy(): void {
    this.flushDraft();
    this.destroyed = true;
    clearInterval(this.sendWatch);
    this.field.removeEventListener('input', this.onInput);
    this.overlay?.destroy();
    render(null, this.shadow.lastElementChild!);
    this.host.remove();
  }
}
