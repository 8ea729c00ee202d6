import { describe, expect, it } from 'vitest';
import { pageKindOf } from '../../lib/page-kind.ts';
import { SELLER_CENTRAL_HOSTS, SELLER_CENTRAL_MATCHES } from '../../lib/hosts.ts';

describe('pageKindOf', () => {
  it.each([
    ['https://sellercentral.amazon.com/brand-customer-reviews/?pageSize=50&stars=1,2,3&pageNumber=2', 'brand-reviews'],
    ['https://sellercentral.amazon.de/brand-customer-reviews', 'brand-reviews'],
    ['https://sellercentral.amazon.com/feedback-manager/index.html#/', 'feedback-manager'],
    ['https://sellercentral-europe.amazon.com/feedback-manager/index.html#/?page=2', 'feedback-manager'],
    ['https://sellercentral.amazon.com/messaging/contact?orderID=111-1234567-1234567&marketplaceID=ATVPDKIKX0DER', 'contact-buyer'],
    ['https://sellercentral.amazon.co.jp/messaging/reviews?orderId=250-1234567-1234567', 'request-review'],
    ['https://sellercentral.amazon.com/messaging/inbox-v3?fi=unanswered', 'inbox'],
    ['https://sellercentral.amazon.com/messaging/inbox-v2', 'inbox'],
    ['https://sellercentral.amazon.com/messaging/inbox', 'inbox'],
    ['https://sellercentral-japan.amazon.com/messaging/inbox-v3', 'inbox'],
    // Request a Review may load in place on the order's page.
    ['https://sellercentral.amazon.com/orders-v3/order/111-1234567-1234567', 'order-details'],
  ])('%s → %s', (url, kind) => {
    expect(pageKindOf(url)).toBe(kind);
  });

  it.each([
    'https://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.com/orders-v3/ref=xx_myo_dnav_xx',
    'https://sellercentral.amazon.com/messaging/contacts-list',
    'http://sellercentral.amazon.com/brand-customer-reviews/', // not https
    'https://www.amazon.com/brand-customer-reviews/',
    'https://sellercentral.amazon.com.evil.example/brand-customer-reviews/',
    'https://evil.example/?u=https://sellercentral.amazon.com/brand-customer-reviews/',
    'not a url',
  ])('leaves %s alone', (url) => {
    expect(pageKindOf(url)).toBeNull();
  });
});

describe('hosts', () => {
  it('covers every host of the DOM reference, https only, no wildcards', () => {
    expect(SELLER_CENTRAL_HOSTS).toHaveLength(25);
    for (const m of SELLER_CENTRAL_MATCHES) expect(m).toMatch(/^https:\/\/sellercentral(-europe|-japan)?\.amazon\.[a-z.]+\/\*$/);
  });
});
