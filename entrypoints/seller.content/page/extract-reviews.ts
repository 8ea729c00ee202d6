// Brand Customer Reviews: review cards → data. Keyed on data-testid and ids
// (shared/spec/seller-central-dom.md §1), never on labels, so it reads every
// UI language. A card missing the essentials is skipped, not guessed at.
import { SEL } from './selectors.ts';
import { parseLooseDate } from './dates.ts';

export interface ExtractedReview {
  id: string;
  card: HTMLElement;
  rating: number;
  title: string;
  body: string;
  titleEl: HTMLElement | null;
  bodyEl: HTMLElement;
  /** YYYY-MM-DD, from the byline ("Review by … on March 3, 2026"). */
  date: string | undefined;
  asin: string | undefined;
  vine: boolean;
}

const ASIN_RE = /^\s*(B0[A-Z0-9]{8})\s*$/;
const VINE_RE = /\bvine\b/i;

/** The ASIN is a text leaf of its own in the product box ("Child ASIN" / "B0…"). */
function asinIn(box: Element): string | undefined {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = (n.textContent ?? '').match(ASIN_RE);
    if (m) return m[1];
  }
  return undefined;
}

export function reviewIdOf(card: Element): string | null {
  const m = (card.getAttribute('data-testid') ?? '').match(SEL.reviews.cardIdPattern);
  return m ? m[1]! : null;
}

export function extractReview(card: HTMLElement): ExtractedReview | null {
  const id = reviewIdOf(card);
  if (!id) return null;
  const bodyEl = card.querySelector<HTMLElement>(SEL.reviews.body(id));
  const ratingEl = card.querySelector(SEL.reviews.rating);
  const rating = Number(ratingEl?.getAttribute('value'));
  if (!bodyEl || !Number.isFinite(rating) || rating < 1 || rating > 5) return null;
  const titleEl = card.querySelector<HTMLElement>(SEL.reviews.title(id));
  const asinDetail = card.querySelector(SEL.reviews.asinDetail);
  let date: string | undefined;
  let vine = false;
  // Byline and badges: short text leaves outside the title, body and product box.
  const walker = card.ownerDocument.createTreeWalker(card, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || bodyEl.contains(parent) || titleEl?.contains(parent) || asinDetail?.contains(parent)) continue;
    const text = n.textContent ?? '';
    if (text.length > 200) continue;
    if (!date) date = parseLooseDate(text);
    if (VINE_RE.test(text)) vine = true;
  }
  return {
    id,
    card,
    rating: Math.round(rating),
    title: titleEl?.textContent?.trim() ?? '',
    body: bodyEl.textContent ?? '',
    titleEl,
    bodyEl,
    date,
    asin: asinDetail ? asinIn(asinDetail) : undefined,
    vine,
  };
}

export function extractReviews(root: Document | Element): ExtractedReview[] {
  const out: ExtractedReview[] = [];
  for (const card of root.querySelectorAll<HTMLElement>(SEL.reviews.card)) {
    const r = extractReview(card);
    if (r) out.push(r);
  }
  return out;
}
