// Classes that real clothing and video-game reviews showed (a fresh labelled
// set, read after it was scored once), in our own words; the real texts stay
// outside the project.
import { describe, expect, it } from 'vitest';
import { ids, review } from './helpers.ts';

describe('an empty case is the order’s complaint', () => {
  it('a case or box with nothing inside is seller feedback', () => {
    expect(ids(review('The shrink wrap was intact, but the case had no disc inside.'))).toEqual(['seller-feedback']);
    expect(ids(review('Opened it on his birthday and what was inside... nothing.', { title: 'Case empty' }))).toEqual(['seller-feedback']);
    expect(review('Opened it on his birthday and what was inside... nothing.').rootCauses[0]).toBe('logistics');
  });
  it('a missing manual is not a missing item, and a product verdict keeps the review', () => {
    expect(ids(review('No manual inside, so setup took an hour.'))).toEqual([]);
    expect(ids(review('The case had no disc inside. The game itself is boring anyway.'))).toEqual([]);
  });
  it('"shocked" alone is a mood; shocking someone is the product’s', () => {
    expect(ids(review('The tracking said delivered but the case had no game inside.', { title: 'Shocked' }))).toEqual(['seller-feedback']);
    expect(review('The charger shocked me the first time I plugged it in.').risks).toEqual(['safety-risk']);
  });
});

describe('buying a named rival instead', () => {
  it('"buy the Acme shorts instead" and "save your money - try the Acme shorts" promote another product', () => {
    expect(ids(review('The seams split in a week. Buy the Hartwell joggers instead.'))).toEqual(['promotional']);
    expect(ids(review('The hem curls. Keep your cash - try the Hartwell joggers.'))).toEqual(['promotional']);
  });
  it('an unnamed alternative, or another edition, is no ad', () => {
    expect(ids(review('The zipper jammed on day two. Get a sturdier pair instead.'))).toEqual([]);
    expect(ids(review('It lags constantly - try the Xbox version.'))).toEqual([]);
  });
});

describe('a verdict beside a price is not a price-only review', () => {
  it('"fine for the price" judges the product', () => {
    expect(ids(review('fine for the price', { rating: 3, title: 'Three Stars' }))).toEqual([]);
    expect(ids(review('Dont buy. Spend your 20 dollars on something else', { title: 'Skip it' }))).toEqual([]);
  });
  it('a complaint about the price alone still is', () => {
    expect(ids(review('Way too expensive for what it is.'))).toEqual(['pricing-availability']);
  });
});

describe('skin irritation from clothing is a safety claim; an irritating person is not', () => {
  const risks = (body: string) => review(body).risks;
  it('scratchy, sharp or itchy and irritating', () => {
    expect(risks('The collar is coarse and irritating on the neck all day.')).toEqual(['safety-risk']);
    expect(risks('The label in the back is itchier than wool.')).toEqual(['safety-risk']);
    expect(risks('The waistband is sharp and irritating.')).toEqual(['safety-risk']);
  });
  it('rude service is no harm', () => {
    expect(risks('Customer support was rough and irritating to deal with.')).toEqual([]);
  });
});

describe('root causes: fit, fabric and colour against what was listed; a game’s design is taste', () => {
  const cause = (body: string) => review(body, { rating: 3 }).rootCauses[0];
  it('fit and fabric other than expected are not-as-described', () => {
    expect(cause('Fits me like a tent, and the sizing is not very accurate.')).toBe('not-as-described');
    expect(cause('Much thicker fabric than I expected for summer sleepwear.')).toBe('not-as-described');
    expect(cause('Not 100% cotton as the page says.')).toBe('not-as-described');
    expect(cause('Really baggy on me.')).toBe('not-as-described');
  });
  it('a seam that rips is still a defect', () => {
    expect(cause('The seam ripped the first time I wore them.')).toBe('quality');
  });
  it('a bare verdict on a game is taste; a game that crashes is a fault', () => {
    expect(cause('Most boring party game we own.')).toBe('preference');
    expect(cause('Worst game ever, it crashes every level.')).toBe('quality');
  });
});
