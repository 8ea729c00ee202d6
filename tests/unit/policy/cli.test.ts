// Drives the real CLI as a user would: node scripts/reviewguard.mjs lint …
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input: string): { code: number | null; out: string; err: string } => {
  const r = spawnSync(process.execPath, ['scripts/reviewguard.mjs', 'lint', ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('reviewguard lint', { timeout: 60_000 }, () => {
  it('--context: the 30-day window runs from delivery; review requests only 5–30 days after it', () => {
    const msg = 'Order 112-3456789-0123456. Hello, the spare filter you asked about is on its way and will arrive on Friday.';
    const rules = (ctx: object, text = msg) => {
      const r = run(['--json', '--context', JSON.stringify(ctx)], text);
      return (JSON.parse(r.out) as { findings: Array<{ rule: string; severity: string }> }).findings.map((f) => `${f.rule}:${f.severity}`);
    };
    expect(rules({ orderDate: '2026-10-01', deliveryDate: '2026-11-10', now: '2026-11-22' })).toEqual([]);
    expect(rules({ orderDate: '2026-10-01', deliveryDate: '2026-10-10', now: '2026-11-22' })).toEqual(['outside-window:error']);
    expect(rules({ orderDate: '2026-10-01', now: '2026-11-22' })).toEqual(['outside-window:warning']);
    const ask = 'Order 112-3456789-0123456. Hello, we hope the kettle works well. Please share your honest review of it on Amazon.';
    expect(rules({ deliveryDate: '2026-11-20', now: '2026-11-22' }, ask)).toEqual(['review-request-window:error']);
    expect(rules({ deliveryDate: '2026-11-12', now: '2026-11-22' }, ask)).toEqual([]);
    expect(run(['--context', '[1]'], ask).code).toBe(2);
  });

  it('--mode insert: contacts and links are fine on a card, a reward for a review is an error', () => {
    const card = 'Questions about your lamp? Write to help@lampco.example or call +1 415 555 0134. Setup video: www.lampco.example/setup';
    expect(run(['--mode', 'insert'], card)).toMatchObject({ code: 0, out: 'No problems found.\n' });
    const r = run(['--json', '--mode=insert'], `${card}\nLeave a 5-star review and get a free bulb!`);
    expect(r.code).toBe(1);
    const rules = (JSON.parse(r.out) as { findings: Array<{ rule: string; severity: string }> }).findings.map((f) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(expect.arrayContaining(['review-incentive:error', 'positive-review-request:error']));
    expect(run(['--mode', 'leaflet'], card).code).toBe(2);
  });

  it('prints human findings with line:column and exits 1 on errors', () => {
    const r = run([], 'Order 112-3456789-0123456.\nPlease update your review 😀');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^2:1\s+error\s+review-change-request\s+Asks the buyer to change a review$/m);
    expect(r.out).toMatch(/^2:27\s+error\s+emoji\s+/m);
  });

  it('exits 0 when only warnings remain', () => {
    const r = run([], 'The replacement shipped today.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/warning\s+missing-order-id/);
  });

  it('--json prints {"findings":[...]} with context flags applied', () => {
    const r = run(['--json', '--delivery-date', '2024-01-01', '--now=2024-03-01', '--buyer-language', 'Español'], 'Order 112-3456789-0123456. The replacement part shipped today and will arrive on Friday.');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.out) as { findings: Array<{ rule: string; zh: { message: string } }> };
    expect(findings.map((f) => f.rule).sort()).toEqual(['outside-window', 'wrong-language']);
    expect(findings[0]!.zh.message).toMatch(/[\u4e00-\u9fff]/);
    expect(run(['--json', '--order-date', '2024-01-01', '--now=2024-03-01', '--buyer-initiated'], 'Order 112-3456789-0123456. The part shipped.').out).toBe('{"findings":[]}\n');
  });

  it('--jsonl lints each line and reports malformed lines without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Order 112-3456789-0123456. Leave a review and get a gift card!' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'Order 112-3456789-0123456. Please leave a review.', context: { reviewRequestedBefore: true } }),
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', text: 'Order 112-3456789-0123456. Thanks, the part shipped.', context: { buyerInitiated: true } }),
    ].join('\n');
    const r = run(['--jsonl'], input);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; findings?: Array<{ rule: string }>; error?: string });
    expect(lines).toHaveLength(5);
    expect(lines[0]!.findings!.map((f) => f.rule)).toContain('review-incentive');
    expect(lines[1]!.error).toMatch(/not valid JSON/);
    expect(lines[2]!.findings!.map((f) => f.rule)).toEqual(['repeat-review-request']);
    expect(lines[3]).toMatchObject({ id: 'c' });
    expect(lines[3]!.error).toMatch(/text/);
    expect(lines[4]).toEqual({ id: 'd', findings: [] });
    expect(r.code).toBe(2);
  });

  it('--settings disables rules and adds custom phrases; bad settings are usage errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-lint-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ rules: { emoji: { enabled: false }, 'missing-order-id': { enabled: false } }, customPhrases: ['asap'] }));
    const r = run(['--json', '--settings', good], 'We ship ASAP 😀');
    expect((JSON.parse(r.out) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule)).toEqual(['custom-phrase']);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: { emoji: { severity: 'fatal' } } }));
    const b = run(['--settings', bad], 'hi');
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/--settings: invalid lint settings: rules\.emoji\.severity/);
    expect(run(['--settings', join(dir, 'missing.json')], 'hi').code).toBe(2);
  });

  it('bad flags and values exit 2 with a clear message; --help exits 0', () => {
    const unknown = run(['--nope'], '');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown option --nope/);
    const date = run(['--now', 'yesterday'], '');
    expect(date.code).toBe(2);
    expect(date.err).toMatch(/--now: not a date/);
    expect(run(['--json', '--jsonl'], '').code).toBe(2);
    const help = run(['--help'], '');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--buyer-language/);
  });
});
