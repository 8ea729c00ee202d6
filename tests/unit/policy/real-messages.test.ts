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
import { lintMessage, LintContextSchema, RULE_IDS, type Finding, type LintContext, type RuleId } from '../../../lib/policy/index.ts';

const FILE = fileURLToPath(new URL('../../../../shared/corpus/real-messages.dev.jsonl', import.meta.url));

interface Item {
  id: string;
  text: string;
  context?: Record<string, unknown>;
  expect: RuleId[];
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const isHeldOut = (id: string): boolean => fnv1a(id) % 10 < 3;

/** Rules that are warnings whatever the context (an item expecting only these is a compliant template). */
const WARNING_ONLY = new Set<string>(['missing-order-id', 'no-permitted-reason', 'external-link', 'phone-number', 'off-platform-contact', 'excess-line-breaks', 'wrong-language', 'amazon-store-link', 'attachment-reason']);

function compliant(item: Item): boolean {
  return item.expect.every(
    (r) => WARNING_ONLY.has(r) || (r === 'outside-window' && item.context?.deliveryDate === undefined) || (r === 'review-change-request' && /feedback/i.test(item.text) && !/review/i.test(item.text)),
  );
}

function context(item: Item): LintContext | undefined {
  if (!item.context) return undefined;
  const r = LintContextSchema.safeParse(item.context);
  if (r.success) return r.data;
  // A context key this build does not know yet: drop it rather than the item.
  const known = Object.fromEntries(Object.entries(item.context).filter(([k]) => k !== 'contactReason' && k !== 'hasAttachment'));
  return LintContextSchema.parse(known);
}

interface Score {
  macroF1: number;
  perRule: Array<{ id: RuleId; tp: number; fp: number; fn: number; p: number; r: number; f1: number }>;
  misses: string[];
  compliantErrors: string[];
  compliantCount: number;
}

function score(items: Item[]): Score {
  // Labelled ids the build does not know yet count too (as misses).
  const ids = [...new Set<RuleId>([...RULE_IDS, ...items.flatMap((i) => i.expect)])];
  const stats = new Map<RuleId, { tp: number; fp: number; fn: number }>(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  const compliantErrors: string[] = [];
  let compliantCount = 0;
  for (const item of items) {
    const findings: Finding[] = lintMessage(item.text, context(item));
    const got = new Set(findings.map((f) => f.rule));
    const want = new Set(item.expect);
    if (compliant(item)) {
      compliantCount++;
      const errs = findings.filter((f) => f.severity === 'error');
      if (errs.length) compliantErrors.push(`${item.id}: ${[...new Set(errs.map((f) => f.rule))].join(', ')}`);
    }
    for (const id of ids) {
      const s = stats.get(id)!;
      if (got.has(id) && want.has(id)) s.tp++;
      else if (got.has(id)) (s.fp++, misses.push(`FP ${id} ${item.id}`));
      else if (want.has(id)) (s.fn++, misses.push(`FN ${id} ${item.id}`));
    }
  }
  const perRule = ids.filter((id) => {
    const s = stats.get(id)!;
    return s.tp + s.fp + s.fn > 0;
  }).map((id) => {
    const { tp, fp, fn } = stats.get(id)!;
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { id, tp, fp, fn, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  });
  const macroF1 = perRule.reduce((a, x) => a + x.f1, 0) / Math.max(1, perRule.length);
  return { macroF1, perRule, misses, compliantErrors, compliantCount };
}

function table(name: string, s: Score): string {
  return [
    `${name}: macro-F1 ${s.macroF1.toFixed(3)}; compliant templates ${s.compliantCount}, with an error ${s.compliantErrors.length}`,
    ...s.perRule.map((x) => `  ${x.id.padEnd(26)} tp ${String(x.tp).padStart(2)} fp ${String(x.fp).padStart(2)} fn ${String(x.fn).padStart(2)}  P ${x.p.toFixed(2)} R ${x.r.toFixed(2)}`),
  ].join('\n');
}

const present = existsSync(FILE);
const items: Item[] = present
  ? readFileSync(FILE, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Item)
  : [];
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
    const s = score(tune);
    console.log(`${table(`tune (${tune.length})`, s)}\n${s.misses.join('\n')}\n${s.compliantErrors.join('\n')}`);
    expect(s.compliantErrors).toEqual([]);
    expect(s.macroF1).toBeGreaterThanOrEqual(FLOOR.tune);
  });

  it('old held-out part (spent, tuned on): macro-F1 floor, no error on a compliant template', () => {
    const s = score(heldOut);
    console.log(`${table(`old held-out, spent (${heldOut.length})`, s)}\n${s.misses.join('\n')}\n${s.compliantErrors.join('\n')}`);
    expect(s.compliantErrors.length).toBe(0);
    expect(s.macroF1).toBeGreaterThanOrEqual(FLOOR.heldOut);
  });
});
