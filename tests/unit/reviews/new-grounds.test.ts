// conflict-of-interest, illegal-dangerous and the conditional buy-shipping.
import { describe, expect, it } from 'vitest';
import { feedback, ids, review } from './helpers.ts';

describe('conflict-of-interest', () => {
  it.each([
    'Full disclosure: I sell a similar product and this one is worse.',
    'I work for a competing brand and this motor is junk.',
    'The seller is my brother, but the lid still leaks.',
    'Ich arbeite bei einem Konkurrenten, der Akku ist schwach.',
  ])('fires on the reviewer\'s own stake: %s', (body) => {
    expect(ids(review(body))).toContain('conflict-of-interest');
  });
  it.each(['I work at a hospital and these shoes fell apart.', 'My sister recommended this brand; it broke.', 'I have sold gadgets for years and never saw one this dull.'])(
    'not on a job or a recommendation: %s',
    (body) => expect(ids(review(body))).not.toContain('conflict-of-interest'),
  );
  it('quotes exact offsets', () => {
    const body = 'Honestly, I work for a competitor. It broke.';
    const g = review(body).grounds.find((x) => x.id === 'conflict-of-interest')!;
    expect(body.slice(g.start, g.end)).toBe(g.quote);
    expect(g.quote).toBe('I work for a competitor');
  });
});

describe('illegal-dangerous', () => {
  it.each(['Pro tip: remove the blade guard and it cuts faster.', 'You can bypass the thermostat with a clip.', 'Just mix it with bleach for tough stains.'])(
    'fires on advice to misuse: %s',
    (body) => expect(ids(review(body))).toContain('illegal-dangerous'),
  );
  it.each(['The guard fell off and nearly cut my hand. Dangerous!', 'I had to remove the safety guard to clear a jam.', 'Do not mix with bleach, the label says.'])(
    'never on a complaint that it is dangerous (that is a safety risk): %s',
    (body) => expect(ids(review(body))).not.toContain('illegal-dangerous'),
  );
});

describe('buy-shipping (conditional)', () => {
  it('is listed apart and never makes seller-fulfilled late feedback removable', () => {
    const c = feedback('Package never arrived. Still waiting after three weeks.');
    expect(c.removable).toBe(false);
    expect(c.grounds).toEqual([]);
    expect(c.conditionalGrounds).toEqual([{ id: 'buy-shipping', field: 'body', start: 0, end: 22, quote: 'Package never arrived.' }]);
    expect(c.reason.en).toMatch(/eligible if you shipped on time with Buy Shipping/i);
    expect(c.reason.zh).toMatch(/Buy Shipping/);
  });
  it('needs late or lost delivery, a seller-fulfilled order, and nothing else', () => {
    expect(feedback('Arrived on time, nicely packed.').conditionalGrounds).toEqual([]);
    expect(feedback('Package never arrived.', { fulfilledBy: 'amazon' }).conditionalGrounds).toEqual([]);
    expect(feedback('Package arrived late and the seller was rude when I asked.').conditionalGrounds).toEqual([]);
    expect(feedback('Package never arrived.', { rating: 5 }).conditionalGrounds).toEqual([]);
  });
});
