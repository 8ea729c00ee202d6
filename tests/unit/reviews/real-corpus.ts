// The shared, labelled set of real Amazon reviews, read where it lives (it is
// third-party text that must not be copied into the project), and the fixed
// split into a tune part and a held-out part.
//
// Split: FNV-1a 32-bit hash of the item id; an item is held out when
// hash % 100 < 30 (about 30 %). The split is kept so figures stay comparable
// across rounds, but the held-out part is no longer unseen: it was scored
// twice (before and after the first tuning round) and then, in the second
// round, read and tuned on like the rest. Both parts are now development
// data; an honest held-out figure needs new real text scored once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Classification, type ReviewItem, classifyReview } from '../../../lib/reviews/index.ts';

export const REAL_REVIEWS = join(import.meta.dirname, '../../../../shared/corpus/real-reviews.dev.jsonl');
export const HELD_OUT_PERCENT = 30;

export interface RealItem {
  item: ReviewItem & { id: string };
  expect: { removable: boolean; grounds: string[]; rootCauses: string[]; risks: string[] };
}

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const isHeldOut = (id: string): boolean => fnv1a(id) % 100 < HELD_OUT_PERCENT;

/** The labelled items, or null when the shared corpus is not beside the project. */
export function loadRealReviews(file = REAL_REVIEWS): RealItem[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const { expect, source: _s, sourceRef: _r, lang: _l, note: _n, category: _c, license: _li, ...item } = JSON.parse(l);
      return { item, expect };
    });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  items: number;
  /** Genuine complaints called removable / all genuine complaints. */
  falseRemovable: number;
  negatives: number;
  /** Removable items found (any ground) / all removable items. */
  found: number;
  positives: number;
  grounds: Record<string, Counts>;
  primaryOk: number;
  primaryN: number;
  risks: Record<string, Counts>;
  /** Ids of the items each check got wrong (never the text). */
  wrong: { falseRemovable: string[]; missed: string[]; primary: string[]; risk: string[] };
}

const bump = (m: Record<string, Counts>, k: string, f: keyof Counts): void => {
  (m[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++;
};

/** The same measures as the shared scoring tool, computed in-process. */
export function score(items: readonly RealItem[], now = '2026-11-22', classify: (i: ReviewItem) => Classification = (i) => classifyReview(i, now)): Score {
  const s: Score = { items: items.length, falseRemovable: 0, negatives: 0, found: 0, positives: 0, grounds: {}, primaryOk: 0, primaryN: 0, risks: {}, wrong: { falseRemovable: [], missed: [], primary: [], risk: [] } };
  for (const { item, expect: e } of items) {
    const c = classify(item);
    if (e.removable) {
      s.positives++;
      if (c.removable) s.found++;
      else s.wrong.missed.push(item.id);
    } else {
      s.negatives++;
      if (c.removable) {
        s.falseRemovable++;
        s.wrong.falseRemovable.push(item.id);
      }
    }
    const got = new Set(c.grounds.map((g) => g.id as string));
    for (const g of e.grounds) bump(s.grounds, g, got.has(g) ? 'tp' : 'fn');
    for (const g of got) if (!e.grounds.includes(g)) bump(s.grounds, g, 'fp');
    const rc = e.rootCauses.filter((x) => x !== 'none');
    if (rc.length) {
      s.primaryN++;
      if (c.rootCauses[0] === rc[0]) s.primaryOk++;
      else s.wrong.primary.push(item.id);
    }
    let riskWrong = false;
    for (const r of e.risks) {
      const ok = c.risks.includes(r as never);
      bump(s.risks, r, ok ? 'tp' : 'fn');
      riskWrong ||= !ok;
    }
    for (const r of c.risks) {
      if (!e.risks.includes(r)) {
        bump(s.risks, r, 'fp');
        riskWrong = true;
      }
    }
    if (riskWrong) s.wrong.risk.push(item.id);
  }
  return s;
}

const ratio = (a: number, b: number): number => (b ? a / b : 1);
export const precision = (c: Counts): number => ratio(c.tp, c.tp + c.fp);
export const recall = (c: Counts): number => ratio(c.tp, c.tp + c.fn);
export const sum = (m: Record<string, Counts>): Counts =>
  Object.values(m).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

export interface Headline {
  falseRemovableRate: number;
  foundRate: number;
  primary: number;
  riskP: number;
  riskR: number;
}

export function headline(s: Score): Headline {
  const r = sum(s.risks);
  return {
    falseRemovableRate: ratio(s.falseRemovable, s.negatives),
    foundRate: ratio(s.found, s.positives),
    primary: ratio(s.primaryOk, s.primaryN),
    riskP: precision(r),
    riskR: recall(r),
  };
}

/** One readable block of figures (no item text). */
export function describeScore(name: string, s: Score): string {
  const h = headline(s);
  const lines = [
    `${name} (${s.items} items): false-removable ${s.falseRemovable}/${s.negatives} (${(100 * h.falseRemovableRate).toFixed(1)} %), ` +
      `removable found ${s.found}/${s.positives} (${(100 * h.foundRate).toFixed(0)} %), primary root cause ${h.primary.toFixed(2)}, ` +
      `risks P ${h.riskP.toFixed(2)} R ${h.riskR.toFixed(2)}`,
  ];
  for (const [k, c] of Object.entries({ ...s.grounds, ...s.risks }).sort()) {
    lines.push(`  ${k.padEnd(22)} P ${precision(c).toFixed(2)} R ${recall(c).toFixed(2)}  tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
  }
  return lines.join('\n');
}
