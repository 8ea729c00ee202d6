// Properties that must hold for any input: no exception, offsets inside the
// text and ordered, spans on the right characters, and linear time on
// hostile input (no catastrophic backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintMessage, normalize, toOriginal, type LintContext } from '../../../lib/policy/index.ts';

const pieces = fc.constantFrom(
  '@', ' at ', '(at)', '[dot]', ' dot ', 'http://', 'https://', 'www.', '.com', 'review', 'refund', 'gift card', 'update', '5-star', '\u200b', '\n\n\n',
  '😀', '👨‍👩‍👧', ':)', '<b>', '&nbsp;', '123-4567890-1234567', '+1 555 123 4567', 'ａ', 'ß', 'ﾋﾞ', 'レビュー', '返金', '\ud800', '\udfff', 'а', ' ', '.', '?',
);
const messy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join('')),
);
const context: fc.Arbitrary<LintContext> = fc.record(
  {
    orderDate: fc.constantFrom('2024-01-01', '2024-03-01'),
    now: fc.constantFrom('2024-03-15', '2024-06-01'),
    buyerInitiated: fc.boolean(),
    reviewRequestedBefore: fc.boolean(),
    buyerOptedOut: fc.boolean(),
    buyerLanguage: fc.constantFrom('es', 'English', '日本語', 'xx'),
  },
  { requiredKeys: [] },
);

describe('lintMessage properties', () => {
  it('never throws; spans are within the text and ordered', () => {
    fc.assert(
      fc.property(messy, context, (text, ctx) => {
        for (const f of lintMessage(text, ctx)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('email spans land on the address (an @ or an at-spelling inside)', () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/);
    const at = fc.constantFrom('@', ' @ ', ' (at) ', '[at]', '＠', ' at ');
    const dot = fc.constantFrom('.', ' (dot) ', '[dot]', ' dot ', '．');
    const noise = fc.constantFrom('', '\u200b', '\u00ad');
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), local, noise, at, fc.constantFrom('gmail', 'shopmail', 'web'), dot, fc.constantFrom('com', 'de', 'net'), fc.string({ maxLength: 40 }), (pre, l, z, a, d, dt, tld, post) => {
        const addr = l.slice(0, 1) + z + l.slice(1) + a + d + dt + tld;
        const text = `${pre} ${addr} ${post}`;
        const emails = lintMessage(text).filter((f) => f.rule === 'email-address');
        for (const f of emails) expect(text.slice(f.start, f.end)).toMatch(/@|＠|\bat\b/i);
        // A plain-word " at " counts only with a mail provider or a spelled "dot", and not after an
        // ordinary word ("look at shop.com", "it is at gmail.com" are prose).
        const prose = ['me', 'us', 'you', 'him', 'her', 'them', 'it', 'this', 'that', 'look', 'here', 'there', 'home', 'is', 'are', 'was', 'be'];
        const unambiguous = a !== ' at ' || ((d === 'gmail' || dt.includes('dot')) && !prose.includes(l));
        if (unambiguous && !/[@＠]|\bat\b/i.test(pre + post)) expect(emails.some((f) => f.start <= text.indexOf(addr) + 1 && f.end >= text.indexOf(addr) + addr.length - 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the offset map of normalize is monotone and points into the original', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const n = normalize(text);
        let prev = 0;
        for (let i = 0; i < n.text.length; i++) {
          const [s, e] = toOriginal(n, i, i + 1);
          expect(s).toBeGreaterThanOrEqual(prev);
          expect(e).toBeLessThanOrEqual(text.length);
          expect(s).toBeLessThan(e);
          prev = s;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lints 100,000-char hostile inputs in well under a second each', () => {
    const hostile = [
      'a'.repeat(100_000),
      '@'.repeat(100_000),
      'h t t p : / / '.repeat(7200),
      ' '.repeat(100_000),
      '1'.repeat(100_000),
      '1 '.repeat(50_000),
      'a.'.repeat(50_000),
      'a@'.repeat(50_000),
      'review refund '.repeat(7200),
      'x at y dot '.repeat(9100),
      '<b'.repeat(50_000),
      '&#'.repeat(50_000),
      '\u200b'.repeat(100_000),
      '😀'.repeat(50_000),
      'j o h n @ '.repeat(10_000),
      '-1'.repeat(50_000),
      ':)'.repeat(50_000),
      '\n'.repeat(100_000),
      'www.'.repeat(25_000),
      'https://a.com/'.repeat(7200),
      // Review asks, P.S. lines, sites asking for an email, phone-like runs: the §4 rules' paths.
      'Please leave a review. '.repeat(4400),
      'P.S. please leave a review\n'.repeat(3700),
      'visit shop.com and enter your email. '.repeat(2700),
      '2026-10-24 (10 '.repeat(6600),
      '+1 415 555 0134 '.repeat(6200),
      'https://www.amazon.com/dp/B0ABC '.repeat(3100),
      // Addresses beside handles (a failed link anchor once searched the whole rest of the text), funnel offers, questions.
      'a@b.co @xyz '.repeat(8300),
      'Everyone who reviews gets a free gift. '.repeat(2600),
      'Love it? Please leave a review. Problem? Contact us before you write a review. '.repeat(1250),
      '欢迎留下评价。滤网建议每两个月清洗一次。'.repeat(5000),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      lintMessage(text, { buyerLanguage: 'es', deliveryDate: '2026-11-20', now: '2026-11-22', contactReason: 'delivery', hasAttachment: true });
      const ms = performance.now() - t0;
      expect(ms, JSON.stringify(text.slice(0, 12))).toBeLessThan(500);
    }
  });

  it('time grows roughly linearly with length', () => {
    const unit = 'Hi, order 112-3456789-0123456: please update your review at john (at) mail dot com http://x.co 555-123-4567 😀. Please leave a review. P.S. Leave us feedback\n';
    const time = (n: number): number => {
      const t = unit.repeat(n);
      lintMessage(t);
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) lintMessage(t);
      return (performance.now() - t0) / 3;
    };
    time(20);
    const small = Math.max(time(100), 0.05);
    const large = time(1000);
    expect(large / small).toBeLessThan(40); // 10× the text: well under quadratic (100×)
  });
});
