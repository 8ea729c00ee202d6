// Feedback Manager: table rows → data. Every row repeats id="feedback-details",
// so rows are keyed by their order id (shared/spec/seller-central-dom.md §2).
import { SEL } from './selectors.ts';
import { parseLooseDate } from './dates.ts';
import { ORDER_ID_RE } from './compose-context.ts';

export interface ExtractedFeedback {
  orderId: string;
  row: HTMLElement;
  rating: number;
  comment: string;
  commentEl: HTMLElement;
  date: string | undefined;
  fulfilledBy: 'amazon' | 'merchant' | undefined;
  /** Amazon struck the comment through (it took responsibility). */
  struck: boolean;
  /** Does Amazon offer "Request removal" on this row? undefined = cannot tell yet. */
  removalOffered: boolean | undefined;
}

function commentCell(row: Element): HTMLElement | null {
  for (const cell of row.children) {
    if (cell.tagName.toLowerCase() !== 'kat-table-cell') continue;
    if (!SEL.feedback.classedCells.some((c) => cell.classList.contains(c))) return cell as HTMLElement;
  }
  return null;
}

export function extractFeedbackRow(row: HTMLElement, opts: { dayFirst?: boolean } = {}): ExtractedFeedback | null {
  if (row.matches(SEL.feedback.headerRow)) return null;
  const orderEl = row.querySelector(SEL.feedback.orderId);
  const orderId = (orderEl?.getAttribute('label') ?? orderEl?.textContent ?? '').match(ORDER_ID_RE)?.[0];
  const cell = commentCell(row);
  const rating = Number(row.querySelector(SEL.feedback.rating)?.getAttribute('value'));
  if (!orderId || !cell || !Number.isFinite(rating) || rating < 1 || rating > 5) return null;
  const struckEl = cell.querySelector<HTMLElement>(SEL.feedback.struck);
  const commentEl = struckEl ?? (cell.firstElementChild as HTMLElement | null) ?? cell;
  const hint = row.querySelector(SEL.feedback.fulfillment);
  const hintValue = hint?.getAttribute('data-fulfillment')?.toUpperCase();
  const rowText = row.textContent ?? '';
  const fulfilledBy =
    hintValue === 'AFN' || struckEl || SEL.feedback.fulfilledByAmazonText.test(rowText)
      ? 'amazon'
      : hintValue === 'MFN'
        ? 'merchant'
        : undefined;
  const actions = row.querySelector(SEL.feedback.actions);
  const removalOffered = actions?.shadowRoot ? !!actions.shadowRoot.querySelector(SEL.feedback.requestRemoval) : undefined;
  const dateText = row.querySelector(SEL.feedback.date)?.textContent ?? '';
  return {
    orderId,
    row,
    rating: Math.round(rating),
    comment: commentEl.textContent ?? '',
    commentEl,
    date: parseLooseDate(dateText, opts),
    fulfilledBy,
    struck: !!struckEl,
    removalOffered,
  };
}

export function extractFeedback(root: Document | Element, opts: { dayFirst?: boolean } = {}): ExtractedFeedback[] {
  const out: ExtractedFeedback[] = [];
  for (const row of root.querySelectorAll<HTMLElement>(SEL.feedback.row)) {
    const f = extractFeedbackRow(row, opts);
    if (f) out.push(f);
  }
  return out;
}
