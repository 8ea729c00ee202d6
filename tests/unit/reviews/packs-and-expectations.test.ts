// Classes a fresh labelled set of grocery reviews (popcorn, oil and salt)
// showed once it had been scored and read, in our own words; the real texts
// stay outside the project.
import { describe, expect, it } from 'vitest';
import { ids, review } from './helpers.ts';

const cause = (body: string) => review(body).rootCauses[0];

describe('a pack that gave way on the trip', () => {
  it('"the bag was split open", "bags that ripped open", contents loose in the box are the arrival’s', () => {
    expect(ids(review('When it came the bag was split open and the rice was lying loose in the box!'))).toEqual(['seller-feedback']);
    expect(ids(review('Three bags of beans that ripped open on the way.'))).toEqual(['seller-feedback']);
  });
  it('who the order was for ("ordered this as a Christmas gift", "ruined for gift giving") is story, not a verdict', () => {
    expect(ids(review('Ordered this for a Christmas gift. When it came the bag was split open and the rice was lying loose in the box! Ruined for gift giving.'))).toEqual(['seller-feedback']);
    expect(ids(review('This was a birthday present. It broke on the first day.'))).toEqual([]);
  });
  it('an incomplete order is the order’s', () => {
    expect(ids(review('Incomplete order. The order was not complete.'))).toEqual(['seller-feedback']);
  });
});

describe('"did not get big" is how it turned out', () => {
  it('"get" before a size or texture means become, not receive', () => {
    expect(ids(review('The kernels did not get big at all.'))).toEqual([]);
    expect(ids(review('It never got crispy, even after ten minutes.'))).toEqual([]);
    expect(ids(review('I did not get my order.'))).toEqual(['seller-feedback']);
  });
});

describe('advice to the maker', () => {
  it('"I would suggest the MFG check their stock" names nothing to buy', () => {
    expect(ids(review('Half of it did not pop. I would suggest the MFG check their stock more often.'))).toEqual([]);
    expect(ids(review('It went stale fast. I would suggest the manufacturer use a better seal.'))).toEqual([]);
    expect(ids(review('It went stale fast. I would suggest the Crispo Gold instead.'))).toEqual(['promotional']);
  });
});

describe('what the buyer was led to expect', () => {
  it('told with a noun between, or as what the buyer thought they ordered, is not-as-described', () => {
    expect(cause('Much smaller grains than I expected.')).toBe('not-as-described');
    expect(cause('Thought I was ordering the white variety, but it turned out to be yellow.')).toBe('not-as-described');
    expect(cause('Only about half the bag is the large kind.')).toBe('not-as-described');
    expect(cause('It is not 100% wholemeal as the bag says.')).toBe('not-as-described');
  });
  it('"just a regular one", "came out like normal ones", "not … as promised" say the listing’s variety was not delivered', () => {
    expect(cause('Bought the jumbo kind. It is just a regular bean, nothing special.')).toBe('not-as-described');
    expect(cause('They popped like normal ones, nothing round about them.')).toBe('not-as-described');
    expect(cause('The kernels did not get big as promised.')).toBe('not-as-described');
  });
  it('"didn’t expect it to be this bad" is a verdict on quality', () => {
    expect(cause('Didn’t expect it to be this bad. The zipper broke on day one.')).toBe('quality');
  });
});

describe('risks and used items', () => {
  it('"got fire from the machine" is a fire', () => {
    expect(review('The kernels burned and I even got fire from the popper.').risks).toEqual(['safety-risk']);
  });
  it('a unit said to have come used, in Spanish or German, is still the order’s (with its risk)', () => {
    const c = review('El producto llegó usado.');
    expect(ids(c)).toEqual(['seller-feedback']);
    expect(c.risks).toEqual(['authenticity-risk']);
  });
});
