// Offsets in an element's textContent → DOM Ranges over its text nodes. Used
// to highlight evidence in review text and findings in contenteditables with
// the CSS Custom Highlight API, without changing the page's DOM.

export function rangeForOffsets(el: Node, start: number, end: number): Range | null {
  if (end <= start) return null;
  const doc = el.ownerDocument ?? (el as Document);
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let pos = 0;
  let range: Range | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const len = node.data.length;
    if (!range && start < pos + len) {
      range = doc.createRange();
      range.setStart(node, start - pos);
    }
    if (range && end <= pos + len) {
      range.setEnd(node, end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; size: number };
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

/** The Highlight API, when this browser has it (Chromium 105+, Firefox 140+, Safari 17.2+). */
export function highlightApi(win: Window = window): { Highlight: HighlightCtor; registry: HighlightRegistry } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || !Highlight) return null;
  return { Highlight, registry: css.highlights };
}

/** Replaces the named highlight with these ranges (empty = removed). */
export function setHighlight(name: string, ranges: Range[], win: Window = window): boolean {
  const api = highlightApi(win);
  if (!api) return false;
  if (ranges.length === 0) api.registry.delete(name);
  else api.registry.set(name, new api.Highlight(...ranges));
  return true;
}

/**
 * One named highlight whose ranges are kept per owner (a review card), so a
 * card that changes swaps only its own ranges (incremental, not a rebuild).
 */
export class HighlightLayer {
  private readonly byOwner = new Map<string, Range[]>();
  private highlight: { add(r: Range): void; delete(r: Range): boolean; size: number } | null = null;

  constructor(
    private readonly name: string,
    private readonly win: Window = window,
  ) {}

  set(owner: string, ranges: Range[]): void {
    const api = highlightApi(this.win);
    if (!api) return;
    const old = this.byOwner.get(owner);
    if (!old && ranges.length === 0) return;
    if (!this.highlight) {
      this.highlight = new api.Highlight() as unknown as NonNullable<HighlightLayer['highlight']>;
      api.registry.set(this.name, this.highlight);
    }
    for (const r of old ?? []) this.highlight.delete(r);
    for (const r of ranges) this.highlight.add(r);
    if (ranges.length) this.byOwner.set(owner, ranges);
    else this.byOwner.delete(owner);
  }

  clear(): void {
    this.byOwner.clear();
    this.highlight = null;
    highlightApi(this.win)?.registry.delete(this.name);
  }
}
