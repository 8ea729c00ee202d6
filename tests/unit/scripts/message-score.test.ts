import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextOf, isCompliant, parseLabelledMessages, scoreMessages, type LabelledMessage } from '../../../scripts/lib/message-score.ts';

const ORDER = 'Order 112-3456789-0123456. ';
const set: LabelledMessage[] = [
  { id: 'a', text: `${ORDER}Your lamp ships tomorrow by courier.`, expect: [] },
  { id: 'b', text: `${ORDER}If you love the lamp, please leave a 5-star review.`, expect: ['positive-review-request'] },
  // Labelled wrong on purpose: the scorer must count it as a false positive and a miss.
  { id: 'c', text: `${ORDER}Leave a review and get a $10 gift card.`, expect: ['promotion'], compliant: true },
  { id: 'd', text: 'Thanks for your order! Any trouble, email help@lamp-shop.example.', expect: [], kind: 'insert' },
];

describe('message scorer (accuracy test and npm run score:messages)', () => {
  it('counts per-rule hits, misses and errors on compliant texts', () => {
    const s = scoreMessages(set);
    const rule = (id: string) => s.perRule.find((r) => r.id === id);
    expect(rule('positive-review-request')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(rule('review-incentive')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(rule('promotion')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.misses).toContain('FP review-incentive c');
    expect(s.compliantCount).toBe(3);
    expect(s.compliantErrors).toEqual(['c: review-incentive']);
    expect(s.macroF1).toBeGreaterThan(0);
    expect(s.macroF1).toBeLessThan(1);
  });

  it('lints inserts in insert mode (a support address on a card raises nothing)', () => {
    expect(contextOf(set[3]!)).toEqual({ mode: 'insert' });
    expect(scoreMessages([set[3]!]).misses).toEqual([]);
  });

  it('without a verdict, a text that expects only warnings is compliant', () => {
    expect(isCompliant({ id: 'x', text: '', expect: ['missing-order-id', 'external-link'] })).toBe(true);
    expect(isCompliant({ id: 'x', text: '', expect: ['review-incentive'] })).toBe(false);
    expect(isCompliant({ id: 'x', text: '', expect: ['review-incentive'], compliant: true })).toBe(true);
  });

  it('a context key the build does not know is dropped, not the item', () => {
    expect(contextOf({ id: 'x', text: '', expect: [], context: { now: '2026-11-22', futureKey: 1 } })).toEqual({ now: '2026-11-22' });
  });

  it('a bad line is an error that names the file and line', () => {
    expect(() => parseLabelledMessages('{"id":"a","text":"hi","expect":[]}\n{oops', 'set.jsonl')).toThrow(/^set\.jsonl:2: not JSON/);
    expect(() => parseLabelledMessages('{"id":"a","text":"hi"}', 'set.jsonl')).toThrow(/set\.jsonl:1: needs "id".*"expect"/);
    expect(() => parseLabelledMessages('{"id":"a","text":"hi","expect":[],"kind":"card"}', 'set.jsonl')).toThrow(/"kind" must be/);
  });

  it('the command prints the table and exits 1 on a bad file, 2 without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-score-'));
    const good = join(dir, 'good.jsonl');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(good, set.map((m) => JSON.stringify(m)).join('\n'));
    writeFileSync(bad, 'not json\n');
    const run = (...a: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/score-messages.ts', ...a], { encoding: 'utf8' });
    const ok = run(good, '--verbose');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^good\.jsonl: 4 texts, macro-F1 0\.\d{3} over \d+ rules; compliant 3, with an error 1/);
    expect(ok.stdout).toContain('compliant with an error: c: review-incentive');
    const failed = run(good, bad);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/bad\.jsonl: bad\.jsonl:1: not JSON/);
    expect(run().status).toBe(2);
  });
});
