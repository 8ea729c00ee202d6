// `reviewguard lint`: checks a buyer message read from stdin.
//   human output (default): "line:column  severity  rule  message", exit 1 on any error
//   --json:  {"findings":[...]}
//   --jsonl: one {"id","text","context"?} per line → one {"id","findings"} per line
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { lintMessage, LintContextSchema, parseLintSettings, type Finding, type LintContext, type LintSettings } from '../policy/index.ts';
import { type CliIO, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, jsonLines, parseFlags, readAll, UsageError } from './io.ts';

const HELP = `Usage: reviewguard lint [options] < message.txt

Checks a buyer message against Amazon's messaging rules.

Output:
  (default)        one line per finding: line:column  severity  rule  message
  --json           {"findings":[...]} for the whole of stdin
  --jsonl          each stdin line is {"id","text","context"?}; prints {"id","findings"} per line
                   (a bad line prints {"id"?, "error"} and processing continues)

Context (apply to the message, or to every --jsonl line without its own value):
  --order-date DATE              order date (YYYY-MM-DD or ISO 8601)
  --delivery-date DATE           delivery date
  --now DATE                     "today" for the 30-day window (default: now)
  --buyer-language LANG          buyer's preferred language: es, Spanish, Español, 西班牙语…
  --buyer-initiated              the message replies to the buyer (no 30-day window)
  --review-requested-before      this order already had a review request
  --buyer-opted-out              the buyer opted out of unsolicited messages
  --contact-reason REASON        reason picked on Contact buyer: delivery, missing-information,
                                 unexpected-problem (the three critical ones) or other
  --has-attachment               a file is attached to the message
  --context JSON                 the whole context as JSON, e.g. '{"deliveryDate":"2026-11-10"}'
                                 (single flags override its keys)

Mode:
  --mode insert                  check a package-insert card instead of a buyer message:
                                 contacts, links and phone numbers are fine there; review
                                 incentives, satisfaction-gated asks and review rewards are errors

Settings:
  --settings FILE                JSON: {"rules":{"emoji":{"enabled":false},...},"customPhrases":[...]}
  --help                         show this help

Exit status: 0 no error-level finding, 1 at least one, 2 bad usage or input
(with --jsonl: 2 if any line was malformed).
`;

const FLAGS = {
  json: 'boolean',
  jsonl: 'boolean',
  help: 'boolean',
  settings: 'string',
  'order-date': 'string',
  'delivery-date': 'string',
  now: 'string',
  'buyer-language': 'string',
  'buyer-initiated': 'boolean',
  'review-requested-before': 'boolean',
  'buyer-opted-out': 'boolean',
  'contact-reason': 'string',
  'has-attachment': 'boolean',
  context: 'string',
  mode: 'string',
} as const;

const LineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string(),
    context: z.optional(LintContextSchema),
  })
  .strict();

function zodMessage(e: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code?: string }> }): string {
  return e.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

function contextFromFlags(flags: Record<string, string | boolean>): LintContext {
  const map: Array<[string, keyof LintContext]> = [
    ['order-date', 'orderDate'],
    ['delivery-date', 'deliveryDate'],
    ['now', 'now'],
    ['buyer-language', 'buyerLanguage'],
    ['buyer-initiated', 'buyerInitiated'],
    ['review-requested-before', 'reviewRequestedBefore'],
    ['buyer-opted-out', 'buyerOptedOut'],
    ['contact-reason', 'contactReason'],
    ['has-attachment', 'hasAttachment'],
    ['mode', 'mode'],
  ];
  let raw: Record<string, unknown> = {};
  if (typeof flags.context === 'string') {
    try {
      raw = JSON.parse(flags.context) as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(`--context: not valid JSON (${(e as Error).message})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UsageError('--context: expected a JSON object');
  }
  for (const [flag, key] of map) if (flags[flag] !== undefined) raw[key] = flags[flag];
  const r = LintContextSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const flag = map.find(([, key]) => key === issue.path[0])?.[0];
    throw new UsageError(`${flag ? `--${flag}` : 'context'}: ${issue.message}`);
  }
  return r.data;
}

function loadSettings(file: string): LintSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--settings: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`--settings: ${file} is not valid JSON (${(e as Error).message})`);
  }
  try {
    return parseLintSettings(json);
  } catch (e) {
    throw new UsageError(`--settings: ${(e as Error).message}`);
  }
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
function lineColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
}

function human(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No problems found.\n';
  const rows = findings.map((f) => {
    const [l, c] = lineColumn(text, f.start);
    return [`${l}:${c}`, f.severity, f.rule, f.message];
  });
  const w0 = Math.max(...rows.map((r) => r[0]!.length));
  const w1 = Math.max(...rows.map((r) => r[1]!.length));
  const w2 = Math.max(...rows.map((r) => r[2]!.length));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const out = rows.map((r) => `${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]!.padEnd(w2)}  ${r[3]}`).join('\n');
  return `${out}\n\n${findings.length} problem${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'})\n`;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positional } = parseFlags(args, FLAGS);
  if (flags.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positional.length > 0) throw new UsageError(`unexpected argument "${positional[0]}" (the message is read from stdin)`);
  if (flags.json && flags.jsonl) throw new UsageError('--json and --jsonl cannot be combined');
  const context = contextFromFlags(flags);
  const settings = typeof flags.settings === 'string' ? loadSettings(flags.settings) : undefined;

  if (flags.jsonl) {
    let anyError = false;
    const { failed } = await jsonLines(io, (value) => {
      const r = LineSchema.safeParse(value);
      if (!r.success) throw new Error(zodMessage(r.error));
      const findings = lintMessage(r.data.text, { ...context, ...r.data.context }, settings);
      if (findings.some((f) => f.severity === 'error')) anyError = true;
      return { id: r.data.id, findings };
    });
    // A malformed line is bad input (2) even if other lines had findings.
    return failed > 0 ? EXIT_USAGE : anyError ? EXIT_FINDINGS : EXIT_OK;
  }

  const text = await readAll(io.stdin);
  const findings = lintMessage(text, context, settings);
  io.stdout(flags.json ? JSON.stringify({ findings }) + '\n' : human(text, findings));
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
