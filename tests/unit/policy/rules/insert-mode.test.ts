import { describe, expect, it } from 'vitest';
import { lintMessage, RULES } from '../../../../lib/policy/index.ts';

const card = (text: string) => lintMessage(text, { mode: 'insert', deliveryDate: '2026-01-01', now: '2026-11-22', buyerOptedOut: true, contactReason: 'delivery' });

describe("lintMessage(text, { mode: 'insert' })", () => {
  it('contacts, links, phone numbers, warranty sign-up and usage tips raise nothing (no order id, window or opt-out either)', () => {
    expect(card('Questions? Email help@lampco.example, call +1 415 555 0134 or see https://lampco.example/setup and www.lampco.example/faq. Register your warranty at lampco.example/warranty. Tip: dust the shade weekly.')).toEqual([]);
  });
  it('review incentives, gated or positive asks and review-change requests are errors', () => {
    const rules = (t: string) => card(t).map((f) => `${f.rule}:${f.severity}`);
    expect(rules('Leave a review and get a free bulb!')).toContain('review-incentive:error');
    expect(rules('If you love the lamp, please leave a review. Not happy? Contact us first.')).toContain('positive-review-request:error');
    expect(rules('Please update your feedback once we have fixed the issue.')).toContain('review-change-request:error');
    expect(rules('Please leave us a 5-star review!')).toContain('positive-review-request:error');
  });
  it('promotion only when the offer is tied to a review', () => {
    expect(card('Check out our other products at lampco.example.')).toEqual([]);
    expect(card('Write a review and use code THANKS10 for 10% off your next purchase.').map((f) => f.rule)).toEqual(expect.arrayContaining(['review-incentive', 'promotion']));
  });
  it('the rules that apply to cards are marked in the metadata', () => {
    const insertRules = Object.entries(RULES).filter(([, r]) => r.insert).map(([id]) => id).sort();
    expect(insertRules).toEqual(['adult-content', 'custom-phrase', 'positive-review-request', 'promotion', 'review-change-request', 'review-incentive']);
  });
  it('the review rules name the FTC rule as a second source', () => {
    for (const id of ['review-incentive', 'positive-review-request', 'review-change-request'] as const) expect(RULES[id].alsoSource).toMatch(/ecfr\.gov.*part-465/);
    const [f] = lintMessage('Order 112-3456789-0123456. Leave a review and get a gift card!').filter((x) => x.rule === 'review-incentive');
    expect(f!.explanation).toMatch(/16 CFR Part 465/);
  });
});

describe('insert mode: promotion means an offer tied to the review', () => {
  const ids = (t: string) => [...new Set(card(t).map((f) => f.rule))];
  it('a call to visit the site, subscribe or follow beside an honest ask is no reward', () => {
    expect(ids('Thanks for choosing Alder & Pine!\nAn honest review on Amazon, whenever you find the time, is always welcome.\nVisit our website for care tips.')).toEqual([]);
    expect(ids('¡Gracias por tu compra!\nTu reseña sincera en Amazon orienta a quien compra después.\nSuscríbete a nuestra newsletter para recibir recetas.')).toEqual([]);
  });
  it('discounts offered for the review count even several lines below the ask', () => {
    expect(ids('Tell other campers\nPost a review of the stove on Amazon\n\nThen pick your prize:\n- Free shipping\n- 15% off your next order\n- A spare filter')).toEqual(['review-incentive', 'promotion']);
    expect(ids('Dein Feedback zählt\nSchreib eine Rezension auf Amazon.\n\nDanach wartet dein Dankeschön:\n- 10 % Rabatt auf die nächste Bestellung\n- Gratis Versand')).toEqual(['review-incentive', 'promotion']);
  });
});
