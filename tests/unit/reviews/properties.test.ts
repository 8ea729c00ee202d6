// Whatever the text, the classifier returns, its evidence points into the
// field it names, and hostile input stays fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReviewItem, classifyReview } from '../../../lib/reviews/index.ts';

const words = ['fuck', 'f***', 'sh!t', 'seller', 'late', 'broke', 'free', 'review', 'call', '415-555-0198', 'a@b.co', 'www.x.com', 'asdf', 'aaaaaa', '偽物', '発火', 'Scheiße', '\u200b', '😀', '\ud800', '.', '\n', ' ', 'John Smith', 'rep'];
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((a) => a.join(' ')),
);
const item = fc.record({
  kind: fc.constantFrom('review' as const, 'feedback' as const),
  rating: fc.integer({ min: 1, max: 5 }),
  title: fc.option(text, { nil: undefined }),
  body: text,
  date: fc.constantFrom('2026-10-01', '2026-10-01T23:00:00-05:00', 'garbage'),
  fulfilledBy: fc.option(fc.constantFrom('amazon' as const, 'merchant' as const), { nil: undefined }),
  vine: fc.option(fc.boolean(), { nil: undefined }),
});

function check(it: ReviewItem): void {
  const c = classifyReview(it, '2026-11-22');
  expect(c.removable).toBe(c.grounds.length > 0);
  for (const e of [...c.grounds, ...c.riskEvidence]) {
    const field = e.field === 'title' ? it.title : it.body;
    expect(typeof field).toBe('string');
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(field!.length);
    expect(e.quote).toBe(field!.slice(e.start, e.end));
  }
  expect(typeof c.reason.en).toBe('string');
  expect(typeof c.reason.zh).toBe('string');
}

describe('properties', () => {
  it('never throws, and evidence always quotes its field', () => {
    fc.assert(fc.property(item, (it) => check(it)), { numRuns: 600 });
  });

  it.each([
    ['repeated letters', 'a'.repeat(100_000)],
    ['one long sentence', 'the seller was late and '.repeat(4_200).slice(0, 100_000)],
    ['digits and dashes', '555-'.repeat(25_000)],
    ['at signs', 'a@'.repeat(50_000)],
    ['masks', 'f*'.repeat(50_000)],
    ['capitalised words', 'John Smith '.repeat(9_091).slice(0, 100_000)],
    ['dots', 'www.'.repeat(25_000)],
    ['mixed', Array.from({ length: 100_000 }, (_, i) => 'aZ9 .-@*!\n偽'[(i * 7919) % 12]).join('')],
    // A linear pass takes 30-270 ms here; a quadratic one takes minutes. The bound
  // leaves room for a loaded CI machine (two cores, other suites running).
])('100,000 chars of %s classify in linear time (under 3 s)', (_name, body) => {
    for (const it of [
      { kind: 'review' as const, rating: 1, body, title: body.slice(0, 1000), date: '2026-10-01' },
      { kind: 'feedback' as const, rating: 1, body, date: '2026-10-01', fulfilledBy: 'amazon' as const },
    ]) {
      const t0 = performance.now();
      check(it);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
