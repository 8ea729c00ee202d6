// A review that is only about the seller, shipping, delivery, packaging or
// customer service, or about receiving a wrong, damaged, empty or incomplete
// order, belongs in seller feedback, not in product reviews. Any sentence
// about the product itself ("arrived late and the zipper broke") makes it a
// product review: not removable. A claim that the item is fake, used or
// tampered is a claim about the product (an authenticity risk), never this.
import type { GroundDetector } from '../context.ts';
import { detectRisks } from '../risks.ts';
import { wholeComment } from './whole-comment.ts';

export const sellerFeedback: GroundDetector = {
  id: 'seller-feedback',
  kinds: ['review'],
  detect(ctx) {
    const found = wholeComment(
      ctx,
      ['seller', 'delivery', 'packaging', 'amazon', 'price', 'availability'],
      ['seller', 'delivery', 'packaging', 'amazon'],
      // "Wrong product delivered": the mismatch is the delivery's.
      [['delivery', 'mismatch']],
    );
    if (found.length === 0 || detectRisks(ctx.fields).risks.includes('authenticity-risk')) return [];
    return found;
  },
};
