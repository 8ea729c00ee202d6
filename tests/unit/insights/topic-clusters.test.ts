import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPIC_ALERTS, TopicAlertSettingsSchema, topicAlertText, topicClusters } from '../../../lib/insights/topic-clusters.ts';
import type { ReviewRecord } from '../../../lib/records/index.ts';
import { rec } from './build.ts';

const r = (id: string, date: string, asin: string, cause: 'quality' | 'logistics', rating = 2, extra: Partial<ReviewRecord> = {}): ReviewRecord => ({
  ...rec({ id, date, rating, asin, causes: [cause] }),
  ...extra,
});

describe('topicClusters', () => {
  const three = [r('Q1', '2026-02-20', 'B01', 'quality'), r('Q2', '2026-02-23', 'B01', 'quality'), r('Q3', '2026-02-26', 'B01', 'quality')];

  it('three negative reviews, same ASIN and primary cause, within 7 days → one cluster', () => {
    expect(topicClusters(three)).toEqual([{ asin: 'B01', rootCause: 'quality', reviewIds: ['Q1', 'Q2', 'Q3'], count: 3, from: '2026-02-20', to: '2026-02-26' }]);
  });

  it('no cluster when they span more than the window, differ in cause or ASIN, or are positive/removed/feedback', () => {
    expect(topicClusters([three[0]!, three[1]!, r('Q3', '2026-02-27', 'B01', 'quality')])).toEqual([]); // 8 days: 20th → 27th
    expect(topicClusters([three[0]!, three[1]!, r('Q3', '2026-02-26', 'B01', 'logistics')])).toEqual([]);
    expect(topicClusters([three[0]!, three[1]!, r('Q3', '2026-02-26', 'B02', 'quality')])).toEqual([]);
    expect(topicClusters([three[0]!, three[1]!, r('Q3', '2026-02-26', 'B01', 'quality', 5)])).toEqual([]);
    expect(topicClusters([three[0]!, three[1]!, r('Q3', '2026-02-26', 'B01', 'quality', 2, { status: 'removed' })])).toEqual([]);
    expect(topicClusters([three[0]!, three[1]!, r('Q3', '2026-02-26', 'B01', 'quality', 2, { kind: 'feedback' })])).toEqual([]);
  });

  it('uses the settings: minCount and windowDays', () => {
    expect(topicClusters(three, { minCount: 4, windowDays: 7 })).toEqual([]);
    expect(topicClusters(three.slice(0, 2), { minCount: 2, windowDays: 4 })[0]?.count).toBe(2);
    expect(topicClusters(three, { minCount: 3, windowDays: 6 })).toEqual([]);
  });

  it('with now: only the live window (the last windowDays days)', () => {
    expect(topicClusters(three, { ...DEFAULT_TOPIC_ALERTS, now: new Date('2026-02-26T12:00:00Z') })).toHaveLength(1);
    expect(topicClusters(three, { ...DEFAULT_TOPIC_ALERTS, now: new Date('2026-03-05T12:00:00Z') })).toEqual([]);
  });

  it('reports the fullest window; largest clusters first', () => {
    const many = [...three, r('Q4', '2026-02-25', 'B01', 'quality'), r('L1', '2026-02-01', 'B09', 'logistics'), r('L2', '2026-02-02', 'B09', 'logistics'), r('L3', '2026-02-03', 'B09', 'logistics')];
    const out = topicClusters(many);
    expect(out.map((c) => [c.asin, c.count])).toEqual([
      ['B01', 4],
      ['B09', 3],
    ]);
  });

  it('says the alert in plain words, en and zh', () => {
    const [c] = topicClusters(three);
    expect(topicAlertText(c!, 7, 'en')).toMatch(/^3 negative reviews of B01 within 7 days, all about: .+\. Fix the cause/);
    expect(topicAlertText(c!, 7, 'zh')).toMatch(/^B01 在 7 天内有 3 条差评/);
  });

  it('settings schema: defaults 3 and 7, refuses nonsense', () => {
    expect(TopicAlertSettingsSchema.parse({})).toEqual({ minCount: 3, windowDays: 7 });
    expect(TopicAlertSettingsSchema.safeParse({ minCount: 1 }).success).toBe(false);
    expect(TopicAlertSettingsSchema.safeParse({ windowDays: 0 }).success).toBe(false);
    expect(TopicAlertSettingsSchema.safeParse({ windowDays: 2.5 }).success).toBe(false);
  });
});

describe('topicClusters: properties', () => {
  it('every cluster is big enough, fits the window, and holds only matching negative reviews', async () => {
    const fc = (await import('fast-check')).default;
    const arbRecord = fc.record({
      day: fc.integer({ min: 0, max: 40 }),
      asin: fc.constantFrom('B01', 'B02'),
      cause: fc.constantFrom('quality' as const, 'logistics' as const),
      rating: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 30 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 10 }), (specs, minCount, windowDays) => {
        const records = specs.map((s, i) => r(`X${i}`, new Date(Date.UTC(2026, 0, 1 + s.day)).toISOString().slice(0, 10), s.asin, s.cause, s.rating));
        const byId = new Map(records.map((x) => [x.id, x]));
        for (const c of topicClusters(records, { minCount, windowDays })) {
          expect(c.count).toBeGreaterThanOrEqual(minCount);
          expect(c.reviewIds).toHaveLength(c.count);
          expect((Date.parse(c.to) - Date.parse(c.from)) / 86_400_000).toBeLessThanOrEqual(windowDays - 1);
          for (const id of c.reviewIds) {
            const x = byId.get(id)!;
            expect(x.asin).toBe(c.asin);
            expect(x.classification.rootCauses[0]).toBe(c.rootCause);
            expect(x.item.rating).toBeLessThanOrEqual(3);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
