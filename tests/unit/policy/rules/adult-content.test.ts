import { describe, expect, it } from 'vitest';
import { ORDER, find, span } from './_helpers.ts';

const adult = (t: string) => find(t, 'adult-content');

describe('adult-content', () => {
  it('flags obscene words, plain or masked', () => {
    expect(adult(`${ORDER}This is a crappy excuse.`)).toHaveLength(1);
    const t = `${ORDER}What the f*ck happened to the parcel?`;
    expect(span(t, adult(t)[0]!)).toBe('f*ck');
    expect(adult(`${ORDER}Visit our XXX videos.`)).toHaveLength(1);
  });
  it('"xxx" filling in an order id, a number or a code is a placeholder, not adult content', () => {
    expect(adult('Amazon Order ID: XXX-XXXXXXX-XXXXXXX. Please tell us your order ID so we can help.')).toEqual([]);
    expect(adult('Bestellnummer: xxx-xxxxxxx-xxxxxxx')).toEqual([]);
    expect(adult(`${ORDER}Your tracking number is xxx and will be updated tomorrow.`)).toEqual([]);
    expect(adult(`${ORDER}Use code xxx at checkout? No, we never send codes.`)).toEqual([]);
  });
});
