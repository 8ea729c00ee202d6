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
