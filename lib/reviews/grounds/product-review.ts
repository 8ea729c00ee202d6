// Seller feedback that is entirely a product review ("the Acme widget is
// slow") can be removed; as soon as any part is about the seller's service,
// delivery, or the item not matching the listing, it stays (Amazon's rule).
import type { GroundDetector } from '../context.ts';
import { wholeComment } from './whole-comment.ts';

export const productReview: GroundDetector = {
  id: 'product-review',
  kinds: ['feedback'],
  // Only negative / neutral ratings: removing praise is never what the seller wants.
  detect: (ctx) => (ctx.item.rating <= 3 ? wholeComment(ctx, ['product'], ['product']) : []),
};
