// Annotates review cards / feedback rows: extracts them, has the background
// classify and remember them (one message per batch), renders an annotation
// per item in its own shadow root, highlights the evidence in the page's text
// with the CSS Custom Highlight API (the page's DOM is not changed), and
// follows pagination and late rendering. Rendering yields between chunks so
// hundreds of cards never make a long task.
import { h, render } from 'preact';
import type { Send } from '../../../lib/messaging/client.ts';
import type { Classification, ReviewItem } from '../../../lib/reviews/types.ts';
import { Annotation } from '../../../components/annotation/Annotation.tsx';
import annotationCss from '../../../components/annotation/annotation.css?inline';
import { annotationView, urgentDeadline } from '../../../lib/present/annotation-view.ts';
import { rangeForOffsets, setHighlight } from '../overlay/ranges.ts';
import { ensurePageStyle } from '../overlay/page-style.ts';
import { GROUNDS, RISK_LABELS } from '../../../lib/reviews/labels.ts';
import type { Lang } from '../../../lib/i18n/ui.ts';

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
  /** The card / row elements on the page now (cheap: one query). */
  items: () => Element[];
  /** Reads one card / row (null when it is not one we recognise). */
  read: (el: Element) => Target | null;
  /** Items per background message. */
  batch?: number;
  /** Annotations rendered per task before yielding to the page. */
  chunk?: number;
}

interface Shown {
  target: Target;
  host: HTMLElement;
  /** Its content has been drawn (see the lazy drawing of very long pages). */
  painted?: boolean;
  signature: string;
  classification: Classification;
  progress: { done: number; total: number } | null;
}

const HIGHLIGHT_CSS = `
::highlight(reviewguard-evidence) { background-color: rgba(255, 216, 20, 0.55); text-decoration: underline 2px #b12704; }
::highlight(reviewguard-risk) { background-color: rgba(209, 50, 18, 0.18); text-decoration: underline wavy 1.5px #b12704; }
`;

const signatureOf = (t: Target) => `${t.item.rating}|${t.item.title ?? ''}|${t.item.body}|${t.removalOffered}|${t.struck}`;
const yieldToPage = () => new Promise<void>((r) => setTimeout(r, 0));

export function annotate(opts: AnnotateOptions): { stop: () => void; refresh: () => Promise<void> } {
  const { doc, send, signal } = opts;
  const shown = new Map<string, Shown>();
  let selectedId: string | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const unstyle = ensurePageStyle(doc, 'reviewguard-annotations', HIGHLIGHT_CSS);
  const tooltip = createTooltip(doc);

  // Pages of normal size render every annotation at once. Very long pages
  // (hundreds of cards) render the hooks at once but draw an annotation's
  // content only as it nears the viewport: the browser's paint work then
  // stays proportional to what the seller can see.
  const LAZY_OVER = 60;
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

  function renderOne(s: Shown) {
    const t = s.target;
    const c = s.classification;
    const el = s.host;
    el.setAttribute('data-review-id', t.id);
    el.setAttribute('data-kind', t.kind);
    el.setAttribute('data-removable', String(c.removable));
    el.toggleAttribute('data-struck', !!t.struck);
    el.setAttribute('data-grounds', [...new Set(c.grounds.map((g) => g.id))].join(','));
    el.setAttribute('data-root-causes', c.rootCauses.join(','));
    el.setAttribute('data-risks', c.risks.join(','));
    const d = urgentDeadline(c);
    el.setAttribute('data-days-left', d ? String(d.daysLeft) : '');
    if (s.progress) el.setAttribute('data-progress', `${s.progress.done}/${s.progress.total}`);
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
        view: annotationView(s.classification, { lang: opts.lang(), kind: t.kind, removalOffered: t.removalOffered, struck: t.struck, progress: s.progress }),
        selected: selectedId === t.id,
        onSelect: () => {
          selectedId = t.id;
          send('review/select', { id: t.id }).catch(() => {});
          for (const other of shown.values()) renderOne(other);
        },
      }),
      container(s.host),
    );
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

  function mountHost(t: Target): HTMLElement {
    const host = doc.createElement(ANNOTATION_TAG);
    t.mount.append(host);
    return host;
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


  function highlight() {
    const ev: Range[] = [];
    const risk: Range[] = [];
    for (const s of shown.values()) {
      const f = s.target.fields;
      for (const g of s.classification.grounds) {
        const el = g.field === 'title' ? f.title : f.body;
        const r = el && rangeForOffsets(el, g.start, g.end);
        if (r) ev.push(r);
      }
      for (const e of s.classification.riskEvidence) {
        const el = e.field === 'title' ? f.title : f.body;
        const r = el && rangeForOffsets(el, e.start, e.end);
        if (r) risk.push(r);
      }
    }
    setHighlight('reviewguard-evidence', ev);
    setHighlight('reviewguard-risk', risk);
  }

  // Tell the popup what we recognised: counts as they come, and 0 only once
  // the page had time to render (a layout we do not know).
  let reported = -1;
  const report = (n: number) => {
    if (n === reported) return;
    reported = n;
    send('page/status', { items: n }).catch(() => {});
  };
  const quiet = setTimeout(() => {
    if (reported <= 0) report(shown.size);
  }, 5000);

  async function pass(force: boolean): Promise<void> {
    // Reading hundreds of cards is done in slices, yielding between them, so
    // a big page never blocks the main thread for long.
    const targets: Target[] = [];
    let t0 = performance.now();
    const items = opts.items();
    lazy = items.length > LAZY_OVER;
    for (const el of items) {
      const t = opts.read(el);
      if (t) targets.push(t);
      if (performance.now() - t0 > 8) {
        await yieldToPage();
        if (signal.aborted) return;
        t0 = performance.now();
      }
    }
    if (targets.length > 0) report(targets.length);
    const present = new Set(targets.map((t) => t.id));
    for (const [id, s] of shown) {
      // Cards replaced by pagination: forget them (their host left with them).
      if (!present.has(id) || !s.host.isConnected || !s.target.mount.isConnected) {
        if (s.painted) render(null, container(s.host));
        io?.unobserve(s.host);
        byHost.delete(s.host);
        s.host.remove();
        shown.delete(id);
      }
    }
    const todo = targets.filter((t) => {
      const s = shown.get(t.id);
      return force || !s || s.signature !== signatureOf(t);
    });
    const batch = opts.batch ?? 50;
    const chunk = opts.chunk ?? 10;
    // On a very long page every geometry change costs the browser a full
    // pre-paint of the page, so after the first batch (the top of the page,
    // drawn at once) the rest is applied in a single DOM write at the end.
    const deferred: Array<() => void> = [];
    for (let i = 0; i < todo.length && !signal.aborted; i += batch) {
      const part = todo.slice(i, i + batch);
      let results;
      try {
        ({ results } = await send('reviews/seen', {
          host: location.hostname,
          pageUrl: location.href,
          items: part.map((t) => ({ item: t.item, asin: t.asin, orderId: t.orderId, removalOffered: t.removalOffered })),
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
          s = { target: t, host: mountHost(t), signature: '', classification: r.classification, progress: r.progress };
          shown.set(t.id, s);
        }
        s.target = t;
        s.signature = signatureOf(t);
        s.classification = r.classification;
        s.progress = r.progress;
        renderOne(s);
      };
      if (lazy && i > 0) {
        for (const t of part) deferred.push(() => apply(t));
        continue;
      }
      for (let j = 0; j < part.length && !signal.aborted; j++) {
        apply(part[j]!);
        // On long pages content is drawn lazily, so one write is cheap and
        // costs one page-wide pre-paint instead of one per slice.
        if (!lazy && (j + 1) % chunk === 0) await yieldToPage();
      }
    }
    if (!signal.aborted) for (const write of deferred) write();
    if (!signal.aborted) highlight();
  }

  function schedule(force = false): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = pass(force).finally(() => {
      running = null;
      if (again && !signal.aborted) {
        again = false;
        void schedule();
      }
    });
    return running;
  }

  // Late rendering and SPA pagination: any DOM change outside our own hosts.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mo = new MutationObserver((records) => {
    const ours = records.every((r) => (r.target as Element).closest?.(ANNOTATION_TAG) || [...r.addedNodes].every((n) => n.nodeName.toLowerCase() === ANNOTATION_TAG));
    if (ours) return;
    clearTimeout(timer);
    timer = setTimeout(() => void schedule(), 120);
  });
  mo.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  // Back from the popup: progress may have changed.
  const onFocus = () => void schedule(true);
  window.addEventListener('focus', onFocus);
  const onMove = (e: MouseEvent) => tooltip.track(e, shown.values(), opts.lang());
  doc.addEventListener('mousemove', onMove, { passive: true });
  void schedule();

  const stop = () => {
    mo.disconnect();
    clearTimeout(timer);
    clearTimeout(quiet);
    window.removeEventListener('focus', onFocus);
    doc.removeEventListener('mousemove', onMove);
    io?.disconnect();
    for (const s of shown.values()) {
      if (s.painted) render(null, container(s.host));
      s.host.remove();
    }
    shown.clear();
    byHost.clear();
    setHighlight('reviewguard-evidence', []);
    setHighlight('reviewguard-risk', []);
    tooltip.remove();
    unstyle();
  };
  signal.addEventListener('abort', stop, { once: true });
  return { stop, refresh: () => schedule(true) };
}

/** A tooltip naming the ground when the pointer rests on highlighted evidence. */
function createTooltip(doc: Document) {
  const host = doc.createElement('reviewguard-layer');
  const root = host.attachShadow({ mode: 'open' });
  const tip = doc.createElement('div');
  tip.setAttribute('role', 'tooltip');
  const style = doc.createElement('style');
  style.textContent = `div{position:fixed;z-index:2147483000;pointer-events:none;max-width:320px;padding:4px 8px;border-radius:6px;background:#232f3e;color:#fff;font:12px/1.4 Arial,"PingFang SC",sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25)}div[hidden]{display:none}`;
  tip.hidden = true;
  root.append(style, tip);
  doc.documentElement.append(host);
  let frame = 0;
  let last: MouseEvent | null = null;
  return {
    track(e: MouseEvent, items: Iterable<Shown>, lang: Lang) {
      last = e;
      if (frame) return;
      const list = [...items];
      frame = requestAnimationFrame(() => {
        frame = 0;
        const ev = last!;
        const caret = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(ev.clientX, ev.clientY);
        let text: string | null = null;
        if (caret) {
          for (const s of list) {
            const f = s.target.fields;
            for (const [field, el] of [['title', f.title], ['body', f.body]] as const) {
              if (!el || !el.contains(caret.startContainer)) continue;
              const pre = doc.createRange();
              pre.setStart(el, 0);
              pre.setEnd(caret.startContainer, caret.startOffset);
              const off = pre.toString().length;
              const g = s.classification.grounds.find((x) => x.field === field && off >= x.start && off < x.end);
              const r = s.classification.riskEvidence.find((x) => x.field === field && off >= x.start && off < x.end);
              if (g) text = `ReviewGuard: ${GROUNDS[g.id].title[lang]}`;
              else if (r) text = `ReviewGuard: ${RISK_LABELS[r.id][lang]}`;
            }
            if (text) break;
          }
        }
        if (text) {
          tip.textContent = text;
          tip.style.left = `${ev.clientX + 12}px`;
          tip.style.top = `${ev.clientY + 16}px`;
          tip.hidden = false;
        } else tip.hidden = true;
      });
    },
    remove() {
      if (frame) cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
