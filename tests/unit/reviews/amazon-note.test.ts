import { describe, expect, it } from 'vitest';
import { splitAmazonNote } from '../../../lib/reviews/index.ts';
import { feedback, review } from './helpers.ts';

const EN_NOTE = 'This item was fulfilled by Amazon, and we take responsibility for this fulfillment experience.';

describe('splitAmazonNote', () => {
  it('finds the English note at the end and keeps exact offsets', () => {
    const text = `Box arrived crushed. ${EN_NOTE}`;
    const s = splitAmazonNote(text);
    expect(s.comment).toBe('Box arrived crushed.');
    expect(s.note).toEqual({ start: 21, end: text.length, lang: 'en' });
    expect(text.slice(s.note!.start, s.note!.end)).toBe(EN_NOTE);
  });
  it('finds the Chinese note by its "message from Amazon" prefix', () => {
    const text = '外箱破损。来自亚马逊的消息：此商品由亚马逊配送，我们对此配送体验负责。';
    const s = splitAmazonNote(text);
    expect(s.comment).toBe('外箱破损。');
    expect(s.note?.lang).toBe('zh');
    expect(text.slice(s.note!.start)).toMatch(/^来自亚马逊的消息/);
  });
  it('reads the other marketplaces loosely', () => {
    expect(splitAmazonNote('Zu spät. Dieser Artikel wurde von Amazon versandt und wir übernehmen die Verantwortung für dieses Versanderlebnis.').note?.lang).toBe('de');
    expect(splitAmazonNote('Colis abîmé. Cet article a été expédié par Amazon et nous assumons la responsabilité de cette expérience.').note?.lang).toBe('fr');
    expect(splitAmazonNote('箱が潰れていた。この商品はAmazonが発送しました。配送についてはAmazonが責任を負います。').note?.lang).toBe('ja');
  });
  it('leaves a buyer who merely mentions Amazon alone', () => {
    expect(splitAmazonNote('Fulfilled by Amazon but still late. Amazon should take responsibility.').note).toBeNull();
    expect(splitAmazonNote(`${EN_NOTE} But the seller never answered me.`).note).toBeNull();
  });
});

describe('classifyReview with the note', () => {
  it('is already struck through: not removable, no ground, causes from the buyer text only', () => {
    const c = feedback(`Box arrived crushed and late. ${EN_NOTE}`, { fulfilledBy: 'amazon' });
    expect(c.struckByAmazon).toBe(true);
    expect(c.removable).toBe(false);
    expect(c.grounds).toEqual([]);
    expect(c.reason.en).toMatch(/already struck through by Amazon/i);
    expect(c.reason.zh).toMatch(/亚马逊已划掉/);
    expect(c.rootCauses[0]).toBe('logistics');
  });
  it('defaults to false everywhere else', () => {
    expect(feedback('Box arrived crushed and late.', { fulfilledBy: 'amazon' }).struckByAmazon).toBe(false);
    expect(review(`Broke in a day. ${EN_NOTE}`).struckByAmazon).toBe(false);
  });
});
