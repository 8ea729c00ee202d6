import { describe, expect, it } from 'vitest';
import { badgeText, isNewUnopened, newUnopenedCount, sortForPicker } from '../../../lib/checklist/index.ts';
import type { ReviewRecord } from '../../../lib/records/index.ts';
import { rec } from '../insights/build.ts';
import { NOW } from './samples.ts';

const mk = (id: string, rating: number, extra: Partial<ReviewRecord> = {}): ReviewRecord => ({ ...rec({ id, date: '2026-02-25', rating, causes: ['quality'] }), ...extra });

describe('new since the last visit', () => {
  const fresh1 = mk('N1', 1, { arrivedNew: true });
  const fresh3 = mk('N3', 3, { arrivedNew: true });
  const fresh5 = mk('N5', 5, { arrivedNew: true });
  const old2 = mk('O2', 2);
  const removed = mk('NR', 1, { arrivedNew: true, status: 'removed' });
  const all = [old2, fresh5, fresh3, removed, fresh1];

  it('counts new 1–3★ items not opened yet (not 4–5★, not removed by Amazon, not seen on the first visit)', () => {
    expect(newUnopenedCount(all, new Set())).toBe(2);
    expect(isNewUnopened(fresh5, new Set())).toBe(false);
    expect(isNewUnopened(old2, new Set())).toBe(false);
  });

  it('opening an item clears it from the count (a Set or the opened records)', () => {
    expect(newUnopenedCount(all, new Set(['N1']))).toBe(1);
    expect(newUnopenedCount(all, [{ reviewId: 'N1' }, { reviewId: 'N3' }])).toBe(0);
  });

  it('badge text: empty for none, 99+ above 99', () => {
    expect([badgeText(0), badgeText(7), badgeText(100)]).toEqual(['', '7', '99+']);
  });

  it('the picker lists new unopened items first, then the rest, each by urgency', () => {
    const order = sortForPicker(all, NOW, new Set()).map((r) => r.id);
    expect(order.slice(0, 2).sort()).toEqual(['N1', 'N3']);
    expect(order).toHaveLength(all.length);
    const afterOpen = sortForPicker(all, NOW, new Set(['N1'])).map((r) => r.id);
    expect(afterOpen[0]).toBe('N3');
  });
});
