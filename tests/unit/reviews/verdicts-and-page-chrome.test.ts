// Classes a fresh labelled set of UK reviews (highlighter pens and a games
// console) showed once it had been scored and read, in our own words; the
// real texts stay outside the project.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../lib/reviews/text.ts';
import { ids, review } from './helpers.ts';

describe('"scam" is a verdict, not a claim about the seller', () => {
  it('alone, or with only refund talk, no "removable" rests on it', () => {
    expect(ids(review('Scam.', { title: 'Scam' }))).toEqual([]);
    expect(ids(review('TOTAL SCAM!! NO REFUND!!', { title: 'Scammed' }))).toEqual([]);
    expect(ids(review('A scam. £40 for a tablet.', { title: 'Scam' }))).toEqual([]);
    expect(review('Scam.', { title: 'Scam' }).rootCauses[0]).toBe('quality');
  });
  it('beside a concrete order complaint it is that complaint’s verdict', () => {
    expect(ids(review('The box came with no disc inside. A scam. I want a refund.'))).toEqual(['seller-feedback']);
    expect(ids(review('Complete scam, nothing will ever arrive, do not order.'))).toEqual(['seller-feedback']);
  });
  it('a scammer is a person: the seller', () => {
    expect(ids(review('The seller is a scammer and never sent my order.'))).toEqual(['seller-feedback']);
  });
});

describe('a comparison with the listing', () => {
  it('"not what is displayed on the listing" keeps a damaged arrival the listing’s mismatch', () => {
    const c = review('Came broken, with two blue and one red, which is not what is displayed on the listing.', { title: 'Came broken' });
    expect(ids(c)).toEqual([]);
    expect(c.rootCauses[0]).toBe('not-as-described');
  });
  it('"not pastel as described" is the listing’s promise, not a defect', () => {
    expect(review('These are NOT matte as described, they are glossy.').rootCauses[0]).toBe('not-as-described');
    expect(review('The colours are not at all the same as in the online image.').rootCauses[0]).toBe('not-as-described');
  });
  it('a wrong item sent is still the order’s', () => {
    expect(ids(review('Received the wrong colours. I ordered the dark set.'))).toEqual(['seller-feedback']);
  });
});

describe('order words', () => {
  it('a defective parcel is the parcel’s damage, and a cancelled order is the order’s', () => {
    expect(ids(review('Parcel opened, as my photos show. Not what you want, a parcel in that state, when anyone could have handled it.', { title: 'Defective parcel' }))).toEqual(['seller-feedback']);
    expect(ids(review('I cancelled it.', { title: 'Order was stopped' }))).toEqual(['seller-feedback']);
  });
  it('"over-priced" is the price', () => {
    expect(ids(review('Over-priced.', { title: '£30 for one pen' }))).toEqual(['pricing-availability']);
  });
});

describe('review-page chrome', () => {
  it('"N people found this helpful" lines are read as spaces, offsets unchanged', () => {
    const [f] = fieldsOf({ body: 'It broke in a week.\n21 people found this helpful' });
    expect(f!.text.length).toBe(f!.raw.length);
    expect(f!.text.trim()).toBe('It broke in a week.');
    expect(fieldsOf({ body: 'Eine Person fand diese Informationen hilfreich' })[0]!.text.trim()).toBe('');
    expect(fieldsOf({ body: 'Report abuse' })[0]!.text.trim()).toBe('');
  });
  it('a body of chrome alone leaves the title to speak', () => {
    expect(ids(review('14 people found this helpful', { title: '£900 for a console!' }))).toEqual(['pricing-availability']);
  });
  it('the same words inside a sentence are the reviewer’s own', () => {
    expect(fieldsOf({ body: 'Two people found this helpful at first, but it broke.' })[0]!.text).toContain('people found this helpful');
  });
});

describe('bleeding ink is no wound', () => {
  it('in a review about ink, paper or colours, "bleeds" is the ink’s unless a person is named beside it', () => {
    expect(review('These bleed so much. Every colour bled through the paper.', { title: 'Bleeds badly' }).risks).toEqual([]);
    expect(review('Nice colours, but the ink bleeds through.').risks).toEqual([]);
    expect(review('The paper edge cut my finger and it bled.').risks).toEqual(['safety-risk']);
    expect(review('The blade slipped and my hand was bleeding.').risks).toEqual(['safety-risk']);
  });
});
