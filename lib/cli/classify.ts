// `reviewguard classify`: is this review / seller feedback removable, on what
// ground, and by when? One JSON item on stdin (human summary or --json), or
// JSON lines with --jsonl (one result per line; bad lines become errors).
import { z } from 'zod';
import { CONDITIONAL_GROUNDS, GROUNDS, RISK_LABELS, ROOT_CAUSE_LABELS, classifyReview } from '../reviews/index.ts';
import { type Classification, type ReviewItem, ReviewItemSchema } from '../reviews/types.ts';
import { dayNumber } from '../reviews/dates.ts';
import { type CliIO, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, jsonLines, parseFlags, readAll } from './io.ts';

const HELP = `Usage: reviewguard classify [options] < item.json

Decides whether an Amazon review or seller feedback can be reported for
removal, on which ground (with the quoted evidence), its likely root causes,
risks, and the deadlines that apply.

Input (stdin): one JSON object
  {"id"?, "kind": "review"|"feedback", "rating": 1-5, "title"?, "body",
   "date": "YYYY-MM-DD", "fulfilledBy"?: "amazon"|"merchant", "vine"?: bool}

Options:
  --json         print the full classification as JSON
  --jsonl        read one item per line, write one JSON result per line
                 (a bad line becomes {"id"?, "error"} and the rest go on)
  --now DATE     the date to count deadlines from (default: today)
  --help         show this help

Output adds "conditionalGrounds" (e.g. buy-shipping: eligible only if you
shipped on time with Buy Shipping; never makes an item removable) and
"struckByAmazon" (FBA feedback Amazon already struck through: nothing to report).

Exit codes: 0 nothing removable, 1 removable (with --jsonl: any line),
            2 bad usage or input (with --jsonl: any bad line).
`;

const FLAGS = { json: 'boolean', jsonl: 'boolean', now: 'string', help: 'boolean' } as const;

/** Zod issues as one readable line: "rating: must be ≤ 5; body: required". */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string }> }): string {
  return error.issues
    .map((i) => {
      const path = i.path.length ? i.path.join('.') : 'item';
      if (i.code === 'invalid_type' && (i as { input?: unknown }).input === undefined) return `${path}: required`;
      return `${path}: ${i.message}`;
    })
    .join('; ');
}

export function parseItem(value: unknown): ReviewItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError('expected a JSON object');
  const r = ReviewItemSchema.safeParse(value);
  if (!r.success) throw new UsageError(`invalid item: ${describeIssues(r.error)}`);
  return r.data;
}

/** The compact line written by --jsonl. */
export function toLine(item: ReviewItem, c: Classification): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (item.id !== undefined) out.id = item.id;
  out.removable = c.removable;
  out.grounds = c.grounds.map(({ id, field, start, end, quote }) => ({ id, field, start, end, quote }));
  out.conditionalGrounds = (c.conditionalGrounds ?? []).map(({ id, field, start, end, quote }) => ({ id, field, start, end, quote }));
  out.struckByAmazon = c.struckByAmazon ?? false;
  out.rootCauses = c.rootCauses;
  out.risks = c.risks;
  out.deadlines = c.deadlines;
  return out;
}

function summary(item: ReviewItem, c: Classification): string {
  const lines: string[] = [];
  const head = `${item.kind === 'feedback' ? 'Seller feedback' : 'Review'}${item.id ? ` ${item.id}` : ''} (${item.rating}★, ${item.date.slice(0, 10)})`;
  lines.push(head, '');
  lines.push(c.removable ? 'REMOVABLE' : c.struckByAmazon ? 'ALREADY STRUCK THROUGH BY AMAZON' : 'NOT REMOVABLE', `  ${c.reason.en}`, `  ${c.reason.zh}`);
  if (c.grounds.length) {
    lines.push('', 'Grounds:');
    for (const g of c.grounds) {
      const form = GROUNDS[g.id].reportReason[item.kind];
      lines.push(`  ${g.id}  ${g.field}[${g.start}–${g.end}]  "${g.quote.replace(/\s+/g, ' ').slice(0, 100)}"${form ? `\n      report as: ${form.en}` : ''}`);
    }
  }
  if (c.conditionalGrounds?.length) {
    lines.push('', 'Conditional grounds:');
    for (const g of c.conditionalGrounds) {
      lines.push(`  ${g.id}  ${g.field}[${g.start}–${g.end}]  "${g.quote.replace(/\s+/g, ' ').slice(0, 100)}"`, `      ${CONDITIONAL_GROUNDS[g.id].condition.en}`);
    }
  }
  if (c.rootCauses.length) lines.push('', `Root causes: ${c.rootCauses.map((r) => ROOT_CAUSE_LABELS[r].en).join(', ')} (primary first)`);
  if (c.risks.length) {
    lines.push('', 'Risks:');
    for (const r of c.risks) {
      const quotes = c.riskEvidence.filter((e) => e.id === r).map((e) => `"${e.quote}"`);
      lines.push(`  ${RISK_LABELS[r].en}: ${quotes.slice(0, 3).join(', ')}`, `    ${RISK_LABELS[r].alert.en}`);
    }
  }
  const deadlines = Object.values(c.deadlines);
  if (deadlines.length) {
    lines.push('', 'Deadlines:');
    for (const d of deadlines) {
      const left = d.expired ? `expired ${-d.daysLeft} day(s) ago` : d.daysLeft === 0 ? 'last day today' : `${d.daysLeft} day(s) left`;
      lines.push(`  ${d.id}: last day ${d.lastDay} (${d.windowDays} days, ${left})`, `    source: ${d.source} (checked ${d.lastChecked})`);
    }
  }
  return lines.join('\n') + '\n';
}

function nowFrom(flag: string | boolean | undefined): Date | string {
  if (typeof flag !== 'string') return new Date();
  if (Number.isNaN(dayNumber(flag))) throw new UsageError(`--now: "${flag}" is not a date (use YYYY-MM-DD)`);
  return flag;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseFlags(args, FLAGS);
  if (flags.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}" (the item is read from stdin)`);
  if (flags.json && flags.jsonl) throw new UsageError('use either --json or --jsonl, not both');
  const now = nowFrom(flags.now);

  if (flags.jsonl) {
    let removable = false;
    const { failed } = await jsonLines(io, (value) => {
      const item = parseItem(value);
      const c = classifyReview(item, now);
      removable ||= c.removable;
      return toLine(item, c);
    });
    return failed ? EXIT_USAGE : removable ? EXIT_FINDINGS : EXIT_OK;
  }

  const text = (await readAll(io.stdin)).trim();
  if (text === '') throw new UsageError('no input: pipe one JSON item on stdin (or use --jsonl for JSON lines)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`input is not valid JSON (${(e as Error).message}); for one item per line use --jsonl`);
  }
  const item = parseItem(value);
  const c = classifyReview(item, now);
  io.stdout(flags.json ? JSON.stringify(c, null, 2) + '\n' : summary(item, c));
  return c.removable ? EXIT_FINDINGS : EXIT_OK;
}
