// Accuracy on real seller messages and published templates, measured where
// they live (the shared dev corpus beside the project; third-party text that
// is never copied here). The set is split once, deterministically, into a
// tune part and an old held-out part: an item is in the old held-out part when
// the FNV-1a hash of its id is 0-2 mod 10 (about 30 %).
// History (macro-F1 over rules that occur in the part):
//   old held-out before tuning: 15 items, 0.485 over 11 rules, 2 of 7
//   compliant templates raised an error (rules not yet built count as misses).
//   old held-out after tuning on the tune part only (scored once): 0.727, 1 of
//   7 compliant templates with an error; tune part 0.986, none. After one more
//   fix: 0.800, no compliant template with an error.
// The old held-out part is now SPENT: it was read and tuned on like the rest,
// so its figure is no longer an estimate of accuracy on unseen text. A fresh
// held-out set, built elsewhere from new real text, is scored outside this
// test. After tuning on the whole dev set (61 items): tune part 1.000, old
// held-out part 1.000, no compliant template with an error. The floors sit a
// little under that so a regression fails; they are not a generalisation claim.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, parseLabelledMessages, scoreMessages } from '../../../scripts/lib/message-score.ts';

const FILE = fileURLToPath(new URL('../../../../shared/corpus/real-messages.dev.jsonl', import.meta.url));

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const isHeldOut = (id: string): boolean => fnv1a(id) % 10 < 3;

const present = existsSync(FILE);
const items = present ? parseLabelledMessages(readFileSync(FILE, 'utf8'), 'real-messages.dev.jsonl') : [];
const tune = items.filter((i) => !isHeldOut(i.id));
const heldOut = items.filter((i) => isHeldOut(i.id));

/** Floors under the measured figures (both parts are tuned on now), so a regression fails. */
const FLOOR = { tune: 0.95, heldOut: 0.95 };

// Said plainly when the third-party corpus is not beside the project (it never ships with it).
if (!present) console.warn(`real-messages accuracy SKIPPED: ${FILE} not found`);

describe.skipIf(!present)(present ? 'real messages (shared dev corpus)' : 'real messages: SKIPPED, the shared dev corpus is not beside the project', () => {
  it('splits about 30 % held out, deterministically', () => {
    expect(heldOut.length / items.length).toBeGreaterThan(0.2);
    expect(heldOut.length / items.length).toBeLessThan(0.4);
    expect(isHeldOut('realmsg-001')).toBe(fnv1a('realmsg-001') % 10 < 3);
  });

  it('tune part: macro-F1 floor, no error on a compliant template', () => {
    const s = scoreMessages(tune);
    console.log(`${formatScore('tune', s)}\n${s.misses.join('\n')}\n${s.compliantErrors.join('\n')}`);
    expect(s.compliantErrors).toEqual([]);
    expect(s.macroF1).toBeGreaterThanOrEqual(FLOOR.tune);
  });

  it('old held-out part (spent, tuned on): macro-F1 floor, no error on a compliant template', () => {
    const s = scoreMessages(heldOut);
    console.log(`${formatScore('old held-out, spent', s)}\n${s.misses.join('\n')}\n${s.compliantErrors.join('\n')}`);
    expect(s.compliantErrors.length).toBe(0);
    expect(s.macroF1).toBeGreaterThanOrEqual(FLOOR.heldOut);
  });
});
