import { describe, expect, it } from 'vitest';
import { browserOf, buildDiagnostics, redactUrl } from '../../../lib/present/diagnostics.ts';

describe('page diagnostics', () => {
  it('keeps the path and the names of parameters, never their values or ids', () => {
    expect(redactUrl('https://sellercentral.amazon.com/messaging/contact?orderID=113-4567890-1234567&marketplaceID=ATVPDKIKX0DER')).toBe(
      'sellercentral.amazon.com/messaging/contact?orderID=…&marketplaceID=…',
    );
    expect(redactUrl('https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567')).toBe('sellercentral.amazon.com/orders-v3/order/…');
    expect(redactUrl('https://sellercentral.amazon.com/feedback-manager/index.html#/?page=2')).toBe('sellercentral.amazon.com/feedback-manager/index.html#/?page=…');
    expect(redactUrl('not a url')).toBe('');
  });

  it('names the browser and its major version only', () => {
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.8078.73 Safari/537.36')).toBe('Chrome 156');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toBe('Firefox 153');
  });

  it('holds counts and versions, and no page text', () => {
    const text = buildDiagnostics({
      kind: 'feedback-manager',
      url: 'https://sellercentral.amazon.de/feedback-manager/index.html#/',
      items: 0,
      listed: 10,
      counts: { 'feedback.row': 11, 'feedback.rating': 0 },
      version: '0.1.0',
      userAgent: 'Chrome/156.0',
    });
    expect(text).toContain('page kind: feedback-manager');
    expect(text).toContain('items read: 0 of 10 listed');
    expect(text).toContain('  feedback.row: 11');
    expect(text).toContain('extension: 0.1.0');
  });
});
