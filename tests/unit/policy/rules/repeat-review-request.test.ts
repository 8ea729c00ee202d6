import { describe, expect, it } from 'vitest';
import { ORDER, find, span } from './_helpers.ts';

const repeats = (t: string) => find(t, 'repeat-review-request');
const FILLER = 'A quick care note: rinse the pan with warm water, dry it at once and rub in a drop of oil so the surface keeps its seasoning for years.';

describe('repeat-review-request (one ask restated is one request, policy.md §4)', () => {
  it('a request plus a how-to line, a link label, or a feedback+review ask in one breath is one request', () => {
    expect(repeats(`${ORDER}Please leave a review of the pan.\nClick the link below to write your review:\nhttps://www.amazon.com/review/create-review?asin=B0ABC`)).toEqual([]);
    expect(repeats(`${ORDER}Would you share your opinion of the pan in a review?\n\nWrite a review\n`)).toEqual([]);
    expect(repeats(`${ORDER}Could you leave seller feedback and a product review? Both help us.`)).toEqual([]);
    expect(repeats(`${ORDER}Please leave feedback for our store. Also, please review the product.`)).toEqual([]);
  });
  it('two separate asks (after other content, or in a P.S.) repeat; the second is marked', () => {
    const ps = `${ORDER}Please leave a review of the pan. Thanks!\n\nP.S. We would really appreciate a review on Amazon.`;
    const f = repeats(ps);
    expect(f).toHaveLength(1);
    expect(ps.indexOf(span(ps, f[0]!))).toBeGreaterThan(ps.indexOf('P.S.'));
    expect(repeats(`${ORDER}Please leave a review of the pan. ${FILLER} Please write a review on Amazon too.`)).toHaveLength(1);
  });
  it('reviewRequestedBefore makes the first request a repeat', () => {
    expect(find(`${ORDER}Please leave a review.`, 'repeat-review-request', { reviewRequestedBefore: true })).toHaveLength(1);
  });
});
