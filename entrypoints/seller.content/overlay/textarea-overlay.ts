// Underlines under a <textarea> without touching it: a "mirror" div with the
// textarea's exact text metrics sits over it, text transparent, and only the
// finding spans draw a wavy underline (the technique of Harper and
// LanguageTool). Redraws are batched into one animation frame.
import { segments, type Span } from './segments.ts';

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
  'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontWeight',
  'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'tabSize', 'direction', 'whiteSpace', 'wordBreak',
  'overflowWrap',
] as const;

export class TextareaOverlay {
  readonly root: HTMLDivElement;
  private readonly mirror: HTMLDivElement;
  private spans: Span[] = [];
  private text = '';
  private frame = 0;
  private readonly resize: ResizeObserver;
  private readonly onScroll = () => this.schedule();

  constructor(
    private readonly field: HTMLTextAreaElement,
    container: HTMLElement | ShadowRoot,
    onMarkClick?: (index: number) => void,
  ) {
    this.root = field.ownerDocument.createElement('div');
    this.root.className = 'rg-overlay';
    this.root.setAttribute('aria-hidden', 'true');
    this.mirror = field.ownerDocument.createElement('div');
    this.mirror.className = 'rg-mirror';
    this.root.append(this.mirror);
    container.append(this.root);
    this.resize = new ResizeObserver(() => this.schedule());
    this.resize.observe(field);
    field.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    if (onMarkClick) {
      this.mirror.addEventListener('click', (e) => {
        const i = (e.target as HTMLElement).dataset?.index;
        if (i !== undefined) onMarkClick(Number(i));
      });
    }
  }

  update(text: string, spans: Span[]): void {
    this.text = text;
    this.spans = spans;
    this.schedule();
  }

  /** Draw now (tests and latency measurement call this). */
  flush(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  private schedule(): void {
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
    const cs = getComputedStyle(f);
    const rect = f.getBoundingClientRect();
    const m = this.mirror.style;
    for (const k of COPIED) (m as unknown as Record<string, string>)[k] = cs[k] as string;
    m.borderColor = 'transparent';
    m.whiteSpace = 'pre-wrap';
    m.overflowWrap = cs.overflowWrap === 'normal' ? 'break-word' : cs.overflowWrap;
    m.width = `${rect.width}px`;
    m.height = `${rect.height}px`;
    this.root.style.display = rect.width && rect.height ? '' : 'none';
    this.root.style.left = `${rect.left}px`;
    this.root.style.top = `${rect.top}px`;
    this.root.style.width = `${rect.width}px`;
    this.root.style.height = `${rect.height}px`;
    // Scrollbar: the textarea's content box is narrower when it scrolls.
    const scrollbar = f.offsetWidth - f.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    m.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, scrollbar)}px`;

    const doc = f.ownerDocument;
    const frag = doc.createDocumentFragment();
    for (const run of segments(this.text, this.spans)) {
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
    this.mirror.scrollTop = f.scrollTop;
    this.mirror.scrollLeft = f.scrollLeft;
  }

  /** Client rectangles of the underline for finding `index` (for tests and the panel). */
  rectsFor(index: number): DOMRect[] {
    const out: DOMRect[] = [];
    for (const el of this.mirror.querySelectorAll<HTMLElement>(`.rg-mark[data-index="${index}"]`)) out.push(...el.getClientRects());
    return out;
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    this.field.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    this.root.remove();
  }
}

export const OVERLAY_CSS = `
.rg-overlay { position: fixed; pointer-events: none; z-index: 2147483000; overflow: hidden; }
.rg-mirror { position: absolute; inset: 0; overflow: hidden; color: transparent; margin: 0; background: transparent; }
.rg-mark { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 1.5px;
  text-underline-offset: 2px; text-decoration-skip-ink: none; pointer-events: none; }
.rg-error { text-decoration-color: #d13212; background: rgba(209, 50, 18, 0.08); }
.rg-warning { text-decoration-color: #d98e04; background: rgba(217, 142, 4, 0.08); }
`;
