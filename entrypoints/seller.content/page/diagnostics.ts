// Page health: what a feature could read, and how many elements each of its
// selectors matches, for the popup's "cannot read this page" notice and its
// Copy diagnostics button. Counts only — never page text or buyer data.
import type { PageKind } from '../../../lib/page-kind.ts';
import type { PageSend as Send } from '../../../lib/messaging/client.ts';
import { SEL } from './selectors.ts';
import { deepQueryAll } from './shadow.ts';
import { after } from '../lifecycle.ts';

/** The groups of SEL each page kind reads: every selector in them is counted (no list to keep in step). */
const GROUPS: Record<PageKind, ReadonlyArray<keyof typeof SEL>> = {
  'brand-reviews': ['reviews'],
  'feedback-manager': ['feedback'],
  'contact-buyer': ['compose', 'sendControl'],
  'request-review': ['requestReview'],
  'order-details': ['requestReview'],
  inbox: ['compose', 'sendControl'],
};

export function selectorCounts(kind: PageKind, doc: Document = document): Record<string, number> {
  const out: Record<string, number> = { textarea: deepQueryAll(doc, 'textarea').length, iframe: doc.querySelectorAll('iframe').length };
  for (const group of GROUPS[kind]) {
    const value: unknown = SEL[group];
    const entries = typeof value === 'string' ? [[group, value] as const] : Object.entries(value as Record<string, unknown>).map(([k, v]) => [`${group}.${k}`, v] as const);
    for (const [name, sel] of entries) if (typeof sel === 'string') out[name] = deepQueryAll(doc, sel).length;
  }
  return out;
}

/**
 * Reports what a feature read: at once when it read something, and "0" only
 * after the page had time to render (5 s) — a layout we do not know. `listed`
 * is how many items the page shows, read or not.
 */
export function statusReporter(send: Send, kind: PageKind, signal: AbortSignal, opts: { quietMs?: number; reportZero?: boolean } = {}) {
  let last = '';
  let items = -1;
  let listed: number | undefined;
  const post = (force = false) => {
    if (items < 0 || (items === 0 && !force)) return;
    // Counted only when what we read changed: a walk of the page, not per mutation.
    const key = `${items}/${listed}`;
    if (key === last) return;
    last = key;
    // Selector counts walk the whole page: only for a page we cannot (fully) read.
    const unhealthy = items === 0 || (listed !== undefined && listed > items);
    send('page/status', { items, listed, ...(unhealthy ? { counts: selectorCounts(kind) } : {}) }).catch(() => {});
  };
  after(opts.quietMs ?? 5000, () => {
    if (items < 0) items = 0;
    if (opts.reportZero !== false) post(true);
  }, signal);
  return (read: number, shown?: number) => {
    items = read;
    listed = shown;
    post();
  };
}
