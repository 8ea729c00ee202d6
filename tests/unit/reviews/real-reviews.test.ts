// Accuracy on real Amazon reviews (the shared, labelled development set, read
// where it lives: its text is third-party and never copied into the project).
// The set is split by id hash (real-corpus.ts). The "held-out" part was scored
// twice in the first round and then used for tuning in the second, like the
// tune part: it is spent, and these figures are development figures, not an
// estimate for unseen text. Floors sit a little under the figures measured
// on 2026-12-02 (third round), so a real regression fails and a one-item
// wobble does not; they are not the targets (see README, "Accuracy"). The
// old held-out part must keep no false "removable" at all.
import { describe, expect, it } from 'vitest';
import { REAL_REVIEWS, describeScore, headline, isHeldOut, loadRealReviews, score } from './real-corpus.ts';

const items = loadRealReviews();

describe('real reviews (shared development set)', () => {
  if (items === null) {
    it.skip(`skipped: the shared labelled set is not beside the project (${REAL_REVIEWS.split('/').slice(-3).join('/')}); accuracy on real text was not checked`, () => {});
    return;
  }
  const held = items.filter((x) => isHeldOut(x.item.id));
  const tune = items.filter((x) => !isHeldOut(x.item.id));

  it('splits about 30 % off as held-out, the same way every time', () => {
    expect(held.length / items.length).toBeGreaterThan(0.25);
    expect(held.length / items.length).toBeLessThan(0.35);
    expect(isHeldOut('real-0001')).toBe(isHeldOut('real-0001'));
  });

  it('old held-out part (spent, tuned on): no worse than measured', () => {
    const s = score(held);
    console.log(describeScore('held-out', s));
    const h = headline(s);
    // measured 2026-12-02 (round 4): 0/191, 21/30 (0.70), primary 167/207 (0.81), risks P 22/24 (0.92), R 22/24 (0.92)
    expect(h.falseRemovableRate).toBe(0);
    expect(h.foundRate).toBeGreaterThanOrEqual(0.66);
    expect(h.primary).toBeGreaterThanOrEqual(0.78);
    expect(h.riskP).toBeGreaterThanOrEqual(0.87);
    expect(h.riskR).toBeGreaterThanOrEqual(0.87);
  });

  it('tune part: no worse than measured', () => {
    const s = score(tune);
    console.log(describeScore('tune', s));
    const h = headline(s);
    // measured 2026-12-02 (round 4): 1/475, 50/71 (0.70), primary 430/517 (0.83), risks P 69/73 (0.95), R 69/71 (0.97)
    expect(h.falseRemovableRate).toBeLessThanOrEqual(0.005);
    expect(h.foundRate).toBeGreaterThanOrEqual(0.66);
    expect(h.primary).toBeGreaterThanOrEqual(0.81);
    expect(h.riskP).toBeGreaterThanOrEqual(0.92);
    expect(h.riskR).toBeGreaterThanOrEqual(0.94);
  });
});
