// A review not about the product at all: politics, Amazon's website or
// account, test posts. Only fires when nothing in it touches the product.
import type { GroundDetector } from '../context.ts';
import { wholeComment } from './whole-comment.ts';

export const offTopic: GroundDetector = {
  id: 'off-topic',
  kinds: ['review'],
  detect: (ctx) => wholeComment(ctx, ['offtopic'], ['offtopic']),
};
