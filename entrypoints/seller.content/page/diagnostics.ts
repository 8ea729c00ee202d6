// Page health: what a feature could read, and how many elements each of its
// selectors matches, for the popup's "cannot read this page" notice and its
// Copy diagnostics button. Counts only — never page text or buyer data.
import type { PageKind } from '../../../lib/page-kind.ts';
import type { Send } from '../../../lib/messaging/client.ts';
import { SEL } from './selectors.ts';
import { deepQueryAll } from './shadow.ts';
import { after } from '../lifecycle.ts';

/** The selectors worth counting on each page kind (name → CSS selector, searched through open shadow roots). */
const PROBES: Record<PageKind, Record<string, string>> = {
  'brand-reviews': {
    'reviews.card': SEL.reviews.card,
    'reviews.rating': SEL.reviews.rating,
    'reviews.body': '[id^="review-content-"]',
    'katal.any': 'kat-star-rating, kat-link, kat-button',
  },
  'feedback-manager': {
    'feedback.table': SEL.feedback.table,
    'feedback.row': SEL.feedback.row,
    'feedback.headerRow': SEL.feedback.headerRow,
    'feedback.cell': SEL.feedback.cell,
    'feedback.rating': SEL.feedback.rating,
    'feedback.orderLink': SEL.feedback.orderLink,
    'feedback.actions': SEL.feedback.actions,
  },
  'contact-buyer': {
    'compose.textarea': 'textarea',
    'compose.editable': '[contenteditable]:not([contenteditable="false"])',
    'compose.send': SEL.compose.send,
    'compose.languageLabel': SEL.compose.languageLabel,
    'compose.reasonRadio': SEL.compose.reasonRadio,
    'compose.modal': SEL.compose.modal,
  },
  'request-review': {
    'requestReview.widget': SEL.requestReview.widget,
    'requestReview.buttons': SEL.requestReview.buttons,
    'requestReview.error': SEL.requestReview.error,
  },
  'order-details': {
    'requestReview.widget': SEL.requestReview.widget,
    'requestReview.buttons': SEL.requestReview.buttons,
  },
  inbox: {
    'compose.textarea': 'textarea',
    'compose.editable': '[contenteditable]:not([contenteditable="false"])',
    'katal.textarea': 'kat-textarea',
    iframe: 'iframe',
  },
};

export function selectorCounts(kind: PageKind, doc: Document = document): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, sel] of Object.entries(PROBES[kind])) out[name] = deepQueryAll(doc, sel).length;
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
