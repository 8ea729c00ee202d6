// Underlines under a <textarea> without touching it: a hidden "mirror" div
// with the textarea's exact text metrics sits over it, text transparent, and
// only the finding spans draw a wavy underline (Harper's and LanguageTool's
// technique). The mirror only measures and paints; its work is split the way
// Harper splits it:
// - layout (scroll, resize): position, size and scroll offset only; the
//   computed text styles are copied again only when the field's size changed;
// - content (text or spans changed): the runs are patched in place — typing
//   inside a run updates one text node.
// Both are batched into one animation frame.
import { segments, type Run, type Span } from './segments.ts';
import { listen, onAbort } from '../lifecycle.ts';

const COPIED = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction', 'wordBreak',
] as const;

export class TextareaOverlay {
  readonly root: HTMLDivElement;
  private readonly mirror: HTMLDivElement;
  private spans: Span[] = [];
  private text = '';
  private runs: Run[] = [];
  private frame = 0;
  private layoutDirty = true;
  private stylesDirty = true;
  private contentDirty = true;
  private size = '';

  constructor(
    private readonly field: HTMLTextAreaElement,
    container: HTMLElement | ShadowRoot,
    signal: AbortSignal,
  ) {
    const doc = field.ownerDocument;
    this.root = doc.createElement('div');
    this.root.className = 'rg-overlay';
    this.root.setAttribute('aria-hidden', 'true');
    this.mirror = doc.createElement('div');
    this.mirror.className = 'rg-mirror';
    this.root.append(this.mirror);
    container.append(this.root);
    const relayout = () => this.schedule('layout');
    const resize = new ResizeObserver(() => this.schedule('styles'));
    resize.observe(field);
    const win = doc.defaultView ?? window;
    listen(field, 'scroll', relayout, signal, { passive: true });
    listen(win, 'scroll', relayout, signal, { passive: true, capture: true });
    listen(win, 'resize', () => this.schedule('styles'), signal, { passive: true });
    onAbort(signal, () => {
      if (this.frame) cancelAnimationFrame(this.frame);
      resize.disconnect();
      this.root.remove();
    });
  }

  update(text: string, spans: Span[]): void {
    if (text === this.text && sameSpans(spans, this.spans)) return;
    this.text = text;
    this.spans = spans;
    this.schedule('content');
  }

  /** Draw now (tests and latency measurement call this). */
  flush(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  private schedule(what: 'layout' | 'styles' | 'content'): void {
    if (what === 'content') this.contentDirty = true;
    else {
      this.layoutDirty = true;
      if (what === 'styles') this.stylesDirty = true;
    }
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const f = this.field;
    if (!f.isConnected) {
      this.root.style.display = 'none';
      return;
    }
    if (this.layoutDirty || this.stylesDirty) this.layout();
    if (this.contentDirty) this.content();
    if (!this.runs.length) return;
    // The text reflows with the content too: keep the scroll offset in step.
    this.mirror.scrollTop = f.scrollTop;
    this.mirror.scrollLeft = f.scrollLeft;
  }

  private layout(): void {
    const f = this.field;
    const rect = f.getBoundingClientRect();
    const r = this.root.style;
    r.display = rect.width && rect.height ? '' : 'none';
    r.left = `${rect.left}px`;
    r.top = `${rect.top}px`;
    r.width = `${rect.width}px`;
    r.height = `${rect.height}px`;
    const size = `${rect.width}x${rect.height}`;
    if (this.stylesDirty || size !== this.size) {
      this.size = size;
      const cs = getComputedStyle(f);
      const m = this.mirror.style as unknown as Record<string, string>;
      for (const k of COPIED) m[k] = cs[k] as string;
      m.borderColor = 'transparent';
      m.whiteSpace = 'pre-wrap';
      m.overflowWrap = cs.overflowWrap === 'normal' ? 'break-word' : cs.overflowWrap;
      m.width = `${rect.width}px`;
      m.height = `${rect.height}px`;
      // Scrollbar: the textarea's content box is narrower when it scrolls.
      const scrollbar = f.offsetWidth - f.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
      m.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;
    }
    this.layoutDirty = false;
    this.stylesDirty = false;
  }

  private content(): void {
    this.contentDirty = false;
    // Nothing to underline: the mirror holds no text at all (no layout of a
    // long message on every keystroke while it is clean).
    const next = this.spans.length ? segments(this.text, this.spans) : [];
    const nodes = this.mirror.childNodes;
    // Same shape (runs and their marks): patch the text of the runs that changed.
    if (next.length === this.runs.length && nodes.length === next.length + 1 && next.every((r, i) => sameMark(r, this.runs[i]!))) {
      next.forEach((run, i) => {
        if (run.text !== this.runs[i]!.text) nodes[i]!.textContent = run.text;
      });
      this.runs = next;
      return;
    }
    const doc = this.field.ownerDocument;
    const frag = doc.createDocumentFragment();
    for (const run of next) {
      if (!run.mark) {
        frag.append(doc.createTextNode(run.text));
        continue;
      }
      const mark = doc.createElement('span');
      mark.className = `rg-mark rg-${run.mark.severity}`;
      mark.dataset.index = String(run.mark.index);
      mark.textContent = run.text;
      frag.append(mark);
    }
    // A trailing newline needs a character after it to take up a line.
    frag.append(doc.createTextNode('\u200b'));
    this.mirror.replaceChildren(frag);
    this.runs = next;
  }
}

function sameMark(a: Run, b: Run): boolean {
  if (!a.mark || !b.mark) return !a.mark && !b.mark;
  return a.mark.severity === b.mark.severity && a.mark.index === b.mark.index;
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end && s.severity === b[i]!.severity);
}

export const OVERLAY_CSS = `
.rg-overlay { position: fixed; pointer-events: none; z-index: 2147483000; overflow: hidden; }
.rg-mirror { position: absolute; inset: 0; overflow: hidden; color: transparent; margin: 0; background: transparent; }
.rg-mark { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 1.5px;
  text-underline-offset: 2px; text-decoration-skip-ink: none; pointer-events: none; }
.rg-error { text-decoration-color: #d13212; background: rgba(209, 50, 18, 0.08); }
.rg-warning { text-decoration-color: #d98e04; background: rgba(217, 142, 4, 0.08); }
`;
