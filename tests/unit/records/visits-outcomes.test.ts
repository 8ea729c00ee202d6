import { describe, expect, it } from 'vitest';
import { detectOutcomes, doneSteps, isNew, nextVisit, textChanged, VISIT_GAP_MS } from '../../../lib/records/index.ts';
import { rec } from '../insights/build.ts';

const T0 = new Date('2026-03-01T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe('visits', () => {
  it('the first visit has no previous one, so nothing is new on it', () => {
    const v = nextVisit(undefined, 'brand-reviews', T0);
    expect(v).toEqual({ pageKind: 'brand-reviews', currentStart: T0.toISOString(), lastActive: T0.toISOString() });
    expect(isNew({ firstSeen: T0.toISOString() }, v)).toBe(false);
  });

  it('page loads within the gap stay one visit; a long pause starts the next', () => {
    const v1 = nextVisit(undefined, 'brand-reviews', T0);
    const v1b = nextVisit(v1, 'brand-reviews', later(VISIT_GAP_MS - 1000));
    expect(v1b.currentStart).toBe(v1.currentStart);
    expect(v1b.previousStart).toBeUndefined();
    const v2 = nextVisit(v1b, 'brand-reviews', later(2 * VISIT_GAP_MS + 5000));
    expect(v2.previousStart).toBe(v1.currentStart);
    expect(v2.currentStart).toBe(later(2 * VISIT_GAP_MS + 5000).toISOString());
  });

  it('an item first seen during the second visit is new; one seen during the first is not', () => {
    const v1 = nextVisit(undefined, 'brand-reviews', T0);
    const v2 = nextVisit(v1, 'brand-reviews', later(3 * VISIT_GAP_MS));
    expect(isNew({ firstSeen: later(1000).toISOString() }, v2)).toBe(false);
    expect(isNew({ firstSeen: later(3 * VISIT_GAP_MS + 60_000).toISOString() }, v2)).toBe(true);
    expect(isNew({ firstSeen: later(3 * VISIT_GAP_MS).toISOString() }, undefined)).toBe(false);
  });

  it('a clock that went backwards does not start a visit', () => {
    const v1 = nextVisit(undefined, 'feedback-manager', T0);
    expect(nextVisit(v1, 'feedback-manager', later(-5 * VISIT_GAP_MS))).toEqual(v1);
  });
});

describe('outcomes', () => {
  const prev = rec({ id: 'R1', date: '2026-02-01', rating: 2, body: 'The lid cracked after two days.' });
  const worked = { steps: { contact: { done: true, note: '', updatedAt: '' }, understand: { done: true, note: '', updatedAt: '' } } };
  const at = new Date('2026-03-02T00:00:00Z');

  it('records nothing for an item the seller did not work on', () => {
    expect(detectOutcomes(prev, { item: { rating: 5, body: 'All good now.' } }, undefined, at)).toEqual([]);
    expect(detectOutcomes(prev, { item: { rating: 5, body: 'x' } }, { steps: { contact: { done: false, note: 'later', updatedAt: '' } } }, at)).toEqual([]);
    expect(detectOutcomes(undefined, { item: { rating: 5, body: 'x' } }, worked, at)).toEqual([]);
  });

  it('records a rating change with from/to and the steps done', () => {
    const ev = detectOutcomes(prev, { item: { rating: 4, body: prev.item.body } }, worked, at);
    expect(ev).toEqual([{ at: at.toISOString(), kind: 'rating', from: 2, to: 4, after: ['understand', 'contact'] }]);
  });

  it('records a real text edit, not a cut or an appended note', () => {
    expect(textChanged({ body: 'The lid cracked after two days.' }, { body: 'The seller replaced it quickly, thanks.' })).toBe(true);
    expect(textChanged({ body: 'The lid cracked after two days.' }, { body: 'The lid cracked' })).toBe(false);
    expect(textChanged({ body: 'The lid cracked after two days.' }, { body: 'The  lid cracked after two days. A note from Amazon follows.' })).toBe(false);
    const ev = detectOutcomes(prev, { item: { rating: 2, body: 'Replaced quickly, works now.' } }, worked, at);
    expect(ev.map((e) => e.kind)).toEqual(['text']);
    expect(ev[0]!.from).toBe('The lid cracked after two days.');
  });

  it('records removal and strike-through once, on the change', () => {
    expect(detectOutcomes(prev, { item: prev.item, status: 'removed' }, worked, at).map((e) => e.kind)).toEqual(['removed']);
    expect(detectOutcomes({ ...prev, status: 'struck' }, { item: prev.item, status: 'struck' }, worked, at)).toEqual([]);
  });

  it('doneSteps lists done steps in step order', () => {
    expect(doneSteps({ steps: { poa: { done: true, note: '', updatedAt: '' }, report: { done: true, note: '', updatedAt: '' } } })).toEqual(['report', 'poa']);
    expect(doneSteps(undefined)).toEqual([]);
  });
});
