// A review that is only about the seller, shipping, delivery, packaging or
// customer service belongs in seller feedback, not in product reviews. Any
// sentence about the product itself ("arrived late and the zipper broke")
// makes it a product review: not removable.
import type { GroundDetector } from '../context.ts';
import { wholeComment } from './whole-comment.ts';

export const sellerFeedback: GroundDetector = {
  id: 'seller-feedback',
  kinds: ['review'],
  detect: (ctx) =>
    wholeComment(ctx, ['seller', 'delivery', 'packaging', 'amazon', 'price', 'availability'], ['seller', 'delivery', 'packaging', 'amazon']),
};
