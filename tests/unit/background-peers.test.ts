// Issue 12 in the background handlers: visits split by a pause, "new" items
// reported back to the page, the badge counting new 1–3★ items not opened yet.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers.ts';
import { openStore } from '../../lib/store/db.ts';

let n = 0;
const item = (id: string, rating: number) => ({
  item: { id, kind: 'review' as const, rating, title: 'Leaks', body: `The blender leaks from the base (${id}).`, date: '2026-11-20', marketplace: 'US' },
  asin: 'B0CX7K2M4P',
});

describe('background: new since the last visit', () => {
  it('marks items first seen on a later visit as new, counts them on the badge and clears them as opened', async () => {
    const db = await openStore(`peers-${Date.now()}-${n++}`);
    let clock = new Date('2026-11-22T08:00:00Z');
    const badges: string[] = [];
    const h = createHandlers({ version: '0', startedAt: 0, db: async () => db, now: () => clock, setBadge: async (t) => void badges.push(t) });
    const sender = { tabId: 1, frameId: 0 };
    const seen = (items: ReturnType<typeof item>[]) =>
      h['reviews/seen']({ host: 'sellercentral.amazon.com', pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/', items }, sender);

    await h['page/hello']({ kind: 'brand-reviews', url: 'https://sellercentral.amazon.com/brand-customer-reviews/' }, sender);
    const first = await seen([item('R1OLD', 1)]);
    expect(first.results[0]!.isNew).toBe(false); // the first visit: nothing is "new"
    expect(badges.at(-1)).toBe('');

    clock = new Date('2026-11-22T12:00:00Z'); // hours later: a new visit
    await h['page/hello']({ kind: 'brand-reviews', url: 'https://sellercentral.amazon.com/brand-customer-reviews/' }, sender);
    const second = await seen([item('R1OLD', 1), item('R2NEW', 2), item('R3NEW', 1), item('R4NEW', 5)]);
    expect(Object.fromEntries(second.results.map((r) => [r.id, r.isNew]))).toEqual({ R1OLD: false, R2NEW: true, R3NEW: true, R4NEW: true });
    expect(badges.at(-1)).toBe('2'); // the 5★ one is new but needs no action

    expect(await h['item/opened']({ id: 'R2NEW' }, {})).toEqual({ badge: '1' });
    expect(badges.at(-1)).toBe('1');
    // Seen again during the same visit: still new on the page, still off the badge.
    const again = await seen([item('R2NEW', 2)]);
    expect(again.results[0]!.isNew).toBe(true);
    expect(badges.at(-1)).toBe('1');
  });
});

describe('background: topic alerts', () => {
  it('answers the alerts for the ASINs asked, with the numbers from Settings', async () => {
    const db = await openStore(`peers-${Date.now()}-${n++}`);
    const h = createHandlers({ version: '0', startedAt: 0, db: async () => db, now: () => new Date('2026-11-25T08:00:00Z') });
    const leak = (id: string, date: string) => ({
      item: { id, kind: 'review' as const, rating: 1, title: 'Leaks', body: 'The blender leaks from the bottom every time, the seal is broken.', date, marketplace: 'US' },
      asin: 'B0CX7K2M4P',
    });
    await h['reviews/seen'](
      { host: 'sellercentral.amazon.com', pageUrl: 'https://sellercentral.amazon.com/brand-customer-reviews/', items: [leak('RA1', '2026-11-18'), leak('RA2', '2026-11-21'), leak('RA3', '2026-11-22')] },
      {},
    );
    const res = await h['topics/get']({ asins: ['B0CX7K2M4P'] }, {});
    expect(res.windowDays).toBe(7);
    expect(res.alerts).toHaveLength(1);
    expect(res.alerts[0]).toMatchObject({ asin: 'B0CX7K2M4P', count: 3, from: '2026-11-18', to: '2026-11-22' });
    expect((await h['topics/get']({ asins: ['B000000000'] }, {})).alerts).toEqual([]);
  });
});
