// Drives the real command: node scripts/reviewguard.mjs classify …
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
function cli(args: string[], input: string) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/reviewguard.mjs'), 'classify', ...args], { input, encoding: 'utf8', cwd: root, timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const harsh = JSON.stringify({ id: 'R1', kind: 'review', rating: 1, body: 'Worst kettle ever. It leaks and the handle broke.', date: '2026-10-01' });
const fba = JSON.stringify({ id: '113-4471920-8836501', kind: 'feedback', rating: 1, body: 'Package arrived 5 days late and the box was crushed.', date: '2026-10-01', fulfilledBy: 'amazon' });

describe('reviewguard classify', { timeout: 60_000 }, () => {
  it('prints a human summary by default', () => {
    const r = cli(['--now', '2026-11-22'], harsh);
    expect(r.code).toBe(0);
    expect(r.out).toContain('NOT REMOVABLE');
    expect(r.out).toContain('Not removable: a genuine complaint about the product, however harsh.');
    expect(r.out).toMatch(/review-report: last day 2027-03-30/);
  });

  it('--json prints the classification; exit 1 when removable', () => {
    const r = cli(['--json', '--now=2026-11-22'], fba);
    expect(r.code).toBe(1);
    const c = JSON.parse(r.out);
    expect(c.removable).toBe(true);
    expect(c.grounds[0]).toMatchObject({ id: 'fba-fulfillment', field: 'body', start: 0 });
    expect(c.deadlines['feedback-removal']).toMatchObject({ windowDays: 90, lastDay: '2026-12-30', daysLeft: 38, expired: false });
  });

  it('--jsonl: one line per item, errors inline, processing continues', () => {
    const input = [harsh, 'not json', JSON.stringify({ id: 'bad', kind: 'review', rating: 7, body: 'x', date: '2026-10-01' }), '', fba].join('\n');
    const r = cli(['--jsonl', '--now', '2026-11-22'], input);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'R1', removable: false, grounds: [] });
    expect(Object.keys(out[0]).sort()).toEqual(['conditionalGrounds', 'deadlines', 'grounds', 'id', 'removable', 'risks', 'rootCauses', 'struckByAmazon']);
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2]).toMatchObject({ id: 'bad' });
    expect(out[2].error).toMatch(/rating/);
    expect(out[3]).toMatchObject({ id: '113-4471920-8836501', removable: true });
    expect(out[3].grounds[0]).toEqual({ id: 'fba-fulfillment', field: 'body', start: 0, end: expect.any(Number), quote: expect.any(String) });
    expect(r.code).toBe(2);
  });

  it('--help', () => {
    const r = cli(['--help'], '');
    expect(r.code).toBe(0);
    expect(r.out).toContain('--jsonl');
  });

  it.each([
    [['--bogus'], harsh, /unknown option --bogus/],
    [['--now', 'someday'], harsh, /--now: "someday" is not a date/],
    [['--json', '--jsonl'], harsh, /either --json or --jsonl/],
    [[], '', /no input/],
    [[], '{oops', /not valid JSON/],
    [[], '[1,2]', /expected a JSON object/],
    [[], JSON.stringify({ kind: 'tweet', rating: 1, body: 'x', date: '2026-10-01' }), /invalid item: kind:/],
    [[], JSON.stringify({ kind: 'review', rating: 1, date: '2026-10-01' }), /body: required/],
  ])('bad usage %j exits 2 with a clear message', (args, input, message) => {
    const r = cli(args, input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
