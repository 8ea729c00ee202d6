// Message-level precision/recall of every rule on the labelled corpus
// (tests/corpus/messages.jsonl: each line lists the complete set of rules
// expected to fire). Floors are set a little under what the linter reaches,
// so a regression fails the build; see the printed table for the figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintMessage, LintContextSchema, parseLintSettings, RULE_IDS, RuleIdSchema, type RuleId } from '../../../lib/policy/index.ts';

interface Entry {
  id: string;
  text: string;
  context?: unknown;
  settings?: unknown;
  rules: RuleId[];
}

const entries: Entry[] = readFileSync(new URL('../../corpus/messages.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Entry);

const FLOOR = { precision: 0.95, recall: 0.95 };
/** Positives each rule must have in the corpus (more for the manipulation rules). */
const MIN_POSITIVES = (id: RuleId): number => (['review-incentive', 'review-change-request', 'positive-review-request', 'promotion'].includes(id) ? 12 : 5);

describe('corpus', () => {
  it('is well formed and large enough', () => {
    expect(entries.length).toBeGreaterThanOrEqual(220);
    const ids = new Set<string>();
    for (const e of entries) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(typeof e.text).toBe('string');
      for (const r of e.rules) RuleIdSchema.parse(r);
      if (e.context !== undefined) LintContextSchema.parse(e.context);
    }
    for (const id of RULE_IDS) expect(entries.filter((e) => e.rules.includes(id)).length, id).toBeGreaterThanOrEqual(MIN_POSITIVES(id));
    expect(entries.filter((e) => e.rules.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it('reaches the precision/recall floors for every rule', () => {
    const stats = new Map<RuleId, { tp: number; fp: number; fn: number }>(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
    const misses: string[] = [];
    for (const e of entries) {
      const got = new Set(lintMessage(e.text, (e.context === undefined ? undefined : LintContextSchema.parse(e.context)), parseLintSettings(e.settings)).map((f) => f.rule));
      const want = new Set(e.rules);
      for (const id of RULE_IDS) {
        const s = stats.get(id)!;
        if (got.has(id) && want.has(id)) s.tp++;
        else if (got.has(id)) {
          s.fp++;
          misses.push(`FP ${id} ${e.id}`);
        } else if (want.has(id)) {
          s.fn++;
          misses.push(`FN ${id} ${e.id}`);
        }
      }
    }
    const rows = RULE_IDS.map((id) => {
      const { tp, fp, fn } = stats.get(id)!;
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      return { id, tp, fp, fn, precision, recall };
    });
    console.log(
      [`rule                       tp  fp  fn  precision  recall   (${entries.length} messages)`, ...rows.map((r) => `${r.id.padEnd(26)} ${String(r.tp).padStart(3)} ${String(r.fp).padStart(3)} ${String(r.fn).padStart(3)}  ${r.precision.toFixed(3).padStart(9)}  ${r.recall.toFixed(3).padStart(6)}`), ...misses].join('\n'),
    );
    for (const r of rows) {
      expect(r.precision, `${r.id} precision`).toBeGreaterThanOrEqual(FLOOR.precision);
      expect(r.recall, `${r.id} recall`).toBeGreaterThanOrEqual(FLOOR.recall);
    }
  });
});
