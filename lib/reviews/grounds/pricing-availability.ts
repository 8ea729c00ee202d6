// A review only about the price or availability ("price doubled overnight",
// "always out of stock"). "Not worth the money, it broke" is about the product.
import type { GroundDetector } from '../context.ts';
import { wholeComment } from './whole-comment.ts';

export const pricingAvailability: GroundDetector = {
  id: 'pricing-availability',
  kinds: ['review'],
  detect: (ctx) =>
    wholeComment(ctx, ['price', 'availability', 'seller', 'delivery', 'packaging', 'amazon'], ['price', 'availability']),
};
