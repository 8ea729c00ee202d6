import { describe, expect, it } from 'vitest';
import { ORDER, find, span } from './_helpers.ts';
import { lintMessage } from '../../../../lib/policy/index.ts';

describe('amazon-store-link', () => {
  it('warns on product pages, storefronts and searches', () => {
    for (const url of ['https://www.amazon.com/dp/B0ABC12345', 'https://www.amazon.de/Some-Name/dp/B0ABC12345/ref=sr_1', 'https://www.amazon.com/gp/product/B0ABC12345', 'https://www.amazon.co.uk/stores/Brand/page/ABC', 'https://www.amazon.com/s?k=kettle', 'https://www.amazon.co.jp/s?me=A1B2C3']) {
      const t = `${ORDER}See ${url}`;
      const f = find(t, 'amazon-store-link');
      expect(f, url).toHaveLength(1);
      expect(f[0]!.severity).toBe('warning');
      expect(span(t, f[0]!)).toBe(url);
    }
  });
  it('is silent on the order, a return, a review page, a help page and other sites', () => {
    for (const url of ['https://www.amazon.com/gp/your-account/order-details?orderID=112-3456789-0123456', 'https://www.amazon.com/gp/css/returns/homepage.html', 'https://www.amazon.com/review/create-review?asin=B0ABC12345', 'https://www.amazon.com/gp/help/customer/display.html', 'https://www.amazon.com/hz/feedback', 'https://shop.example/dp/B0ABC12345'])
      expect(find(`${ORDER}See ${url}`, 'amazon-store-link'), url).toEqual([]);
  });
  it('a short link labelled as the Amazon store is a store link; another short link is not', () => {
    const store = (t: string) => lintMessage(t).filter((f) => f.rule === 'amazon-store-link');
    expect(store('Order 111-7878787-9090909. Our Amazon store: https://amzn.to/3AbCdEf')).toHaveLength(1);
    expect(store('Pedido 403-1313131-2424242. Nuestra tienda en Amazon: https://amzn.to/4XyZabc')).toHaveLength(1);
    expect(store('Order 111-7878787-9090909. The setup video: https://amzn.to/3AbCdEf')).toEqual([]);
  });
  it('the old /exec/obidos/ASIN/ product path is a product page too', () => {
    expect(find(`${ORDER}The matching lid is here: https://www.amazon.co.jp/exec/obidos/ASIN/B00ABCDEFG`, 'amazon-store-link')).toHaveLength(1);
  });
});
