// Classes that real garden and pest-control reviews showed (a fresh labelled
// set, read after it was scored once), in our own words; the real texts stay
// outside the project.
import { describe, expect, it } from 'vitest';
import { ids, review } from './helpers.ts';

describe('fewer units than the listing’s own count', () => {
  it('is the listing’s mismatch, not an item left out of the order', () => {
    expect(ids(review('The title says set of 6 glasses. Only two came in the box.'))).toEqual([]);
    expect(review('The title says set of 6 glasses. Only two came in the box.').rootCauses[0]).toBe('not-as-described');
    expect(ids(review('Paid for a 12-count bag of filters and got a single filter.'))).toEqual([]);
    expect(ids(review('Supposed to be a pack of 4 but only received one. Far too much money for one.'))).toEqual([]);
  });
  it('a count without a shortfall, or a shortfall without a listed count, is read as before', () => {
    expect(ids(review('Ordered the pack of 3 two weeks ago and it never arrived. The seller does not answer.'))).toEqual(['seller-feedback']);
    expect(ids(review('The box came open and only one glass was inside, broken.'))).not.toContain('pricing-availability');
  });
});

describe('what the product is for, and what it is', () => {
  it('"has not killed" and "didn’t repel" are the product failing at its job', () => {
    expect(review('Has not killed a single ant, and it cost a lot.').grounds).toEqual([]);
    expect(review('The spray didn’t repel the deer at all. Pricey too.').grounds).toEqual([]);
  });
  it('outdated stock and a product called dangerous are the product, even beside the seller', () => {
    expect(ids(review('The seller shipped out dated fertilizer from three seasons ago.'))).toEqual([]);
    expect(ids(review('This cleaner is dangerous and the seller will not take it back.'))).toEqual([]);
  });
  it('"not strong enough for the price" measures the thing, not the price', () => {
    expect(ids(review('Not nearly strong enough for the price.'))).toEqual([]);
  });
});

describe('order words that are something else', () => {
  it('"free shipping" is a term of the price, and a costly return is not the price', () => {
    expect(ids(review('Way overpriced. The hardware store down the road has it for less with free shipping.'))).not.toContain('seller-feedback');
    expect(ids(review('No hook to hang it by, and the return is expensive.'))).toEqual([]);
    expect(ids(review('The return is expensive.'))).not.toContain('pricing-availability');
  });
  it('throwing it in the trash is what the buyer did, not a verdict on the product', () => {
    expect(ids(review('The jug showed up damaged and spilled across the doormat. I threw it in the trash.'))).toEqual(['seller-feedback']);
    expect(ids(review('The jug leaked in the shipment and soaked the box.'))).toEqual(['seller-feedback']);
    expect(ids(review('Total trash, the nozzle clogged on day one.'))).toEqual([]);
  });
});

describe('what a product did is not how it came', () => {
  it('"did not get rid of" and "came in contact with" are the product’s effect', () => {
    expect(ids(review('Did not get rid of the fruit flies.'))).toEqual([]);
    expect(ids(review('Scorched every leaf it came in contact with.'))).toEqual([]);
    expect(ids(review('Did not get the parcel at all. The seller never replied.'))).toEqual(['seller-feedback']);
  });
  it('advice on handling this product names no other product', () => {
    expect(ids(review('It stung my hands. I advise USE GLOVES!!'))).toEqual([]);
    expect(ids(review('It stung my hands. I recommend Hartwell instead.'))).toEqual(['promotional']);
  });
});

describe('harm to plants is not a safety risk', () => {
  it('burning plants is the product failing; burning a person or a pet is a risk', () => {
    expect(review('Did nothing to the aphids but burned my tomatoes.').risks).toEqual([]);
    expect(review('Not safe to use for houseplants, it scorched them.').risks).toEqual([]);
    expect(review('It burned my hands while I sprayed the roses.').risks).toEqual(['safety-risk']);
  });
});

describe('sent elsewhere to buy', () => {
  it('"buy better, cheaper ones at <store>" is advice to buy elsewhere, whatever adjectives come between', () => {
    expect(ids(review('Waste of money. You can buy better, cheaper mats at Target.'))).toEqual(['promotional']);
    expect(ids(review('Overpriced. Get the same cheaper kit from Walmart.'))).toEqual(['promotional']);
  });
  it('buying a part or a refill there is no advice', () => {
    expect(ids(review('The pump died, so I had to buy new hoses at Walmart.'))).not.toContain('promotional');
    expect(ids(review('It broke, so I had to buy a better one at Target.'))).not.toContain('promotional');
  });
  it('"next time I will order from <Brand>" names where to go; an unnamed shop names nothing', () => {
    expect(ids(review('The seams split in a week. Next time I will order from Norland instead of this brand.'))).toEqual(['promotional']);
    expect(ids(review('The seams split in a week. Next time I will order from a local shop.'))).toEqual([]);
    expect(ids(review('The seams split in a week. Next time I will order from Amazon directly.'))).toEqual([]);
    expect(ids(review('The seams split in a week. Next time I will buy the XL.'))).toEqual([]);
    expect(ids(review('Too small. Next time I will get the Blue one.'))).toEqual([]);
    expect(ids(review('Meh. Next time I will buy it at Christmas.'))).toEqual([]);
    expect(ids(review('Broke in a week. Next time I will stick with Samsung.'))).toEqual(['promotional']);
    // A shipping speed is no brand: the complaint stays the order's.
    expect(ids(review('It came a week late. Next time I will go with Prime shipping.'))).toEqual(['seller-feedback']);
    expect(ids(review('It came a week late. Next time I will order Express delivery.'))).toEqual(['seller-feedback']);
  });
});
