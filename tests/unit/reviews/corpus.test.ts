// The labelled corpus (tests/corpus/reviews.jsonl): prints precision / recall
// of "removable", per ground, primary root cause and risks, and fails below
// honest floors. Precision of "removable" matters most: a false "removable"
// costs the seller a wasted report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUND_IDS, RISK_IDS, type ReviewItem, ReviewItemSchema, classifyReview } from '../../../lib/reviews/index.ts';

interface Expect {
  removable: boolean;
  grounds: string[];
  primaryRootCause: string | null;
  risks: string[];
}
const lines = readFileSync(join(import.meta.dirname, '../../corpus/reviews.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const corpus = lines.map((l) => {
  const { expect: want, ...item } = JSON.parse(l) as ReviewItem & { expect: Expect };
  return { item: ReviewItemSchema.parse(item), want };
});
const NOW = '2026-11-22';

interface Counts { tp: number; fp: number; fn: number }
const pr = (c: Counts) => ({ p: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, r: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1 });
const fmt = (x: number) => x.toFixed(3);

const removable: Counts = { tp: 0, fp: 0, fn: 0 };
const perGround = Object.fromEntries(GROUND_IDS.map((g) => [g, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
const perRisk = Object.fromEntries(RISK_IDS.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
let primaryOk = 0;
const misses: string[] = [];
for (const { item, want } of corpus) {
  const c = classifyReview(item, NOW);
  const tally = (counts: Counts, got: boolean, exp: boolean) => {
    if (got && exp) counts.tp++;
    else if (got) counts.fp++;
    else if (exp) counts.fn++;
  };
  tally(removable, c.removable, want.removable);
  const got = new Set(c.grounds.map((g) => g.id as string));
  for (const g of GROUND_IDS) tally(perGround[g]!, got.has(g), want.grounds.includes(g));
  for (const r of RISK_IDS) tally(perRisk[r]!, c.risks.includes(r), want.risks.includes(r));
  if ((c.rootCauses[0] ?? null) === want.primaryRootCause) primaryOk++;
  if (c.removable !== want.removable) misses.push(`${item.id}: expected removable=${want.removable}, got ${[...got].join(',') || 'none'}`);
}

describe('corpus', () => {
  it('is large, varied and mostly not removable, as in reality', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(220);
    const rem = corpus.filter((x) => x.want.removable).length;
    expect(rem).toBeLessThan(corpus.length / 2);
    for (const g of GROUND_IDS) expect(corpus.filter((x) => x.want.grounds.includes(g)).length, g).toBeGreaterThanOrEqual(6);
    for (const m of ['amazon.de', 'amazon.fr', 'amazon.es', 'amazon.it', 'amazon.co.jp']) expect(corpus.some((x) => x.item.marketplace === m), m).toBe(true);
    expect(corpus.some((x) => x.item.kind === 'feedback' && x.item.fulfilledBy === 'amazon')).toBe(true);
    expect(corpus.some((x) => x.item.vine)).toBe(true);
  });

  it('meets the accuracy floors', () => {
    const rm = pr(removable);
    const report = [
      `corpus: ${corpus.length} items`,
      `removable: precision ${fmt(rm.p)} recall ${fmt(rm.r)} (tp ${removable.tp}, fp ${removable.fp}, fn ${removable.fn})`,
      ...GROUND_IDS.map((g) => {
        const x = pr(perGround[g]!);
        return `  ${g.padEnd(21)} P ${fmt(x.p)} R ${fmt(x.r)}  ${JSON.stringify(perGround[g])}`;
      }),
      `primary root cause accuracy: ${fmt(primaryOk / corpus.length)}`,
      ...RISK_IDS.map((r) => {
        const x = pr(perRisk[r]!);
        return `  ${r.padEnd(21)} P ${fmt(x.p)} R ${fmt(x.r)}  ${JSON.stringify(perRisk[r])}`;
      }),
      ...misses.map((m) => `  miss ${m}`),
    ];
    console.log(report.join('\n'));

    expect(rm.p).toBeGreaterThanOrEqual(0.95);
    expect(rm.r).toBeGreaterThanOrEqual(0.85);
    for (const g of GROUND_IDS) {
      const x = pr(perGround[g]!);
      expect(x.p, `${g} precision`).toBeGreaterThanOrEqual(0.8);
      expect(x.r, `${g} recall`).toBeGreaterThanOrEqual(0.8);
    }
    expect(primaryOk / corpus.length).toBeGreaterThanOrEqual(0.75);
    for (const r of RISK_IDS) {
      const x = pr(perRisk[r]!);
      expect(x.p, `${r} precision`).toBeGreaterThanOrEqual(0.85);
      expect(x.r, `${r} recall`).toBeGreaterThanOrEqual(0.85);
    }
  });
});
