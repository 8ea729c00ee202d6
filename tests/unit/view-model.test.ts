import { describe, expect, it } from 'vitest';
import { annotationView, urgentDeadline } from '../../lib/present/annotation-view.ts';
import { classifyReview } from '../../lib/reviews/index.ts';

const NOW = '2026-11-22';
const profane = classifyReview({ kind: 'review', rating: 1, body: 'This f***ing kettle leaks. What a piece of sh!t.', date: '2026-11-18' }, NOW);
const harsh = classifyReview({ kind: 'review', rating: 1, body: 'Leaked after two days. Worst kettle I have ever owned.', date: '2026-11-18' }, NOW);
const fba = classifyReview(
  { kind: 'feedback', rating: 1, body: 'Package arrived 5 days late and the box was soaking wet', date: '2026-11-18', fulfilledBy: 'amazon' },
  NOW,
);

describe('annotation view', () => {
  it('names the ground of a removable review and the report deadline', () => {
    const v = annotationView(profane, { lang: 'en', kind: 'review' });
    expect(v.removable).toBe(true);
    expect(v.badge).toMatch(/^Removable — Profanity/);
    expect(v.evidence.length).toBeGreaterThan(0);
    expect(v.deadline?.text).toMatch(/^report within \d+ days$/);
  });

  it('says "Not removable" for a harsh genuine review, with the contact deadline instead', () => {
    const v = annotationView(harsh, { lang: 'en', kind: 'review' });
    expect(v.badge).toBe('Not removable');
    expect(v.reason).toMatch(/^Not removable/);
    expect(urgentDeadline(harsh)?.id).toBe('contact-buyer');
    expect(v.deadline?.text).toMatch(/^contact buyer within/);
  });

  it('speaks Chinese', () => {
    const v = annotationView(profane, { lang: 'zh', kind: 'review' });
    expect(v.badge).toMatch(/^可移除/);
    expect(v.selectText).toBe('打开处理清单');
  });

  it('on Feedback Manager, names the reason to pick in Amazon\'s form when removal is offered', () => {
    const v = annotationView(fba, { lang: 'en', kind: 'feedback', removalOffered: true });
    expect(v.removal?.offered).toBe(true);
    expect(v.removal?.text).toMatch(/choose “/);
    expect(annotationView(fba, { lang: 'en', kind: 'feedback', removalOffered: false }).removal?.text).toMatch(/does not offer/);
  });

  it('does not send the seller after feedback Amazon already struck through', () => {
    const v = annotationView(fba, { lang: 'en', kind: 'feedback', struck: true });
    expect(v.badge).toBe('Already struck through by Amazon');
    expect(v.reason).toMatch(/Nothing to report/);
    expect(v.deadline).toBeNull();
  });

  it('shows checklist progress once the seller started it', () => {
    expect(annotationView(harsh, { lang: 'en', kind: 'review', progress: { done: 3, total: 6 } }).progress).toBe('3/6 done');
    expect(annotationView(harsh, { lang: 'en', kind: 'review' }).progress).toBeNull();
  });
});

describe('struck-through and conditional feedback', () => {
  const base = classifyReview({ kind: 'feedback', rating: 1, body: 'Package arrived 5 days late and the box was soaking wet.', date: '2026-11-20' }, new Date('2026-11-22'));

  it('says "already struck through by Amazon" for a row carrying Amazon\'s note, and offers nothing to report', () => {
    const c = classifyReview(
      {
        kind: 'feedback',
        rating: 1,
        body: 'Package arrived 5 days late. This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.',
        date: '2026-11-20',
      },
      new Date('2026-11-22'),
    );
    expect(c.struckByAmazon).toBe(true);
    const v = annotationView(c, { lang: 'en', kind: 'feedback', removalOffered: true });
    expect(v.struck).toBe(true);
    expect(v.badge).toBe('Already struck through by Amazon');
    expect(v.removal).toBeNull();
    expect(v.deadline).toBeNull();
  });

  it('shows a late seller-fulfilled delivery as eligible only with Buy Shipping, never plainly removable', () => {
    const c = { ...base, removable: false, grounds: [], conditionalGrounds: [{ id: 'buy-shipping' as const, field: 'body' as const, start: 0, end: 24, quote: 'Package arrived 5 days late' }] };
    for (const lang of ['en', 'zh'] as const) {
      const v = annotationView(c, { lang, kind: 'feedback' });
      expect(v.removable).toBe(false);
      expect(v.conditional).toBe(true);
      expect(v.badge).toBe(lang === 'en' ? 'Eligible only if you shipped on time with Buy Shipping' : '仅当您使用购买配送（Buy Shipping）按时发货时才符合条件');
      expect(v.evidence.map((e) => e.quote)).toContain('Package arrived 5 days late');
    }
  });

  it('never says "not offered" from an unopened menu: it says where to look', () => {
    const c = classifyReview({ kind: 'feedback', rating: 1, body: 'Broke after a week, cheap plastic.', date: '2026-11-20' }, new Date('2026-11-22'));
    expect(c.removable).toBe(true);
    const v = annotationView(c, { lang: 'en', kind: 'feedback', removalOffered: undefined });
    expect(v.removal?.text).toMatch(/^Open this row’s Actions menu/);
  });
});
