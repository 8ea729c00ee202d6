// Feedback Manager: table rows → data. Every row repeats id="feedback-details",
// so rows are keyed by their order id. Columns are mapped from the header's
// labels and each cell's content (feedback-columns.ts), never by position.
// Amazon's own note on FBA rows stays in the comment text: the classifier
// recognises it, strips it and says the row is already struck through.
import { SEL } from './selectors.ts';
import { parseLooseDate } from './dates.ts';
import { ORDER_ID_RE } from './compose-context.ts';
import { headerColumns, rowColumns, type Column } from './feedback-columns.ts';
import { removalOffer } from './removal-offer.ts';

export interface ExtractedFeedback {
  orderId: string;
  row: HTMLElement;
  rating: number;
  comment: string;
  commentEl: HTMLElement;
  date: string | undefined;
  /**
   * Who fulfilled the order, from a "Fulfilled by Amazon / by seller" text in
   * the row outside the comment (a GUESS: no source shows where the page says
   * it); undefined when the row does not say.
   */
  fulfilledBy: 'amazon' | 'merchant' | undefined;
  /** Does Amazon offer "Request removal" on this row? undefined = cannot tell (menu not opened). */
  removalOffered: boolean | undefined;
}

/** The header columns of the table this row is in (read once per header element). */
const headerCache = new WeakMap<Element, Column[] | null>();
function tableHeader(row: Element): Column[] | null {
  const table = row.closest(SEL.feedback.table) ?? row.parentElement;
  const header =
    table?.querySelector(SEL.feedback.headerRow) ??
    [...(table?.querySelectorAll(SEL.feedback.row) ?? [])].find((r) => !r.querySelector(`${SEL.feedback.rating}, ${SEL.feedback.orderLink}`)) ??
    null;
  if (!header) return null;
  if (!headerCache.has(header)) headerCache.set(header, headerColumns(header));
  return headerCache.get(header)!;
}

export function extractFeedbackRow(row: HTMLElement, opts: { dayFirst?: boolean } = {}): ExtractedFeedback | null {
  if (row.matches(SEL.feedback.headerRow)) return null;
  const mapped = rowColumns(row, tableHeader(row), opts);
  if (!mapped) return null;
  const cell = (col: Column) => mapped.cells[mapped.roles.indexOf(col)] as HTMLElement | undefined;
  const orderCell = cell('orderId');
  const link = orderCell?.querySelector(SEL.feedback.orderLink);
  const orderId = (link?.getAttribute('label') ?? orderCell?.textContent ?? '').match(ORDER_ID_RE)?.[0];
  const rating = Number(cell('rating')?.querySelector(SEL.feedback.rating)?.getAttribute('value'));
  const commentCell = cell('comment');
  if (!orderId || !commentCell || !Number.isFinite(rating) || rating < 1 || rating > 5) return null;
  // The comment's own element when the cell wraps it in one, else the cell.
  const only = commentCell.childElementCount === 1 && ![...commentCell.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
  const commentEl = (only ? commentCell.firstElementChild : commentCell) as HTMLElement;
  return {
    orderId,
    row,
    rating: Math.round(rating),
    comment: commentEl.textContent ?? '',
    commentEl,
    date: parseLooseDate(cell('date')?.textContent ?? '', opts),
    fulfilledBy: fulfilment(mapped.cells.filter((c) => c !== commentCell)),
    removalOffered: removalOffer(cell('actions')?.querySelector(SEL.feedback.actions) ?? null),
  };
}

function fulfilment(cells: Element[]): 'amazon' | 'merchant' | undefined {
  const text = cells.map((c) => c.textContent ?? '').join(' ');
  if (SEL.feedback.fulfilledByAmazonText.test(text)) return 'amazon';
  if (SEL.feedback.fulfilledBySellerText.test(text)) return 'merchant';
  return undefined;
}

export function extractFeedback(root: Document | Element, opts: { dayFirst?: boolean } = {}): ExtractedFeedback[] {
  const out: ExtractedFeedback[] = [];
  for (const row of root.querySelectorAll<HTMLElement>(SEL.feedback.row)) {
    const f = extractFeedbackRow(row, opts);
    if (f) out.push(f);
  }
  return out;
}
