// One buyer-message field: live findings (from the linter in the page; on
// Firefox from the background), underlines over the field, the
// panel under it, drafts saved as typed, and the Send guard. Hot path: a
// keystroke remaps the underlines and asks for a lint; the panel renders once
// per lint result; the page context is read once and again only after the
// page changed.
import { h, render } from 'preact';
import type { Finding } from '../../../lib/policy/types.ts';
import { ComposePanel } from '../../../components/compose/ComposePanel.tsx';
import panelCss from '../../../components/compose/compose.css?inline';
import { fieldText, isTextarea, type MessageField } from '../page/fields.ts';
import { isElement, isShadowRoot, lightDomAnchor } from '../page/shadow.ts';
import { TextareaOverlay } from '../overlay/textarea-overlay.ts';
import { remapSpans } from '../overlay/segments.ts';
import { rangeForOffsets, setHighlight } from '../overlay/ranges.ts';
import { sendControlsFor } from './send-controls.ts';
import { childController, listen, onAbort } from '../lifecycle.ts';
import type { ComposeOptions, ComposePageContext } from './controller.ts';

export const COMPOSE_TAG = 'reviewguard-compose';

export const HIGHLIGHT_CSS = `
::highlight(reviewguard-error) { text-decoration: underline wavy #d13212; text-decoration-thickness: 1.5px; background-color: rgba(209,50,18,.08); }
::highlight(reviewguard-warning) { text-decoration: underline wavy #d98e04; text-decoration-thickness: 1.5px; background-color: rgba(217,142,4,.08); }
`;

type State = 'checking' | 'ready' | 'offline' | 'unavailable';

export class FieldWatcher {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly overlay: TextareaOverlay | null;
  private findings: Finding[] = [];
  /** Error findings of `findings`, computed once per change of findings. */
  private errorCount = 0;
  private text = '';
  private linted: string | null = null;
  private state: State = 'checking';
  /** Lint requests sent / the newest one whose result is shown. */
  private sent = 0;
  private applied = 0;
  private guardOpen = false;
  private bypass = false;
  private heldClick: Element | null = null;
  private draft: { text: string; savedAt: string } | null = null;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private lastChangeAt = 0;
  private lastSaved = '';
  private sendWatch: ReturnType<typeof setInterval> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private context: ComposePageContext | null = null;
  private controls: Element[] | null = null;
  private panelKey = '';
  /** This field's lifetime: ends with the feature or when the field leaves the page. */
  private readonly life: AbortController;

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
    this.life = childController(opts.signal);
    const signal = this.life.signal;
    this.overlay = isTextarea(field) ? new TextareaOverlay(field, layer, signal) : null;
    listen(field, 'input', () => this.changed(), signal);
    onAbort(signal, () => this.teardown());
    this.text = fieldText(field);
    this.show();
    this.lint();
    if (this.text.trim() === '') void this.offerDraft();
  }

  /** The page changed: the context (and which buttons send) is read again when next needed. */
  contextChanged(): void {
    this.context = null;
    this.controls = null;
  }

  private pageContext(): ComposePageContext {
    return (this.context ??= this.opts.pageContext(this.field));
  }

  private get orderKey(): string {
    const ctx = this.pageContext();
    if (ctx.orderId) return ctx.orderId;
    const loc = this.opts.doc.location;
    return `url:${loc.origin}${loc.pathname}${loc.search}`.slice(0, 300);
  }

  private changed(): void {
    const next = fieldText(this.field);
    if (next === this.text) return;
    const before = this.text;
    this.text = next;
    if (this.draft && next.trim() !== '') this.draft = null;
    // Checked in the page: the fresh findings are drawn at once.
    if (!this.lint()) {
      // Waiting for the background: keep the underlines on their words meanwhile.
      this.setFindings(remapSpans(this.findings, before, next));
      this.show();
    }
    this.scheduleDraft();
  }

  private setFindings(findings: Finding[]): void {
    this.findings = findings;
    let n = 0;
    for (const f of findings) if (f.severity === 'error') n++;
    this.errorCount = n;
  }

  // Every change is sent at once (the background lints 1,500 characters in
  // well under a millisecond): waiting for the previous answer first would add
  // a whole round trip to the latency of every key typed meanwhile. Answers
  // that arrive after a newer one are dropped.
  /** True when the findings were applied at once (linted in the page). */
  private lint(): boolean {
    const seq = ++this.sent;
    const text = this.text;
    const { orderId: _orderId, ...context } = this.pageContext();
    const here = this.lintHere(text, context);
    if (here) {
      this.apply(seq, text, here, 'page');
      return true;
    }
    const linter = this.opts.linter;
    if (linter?.pageOnly) {
      clearTimeout(this.retry);
      if (linter.status?.() === 'failed') {
        // Nothing can check this message: say so, and never hold Send for a check that cannot come.
        this.state = 'unavailable';
        this.findings = [];
        this.errorCount = 0;
        this.show();
        this.resolveHeldClick();
        return false;
      }
      // The module is a local file and arrives within milliseconds.
      this.retry = setTimeout(() => this.lint(), 30);
      return false;
    }
    this.opts
      .send('lint', { text, context })
      .then((r) => {
        if (!this.destroyed && seq >= this.applied) this.apply(seq, text, r.findings, 'background');
      })
      .catch(() => {
        if (this.destroyed || seq !== this.sent) return;
        if (this.state !== 'offline') {
          this.state = 'offline';
          this.show();
        }
        // The worker is restarting: try again shortly; nothing typed is lost.
        clearTimeout(this.retry);
        this.retry = setTimeout(() => this.lint(), 300);
      });
    return false;
  }

  /** The page linter's findings, or null to ask the background (not loaded yet, or it failed). */
  private lintHere(text: string, context: Omit<ComposePageContext, 'orderId'>): Finding[] | null {
    try {
      return this.opts.linter?.lint(text, context) ?? null;
    } catch {
      return null;
    }
  }

  private apply(seq: number, text: string, findings: Finding[], by: 'page' | 'background'): void {
    this.applied = seq;
    this.state = 'ready';
    this.setFindings(text === this.text ? findings : remapSpans(findings, text, this.text));
    this.linted = text;
    this.hook('data-linter', by);
    this.show();
    this.resolveHeldClick();
  }

  refresh(): void {
    this.linted = null;
    this.show();
    this.lint();
  }

  /** Hooks and underlines: cheap, on every keystroke. */
  private mark(): void {
    // Hooks on an element in the page: written only when they change (each
    // write makes the page's styles dirty).
    this.hook('data-errors', String(this.errorCount));
    this.hook('data-warnings', String(this.findings.length - this.errorCount));
    this.hook('data-rules', [...new Set(this.findings.map((f) => f.rule))].join(','));
    this.hook('data-state', this.state);
    this.hook('data-length', String(this.linted === this.text ? this.text.length : -1));
    this.hook('data-guard', this.guardOpen ? 'open' : null);
    const spans = this.findings.map((f, index) => ({ start: f.start, end: f.end, severity: f.severity, index }));
    if (this.overlay) this.overlay.update(this.text, spans);
    else this.highlightEditable();
  }

  private hook(name: string, value: string | null): void {
    if (this.host.getAttribute(name) === value) return;
    if (value === null) this.host.removeAttribute(name);
    else this.host.setAttribute(name, value);
  }

  /** Hooks, underlines and the panel: once per lint result or UI state change. */
  private show(): void {
    this.mark();
    // The panel shows rules, messages and fixes, not offsets: typing that only
    // moves the same findings leaves it as it is.
    const key = JSON.stringify([
      this.opts.lang(),
      this.state,
      this.guardOpen,
      this.draft?.savedAt ?? null,
      this.findings.map((f) => [f.rule, f.severity, f.message, f.fix ?? null, this.text.slice(f.start, f.end)]),
    ]);
    if (key === this.panelKey) return;
    this.panelKey = key;
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
          this.show();
        },
        guardOpen: this.guardOpen,
        onGuardFix: () => {
          this.guardOpen = false;
          this.heldClick = null;
          this.show();
          const first = this.findings.findIndex((f) => f.severity === 'error');
          if (first >= 0) this.select(first);
        },
        onGuardSend: () => {
          this.guardOpen = false;
          this.show();
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

  /** Is this Send control (found on the click's path) this field's? */
  private owns(control: Element): boolean {
    if (!this.controls || this.controls.some((c) => !c.isConnected)) this.controls = sendControlsFor(this.field);
    return this.controls.some((c) => c === control || !!c.shadowRoot?.contains(control));
  }

  /** Holds a click on this field's Send while errors remain. True if handled. */
  interceptSend(e: MouseEvent, control: Element): boolean {
    if (!this.owns(control)) return false;
    if (this.bypass) {
      this.bypass = false;
      this.watchForSent();
      return true;
    }
    const inner = (e.composedPath()[0] as Element) ?? control;
    if (this.state === 'unavailable') {
      this.watchForSent();
      return true;
    }
    if (this.linted !== this.text) {
      // Findings not fresh yet: hold the click until they are.
      e.preventDefault();
      e.stopImmediatePropagation();
      this.heldClick = inner;
      return true;
    }
    if (this.errorCount === 0) {
      this.watchForSent();
      return true;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    this.heldClick = inner;
    this.guardOpen = true;
    this.show();
    return true;
  }

  interceptSubmit(e: Event): boolean {
    const form = e.target;
    if (!isElement(form) || form.tagName !== 'FORM' || !form.contains(lightDomAnchor(this.field))) return false;
    if (this.bypass || this.errorCount === 0) return true;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.guardOpen = true;
    this.show();
    return true;
  }

  private resolveHeldClick(): void {
    if (!this.heldClick || this.guardOpen || (this.linted !== this.text && this.state !== 'unavailable')) return;
    if (this.errorCount > 0) {
      this.guardOpen = true;
      this.show();
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

  /**
   * After a send we let through: clear the draft once Amazon confirms it. The
   * seller may still be in Amazon's confirm step (a kat-modal), so this waits
   * up to two minutes.
   */
  private watchForSent(): void {
    clearInterval(this.sendWatch);
    let ticks = 0;
    this.sendWatch = setInterval(() => {
      if (++ticks > 480 || this.destroyed) return clearInterval(this.sendWatch);
      if (this.opts.sentConfirmed(this.field) || (ticks > 1 && fieldText(this.field).trim() === '')) {
        clearInterval(this.sendWatch);
        this.stopDraftTimer();
        this.lastSaved = '';
        void this.opts.send('draft/clear', { orderId: this.orderKey }).catch(() => {});
      }
    }, 250);
  }

  // ---- Drafts --------------------------------------------------------------

  // One timer per pause in typing, not one per keystroke: the timer, when it
  // fires, waits on if a key came since.
  private scheduleDraft(): void {
    this.lastChangeAt = performance.now();
    this.draftTimer ??= setTimeout(() => this.draftDue(), this.draftDelay);
  }

  private get draftDelay(): number {
    return this.opts.draftDelayMs ?? 400;
  }

  private draftDue(): void {
    this.draftTimer = undefined;
    const wait = this.draftDelay - (performance.now() - this.lastChangeAt);
    if (wait > 1) this.draftTimer = setTimeout(() => this.draftDue(), wait);
    else this.flushDraft();
  }

  private stopDraftTimer(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
  }

  flushDraft(): void {
    this.stopDraftTimer();
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
      this.show();
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
    this.show();
  }

  /** The field left the page. */
  destroy(): void {
    this.life.abort();
  }

  private teardown(): void {
    this.flushDraft();
    this.destroyed = true;
    this.stopDraftTimer();
    clearInterval(this.sendWatch);
    clearTimeout(this.retry);
    render(null, this.shadow.lastElementChild!);
    this.host.remove();
  }
}
