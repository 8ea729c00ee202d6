import { describe, expect, it } from 'vitest';
import { ORDER, find, span } from './_helpers.ts';

const ASK = `${ORDER}We hope the kettle works well. Please share your honest review of it on Amazon.`;
const at = (deliveryDate: string, now = '2026-11-22') => find(ASK, 'review-request-window', { deliveryDate, now });

describe('review-request-window', () => {
  it('fires before day 5 and after day 30 from delivery, at the request, as an error', () => {
    expect(at('2026-11-20')).toHaveLength(1);
    expect(at('2026-11-18')).toHaveLength(1);
    expect(at('2026-11-17')).toEqual([]); // day 5
    expect(at('2026-10-23')).toEqual([]); // day 30
    expect(at('2026-10-22')).toHaveLength(1); // day 31
    const [f] = at('2026-11-20');
    expect(f!.severity).toBe('error');
    expect(span(ASK, f!)).toMatch(/review/);
    expect(f!.source).toMatch(/solicitations/);
  });
  it('is silent without a delivery date (the order date says nothing about when the buyer got it)', () => {
    expect(find(ASK, 'review-request-window', { orderDate: '2026-11-21', now: '2026-11-22' })).toEqual([]);
    expect(find(ASK, 'review-request-window')).toEqual([]);
  });
  it('is silent on a message without a review request', () => {
    expect(find(`${ORDER}The spare lid ships on Monday.`, 'review-request-window', { deliveryDate: '2026-11-21', now: '2026-11-22' })).toEqual([]);
  });
  it('covers feedback requests and other languages', () => {
    const ctx = { deliveryDate: '2026-11-21', now: '2026-11-22' };
    expect(find(`${ORDER}Would you leave feedback about us as a seller?`, 'review-request-window', ctx)).toHaveLength(1);
    expect(find(`${ORDER}Bitte schreiben Sie eine Bewertung zu der Lampe.`, 'review-request-window', ctx)).toHaveLength(1);
    expect(find(`${ORDER}Per favore, lasci una recensione del prodotto.`, 'review-request-window', ctx)).toHaveLength(1);
  });
});
