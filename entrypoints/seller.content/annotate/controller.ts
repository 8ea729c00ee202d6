// Annotates review cards / feedback rows incrementally: the first pass reads
// every card; after that only the cards a mutation touched are read again,
// and only the ones whose text, rating or row state changed are classified
// (one background message per batch) and drawn. Each annotation lives in its
// own shadow root; evidence is highlighted in the page's text with the CSS
// Custom Highlight API (the page's DOM is not changed). Everything is tied to
// the feature's signal.
import { h, render } from 'preact';
import type { PageSend as Send } from '../../../lib/messaging/client.ts';
import type { Classification, ReviewItem } from '../../../lib/reviews/types.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';
import type { OutcomeEvent } from '../../../lib/records/index.ts';
import { Annotation } from '../../../components/annotation/Annotation.tsx';
import annotationCss from '../../../components/annotation/annotation.css?inline';
import { annotationView, urgentDeadline } from '../../../lib/present/annotation-view.ts';
import { rangeForOffsets, HighlightLayer } from '../overlay/ranges.ts';
import { ensurePageStyle } from '../overlay/page-style.ts';
import { isOwnMutation } from '../page/own-ui.ts';
import { after, listen, observeMutations, onAbort } from '../lifecycle.ts';
import { createTooltip } from './tooltip.ts';

export const ANNOTATION_TAG = 'reviewguard-annotation';

/** One review or feedback on the page, as the page feature extracted it. */
export interface Target {
  id: string;
  kind: 'review' | 'feedback';
  item: ReviewItem & { id: string };
  /** The annotation is appended to this element. */
  mount: HTMLElement;
  /** Where the title and body text live, for highlighting evidence. */
  fields: { title?: HTMLElement | null; body: HTMLElement };
  asin?: string;
  orderId?: string;
  removalOffered?: boolean;
  /** Feedback Amazon already struck through. */
  struck?: boolean;
}

export interface AnnotateOptions {
  doc: Document;
  send: Send;
  signal: AbortSignal;
  lang: () => Lang;
  /** Selector of a card / row element (light DOM). */
  itemSelector: string;
  /** Reads one card / row (null when it is not one we recognise). */
  read: (el: Element) => Target | null;
  /** Items per background message. */
  batch?: number;
  /** Page health: items read, and items the page lists (read or not). */
  report?: (items: number, listed: number) => void;
  /** After each pass: every item annotated now (e.g. to refresh topic alerts). */
  afterPass?: (targets: Target[]) => void;
}

export interface Annotator {
  /** The UI language changed: redraw every annotation (nothing is classified again). */
  redraw(): void;
  /** Checklist progress may have changed (back from the popup): refresh it. */
  refreshProgress(): Promise<void>;
  /** Reads these cards again (something the observer cannot see changed, e.g. inside a shadow root). */
  reread(cards: Iterable<Element>): Promise<void>;
}

export interface Shown {
  target: Target;
  host: HTMLElement;
  /** Its content has been drawn (see the lazy drawing of very long pages). */
  painted?: boolean;
  signature: string;
  classification: Classification;
  progress: { done: number; total: number } | null;
  /** First seen since the seller's last visit of this page kind. */
  isNew?: boolean;
  /** Changes seen after the seller acted (latest last). */
  outcomes?: OutcomeEvent[];
}

const HIGHLIGHT_CSS = `
::highlight(reviewguard-evidence) { background-color: rgba(255, 216, 20, 0.55); text-decoration: underline 2px #b12704; }
::highlight(reviewguard-risk) { background-color: rgba(209, 50, 18, 0.18); text-decoration: underline wavy 1.5px #b12704; }
`;

const signatureOf = (t: Target) => `${t.item.rating}|${t.item.title ?? ''}|${t.item.body}|${t.removalOffered}|${t.struck}`;
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

// Pages of normal size render every annotation at once. Very long pages
// (hundreds of cards) render the hooks at once but draw an annotation's
// content only as it nears the viewport: the browser's paint work then
// stays proportional to what the seller can see.
const LAZY_OVER = 60;

export function annotate(opts: AnnotateOptions): Annotator {
  const { doc, send, signal } = opts;
  const shown = new Map<string, Shown>();
  /** Card element → the id it was last read as. */
  const cardIds = new WeakMap<Element, string>();
  let selectedId: string | null = null;
  const evidence = new HighlightLayer('reviewguard-evidence');
  const risk = new HighlightLayer('reviewguard-risk');
  onAbort(signal, ensurePageStyle(doc, 'reviewguard-annotations', HIGHLIGHT_CSS));
  createTooltip(doc, () => shown.values(), opts.lang, signal);

  let lazy = false;
  const byHost = new Map<Element, Shown>();
  const io =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const e of entries) {
              if (!e.isIntersecting) continue;
              io!.unobserve(e.target);
              const s = byHost.get(e.target);
              if (s) paint(s);
            }
          },
          { rootMargin: '1200px 0px' },
        )
      : null;
  onAbort(signal, () => io?.disconnect());

  function renderOne(s: Shown) {
    const t = s.target;
    const c = s.classification;
    const el = s.host;
    el.setAttribute('data-review-id', t.id);
    el.setAttribute('data-kind', t.kind);
    el.setAttribute('data-removable', String(c.removable));
    el.toggleAttribute('data-struck', !!(t.struck || c.struckByAmazon));
    el.setAttribute('data-conditional-grounds', (c.conditionalGrounds ?? []).map((g) => g.id).join(','));
    el.setAttribute('data-new', String(!!s.isNew));
    const last = s.outcomes?.at(-1);
    if (last) el.setAttribute('data-outcome', last.kind);
    else el.removeAttribute('data-outcome');
    el.setAttribute('data-grounds', [...new Set(c.grounds.map((g) => g.id))].join(','));
    el.setAttribute('data-root-causes', c.rootCauses.join(','));
    el.setAttribute('data-risks', c.risks.join(','));
    const d = urgentDeadline(c);
    el.setAttribute('data-days-left', d ? String(d.daysLeft) : '');
    if (s.progress) el.setAttribute('data-progress', `${s.progress.done}/${s.progress.total}`);
    if (t.kind === 'feedback') el.setAttribute('data-removal-offered', t.removalOffered === undefined ? 'unknown' : String(t.removalOffered));
    el.toggleAttribute('data-selected', selectedId === t.id);
    byHost.set(el, s);
    if (lazy && !s.painted && io) {
      el.style.minHeight = '92px'; // its future size, so scrolling does not jump
      io.observe(el);
    } else paint(s);
  }

  function paint(s: Shown) {
    const t = s.target;
    s.painted = true;
    s.host.style.minHeight = '';
    render(
      h(Annotation, {
        view: annotationView(s.classification, { lang: opts.lang(), kind: t.kind, removalOffered: t.removalOffered, struck: t.struck, progress: s.progress, isNew: s.isNew, outcomes: s.outcomes }),
        selected: selectedId === t.id,
        onSelect: () => select(t.id),
      }),
      container(s.host),
    );
  }

  /** Selecting a card redraws two annotations: the one left and the one picked. */
  function select(id: string) {
    const before = selectedId;
    selectedId = id;
    send('review/select', { id }).catch(() => {});
    for (const x of new Set([before, id])) {
      const s = x ? shown.get(x) : undefined;
      if (s) renderOne(s);
    }
  }

  // One parsed stylesheet shared by every annotation's shadow root (hundreds
  // of <style> copies would each be parsed and matched on their own).
  let sheet: CSSStyleSheet | null = null;
  try {
    sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(annotationCss);
  } catch {
    sheet = null;
  }

  /** The annotation's shadow root and render container, created when first drawn. */
  function container(host: HTMLElement): Element {
    let root = host.shadowRoot;
    if (!root) {
      root = host.attachShadow({ mode: 'open' });
      if (sheet) root.adoptedStyleSheets = [sheet];
      else {
        const style = doc.createElement('style');
        style.textContent = annotationCss;
        root.append(style);
      }
      root.append(doc.createElement('div'));
    }
    return root.lastElementChild!;
  }

  /** This card's evidence and risk ranges, replacing its previous ones. */
  function highlight(s: Shown) {
    const f = s.target.fields;
    const ranges = (spans: Classification['grounds'] | Classification['riskEvidence']) => {
      const out: Range[] = [];
      for (const g of spans) {
        const el = g.field === 'title' ? f.title : f.body;
        const r = el && rangeForOffsets(el, g.start, g.end);
        if (r) out.push(r);
      }
      return out;
    };
    evidence.set(s.target.id, ranges(s.classification.grounds));
    risk.set(s.target.id, ranges(s.classification.riskEvidence));
  }

  function forget(id: string, s: Shown) {
    if (s.painted && s.host.shadowRoot) render(null, container(s.host));
    io?.unobserve(s.host);
    byHost.delete(s.host);
    s.host.remove();
    evidence.set(id, []);
    risk.set(id, []);
    shown.delete(id);
  }
  onAbort(signal, () => {
    for (const [id, s] of shown) forget(id, s);
    evidence.clear();
    risk.clear();
  });

  // Page health: what we read against what the page lists.
  const report = () => opts.report?.(shown.size, doc.querySelectorAll(opts.itemSelector).length);

  /** Runs `fn` over the items in slices of at most ~8 ms, yielding between them; false if aborted. */
  async function sliced<T>(items: readonly T[], fn: (x: T) => void): Promise<boolean> {
    let t0 = performance.now();
    for (const x of items) {
      if (signal.aborted) return false;
      fn(x);
      if (performance.now() - t0 > 8) {
        await yieldToPage();
        t0 = performance.now();
      }
    }
    return !signal.aborted;
  }

  /** Reads these cards (in slices, yielding between them) and draws the ones that changed. */
  async function pass(cards: Element[]): Promise<void> {
    lazy = doc.querySelectorAll(opts.itemSelector).length > LAZY_OVER;
    const targets: Target[] = [];
    let t0 = performance.now();
    for (const el of cards) {
      const t = el.isConnected ? opts.read(el) : null;
      if (t) {
        targets.push(t);
        cardIds.set(el, t.id);
      }
      if (performance.now() - t0 > 8) {
        await yieldToPage();
        if (signal.aborted) return;
        t0 = performance.now();
      }
    }
    // Cards replaced by pagination: forget them (their host left with them).
    for (const [id, s] of shown) if (!s.host.isConnected || !s.target.mount.isConnected) forget(id, s);
    const todo = targets.filter((t) => shown.get(t.id)?.signature !== signatureOf(t));
    const batch = opts.batch ?? 50;
    // On a very long page every geometry change costs the browser a full
    // pre-paint of the page, so after the first batch (the top of the page,
    // drawn at once) the rest is applied at the end, in as few writes as our
    // 8 ms slices allow (our own script never holds the page longer).
    const deferred: Array<() => void> = [];
    const drawn: Shown[] = [];
    for (let i = 0; i < todo.length && !signal.aborted; i += batch) {
      const part = todo.slice(i, i + batch);
      let results;
      try {
        ({ results } = await send('reviews/seen', {
          host: location.hostname,
          pageUrl: location.href,
          items: part.map((t) => ({ item: t.item, asin: t.asin, orderId: t.orderId, removalOffered: t.removalOffered, ...(t.struck ? { status: 'struck' as const } : {}) })),
        }));
      } catch {
        return; // background unavailable: try again on the next change
      }
      const byId = new Map(results.map((r) => [r.id, r]));
      const apply = (t: Target) => {
        const r = byId.get(t.id);
        if (!r || !t.mount.isConnected) return;
        let s = shown.get(t.id);
        if (!s || !s.host.isConnected) {
          const host = doc.createElement(ANNOTATION_TAG);
          t.mount.append(host);
          s = { target: t, host, signature: '', classification: r.classification, progress: r.progress };
          shown.set(t.id, s);
        }
        s.target = t;
        s.signature = signatureOf(t);
        s.classification = r.classification;
        s.progress = r.progress;
        s.isNew = r.isNew;
        s.outcomes = r.outcomes;
        renderOne(s);
        drawn.push(s);
      };
      if (lazy && i > 0) {
        for (const t of part) deferred.push(() => apply(t));
        continue;
      }
      if (!(await sliced(part, apply))) return;
    }
    if (signal.aborted) return;
    if (!(await sliced(deferred, (write) => write()))) return;
    if (!(await sliced(drawn, highlight))) return;
    report();
    void reportListing();
    if (drawn.length) opts.afterPass?.([...shown.values()].map((x) => x.target));
  }

  /**
   * Tells the background the page's list in order, when it changed, so an
   * item whose place closed up can be recorded as removed. Only a list read
   * in full: a card we could not read would look like a gap that closed.
   */
  let lastListing = '';
  async function reportListing(): Promise<void> {
    const entries: Array<{ id: string; rating: number }> = [];
    let kind: Target['kind'] | undefined;
    for (const el of doc.querySelectorAll(opts.itemSelector)) {
      const id = cardIds.get(el);
      const s = id === undefined ? undefined : shown.get(id);
      if (!s || s.host.isConnected === false) return;
      entries.push({ id: s.target.id, rating: s.target.item.rating });
      kind ??= s.target.kind;
    }
    const key = entries.map((e) => `${e.id}:${e.rating}`).join(',');
    if (!kind || key === lastListing || entries.length > 1000) return;
    lastListing = key;
    try {
      await send('reviews/listing', { host: location.hostname, kind, entries });
    } catch {
      lastListing = ''; // background unavailable: try again after the next pass
    }
  }

  // Passes run one at a time; cards touched meanwhile wait for the next one.
  let running: Promise<void> | null = null;
  const pending = new Set<Element>();
  function schedule(cards: Iterable<Element>): Promise<void> {
    for (const c of cards) pending.add(c);
    if (running) return running;
    const next = [...pending];
    pending.clear();
    running = pass(next).finally(() => {
      running = null;
      if (pending.size && !signal.aborted) void schedule([]);
    });
    return running;
  }

  /** The cards a batch of mutations touched: around the changed node, or added with it. */
  function touched(records: MutationRecord[]): Set<Element> {
    const cards = new Set<Element>();
    for (const r of records) {
      if (isOwnMutation(r)) continue;
      const at = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      const card = at?.closest(opts.itemSelector);
      if (card) cards.add(card);
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        if (el.matches(opts.itemSelector)) cards.add(el);
        else if (!card) for (const c of el.querySelectorAll(opts.itemSelector)) cards.add(c);
      }
    }
    return cards;
  }

  // Late rendering, SPA pagination, and text or ratings changed in place.
  let collected = new Set<Element>();
  let cancel = () => {};
  observeMutations(
    doc.body ?? doc.documentElement,
    { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'options', 'label'] },
    (records) => {
      const cards = touched(records);
      // Removed cards: their annotations are dropped on the next pass.
      const removed = records.some((r) => r.removedNodes.length > 0 && !isOwnMutation(r));
      if (!cards.size && !removed) return;
      for (const c of cards) collected.add(c);
      cancel();
      cancel = after(120, () => {
        const batch = collected;
        collected = new Set();
        void schedule(batch);
      }, signal);
    },
    signal,
  );
  void schedule(doc.querySelectorAll(opts.itemSelector));

  const annotator: Annotator = {
    reread: (cards) => schedule(cards),
    redraw() {
      for (const s of shown.values()) if (s.painted || !lazy) paint(s);
    },
    async refreshProgress() {
      if (!shown.size) return;
      let progress: Record<string, { done: number; total: number } | null>;
      try {
        ({ progress } = await send('reviews/progress', { ids: [...shown.keys()] }));
      } catch {
        return;
      }
      for (const [id, p] of Object.entries(progress)) {
        const s = shown.get(id);
        if (!s || (s.progress?.done === p?.done && s.progress?.total === p?.total)) continue;
        s.progress = p;
        renderOne(s);
      }
    },
  };
  // Back from the popup: progress may have changed (nothing is classified again).
  listen(window, 'focus', () => void annotator.refreshProgress(), signal);
  return annotator;
}
