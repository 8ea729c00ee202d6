// Links (linkify-it + IANA TLDs + strict rules) and phones (libphonenumber-js):
// the look-alikes real reviews are full of must never become a ground.
import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../lib/reviews/links.ts';
import { ids, review } from './helpers.ts';

describe('findLinks', () => {
  it.each(['It broke.It was bad.', 'Got it for my feeder.My son loves it', 'Shipped from Europe.In two days it broke', 'Good at it.PRO tip: skip it', 'Worked for a day.no refund either.do not bother', '3.5 stars, e.g. the lid'])(
    'a missing space is no domain: %s',
    (text) => expect(findLinks(text)).toEqual([]),
  );
  it.each([
    ['Buy it at shop.com instead', 'shop.com'],
    ['see www.example.info for more', 'www.example.info'],
    ['https://bit.ly/3abc', 'bit.ly'],
    ['Cheaper at MYSTORE.DE', 'MYSTORE.DE'],
    ['order from mystore.co.uk', 'mystore.co.uk'],
  ])('finds %s', (text, host) => expect(findLinks(text).map((l) => l.host)).toEqual([host]));
  it('gives exact offsets', () => {
    const text = 'Go to shop.com now';
    const [l] = findLinks(text);
    expect(text.slice(l!.start, l!.end)).toBe('shop.com');
  });
  it('never makes a complaint promotional', () => expect(ids(review('It broke.It was bad. Worked for a day.no refund either.'))).toEqual([]));
});

describe('phones', () => {
  it.each(['Call me on (555) 201-4477 if you need proof.', 'Contact me: +44 20 7946 0018', 'Regards, Jane Doe 9876543210', '電話は090-1234-5678です。返品したい。'])(
    'a valid number is personal information: %s',
    (text) => expect(ids(review(text))).toContain('personal-info'),
  );
  it.each([
    'Ordered 2026-10-24 (10 days late), still broken.',
    'Postal code 262-0003 on the label, the box was wet.',
    'Order 112-4476021-3398854 arrived broken.',
    'Model 5551234567X stopped working.',
    'Battery is 10000 mAh, charges twice.',
    'See http://www.amazon.com/dp/B0TEST1234/ref=sr_1_1?qid=1730000123 for the better one',
  ])('dates, postal codes, order and model numbers never fire: %s', (text) => expect(ids(review(text))).not.toContain('personal-info'));
});
