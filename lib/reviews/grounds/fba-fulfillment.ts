// Feedback on an order Amazon fulfilled (FBA) that is entirely about delivery,
// packaging or Amazon's own service: Amazon strikes the rating through. Any
// word on the product or on the seller's own service keeps it.
import type { GroundDetector } from '../context.ts';
import { wholeComment } from './whole-comment.ts';

export const fbaFulfillment: GroundDetector = {
  id: 'fba-fulfillment',
  kinds: ['feedback'],
  // Only negative / neutral ratings: Amazon strikes through a rating, never praise.
  detect: (ctx) => (ctx.item.fulfilledBy === 'amazon' && ctx.item.rating <= 3 ? wholeComment(ctx, ['delivery', 'packaging', 'amazon'], ['delivery', 'packaging', 'amazon']) : []),
};
