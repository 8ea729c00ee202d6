// Scores lintMessage on a labelled set of messages: per-rule precision and
// recall, macro-F1 over the rules that occur, and the one figure that must be
// zero (an error on a text a careful reader finds compliant). Used by the
// real-messages accuracy test and by `npm run score:messages` for new sets,
// which stay outside the project (third-party text).
import { lintMessage, LintContextSchema, RULE_IDS, type Finding, type LintContext, type RuleId } from '../../lib/policy/index.ts';

export interface LabelledMessage {
  id: string;
  text: string;
  context?: Record<string, unknown>;
  /** Every rule that should fire, at any severity. */
  expect: string[];
  /** A printed package insert or packing slip is linted in insert mode. */
  kind?: 'message' | 'insert';
  /** The labeller's verdict; without it, a text that expects only warnings is compliant. */
  compliant?: boolean;
}

/** Rules that are warnings whatever the context (an item expecting only these is a compliant template). */
const WARNING_ONLY = new Set<string>(['missing-order-id', 'no-permitted-reason', 'external-link', 'phone-number', 'off-platform-contact', 'excess-line-breaks', 'wrong-language', 'amazon-store-link', 'attachment-reason']);

export function isCompliant(item: LabelledMessage): boolean {
  if (typeof item.compliant === 'boolean') return item.compliant;
  return item.expect.every(
    (r) => WARNING_ONLY.has(r) || (r === 'outside-window' && item.context?.deliveryDate === undefined) || (r === 'review-change-request' && /feedback/i.test(item.text) && !/review/i.test(item.text)),
  );
}

/** The item's lint context; a key this build does not know is dropped rather than the item. */
export function contextOf(item: LabelledMessage): LintContext | undefined {
  const raw: Record<string, unknown> = { ...(item.context ?? {}) };
  if (item.kind === 'insert') raw.mode = 'insert';
  if (Object.keys(raw).length === 0) return undefined;
  const r = LintContextSchema.safeParse(raw);
  if (r.success) return r.data;
  const known = new Set(Object.keys(LintContextSchema.shape));
  return LintContextSchema.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => known.has(k))));
}

export interface RuleScore {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface MessageScore {
  items: number;
  macroF1: number;
  perRule: RuleScore[];
  /** "FP rule id" / "FN rule id" lines, item order. */
  misses: string[];
  /** "id: rules" for each compliant text that got an error-level finding. */
  compliantErrors: string[];
  compliantCount: number;
}

export function scoreMessages(items: readonly LabelledMessage[], lint: (text: string, ctx?: LintContext) => Finding[] = lintMessage): MessageScore {
  // Labelled ids the build does not know yet count too (as misses).
  const ids = [...new Set<string>([...RULE_IDS, ...items.flatMap((i) => i.expect)])];
  const stats = new Map(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  const compliantErrors: string[] = [];
  let compliantCount = 0;
  for (const item of items) {
    const findings = lint(item.text, contextOf(item));
    const got = new Set<string>(findings.map((f) => f.rule));
    const want = new Set(item.expect);
    if (isCompliant(item)) {
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
  const perRule = ids
    .filter((id) => {
      const s = stats.get(id)!;
      return s.tp + s.fp + s.fn > 0;
    })
    .map((id) => {
      const { tp, fp, fn } = stats.get(id)!;
      const p = tp + fp === 0 ? 1 : tp / (tp + fp);
      const r = tp + fn === 0 ? 1 : tp / (tp + fn);
      return { id, tp, fp, fn, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
    });
  const macroF1 = perRule.reduce((a, x) => a + x.f1, 0) / Math.max(1, perRule.length);
  return { items: items.length, macroF1, perRule, misses, compliantErrors, compliantCount };
}

export function formatScore(name: string, s: MessageScore): string {
  return [
    `${name}: ${s.items} texts, macro-F1 ${s.macroF1.toFixed(3)} over ${s.perRule.length} rules; compliant ${s.compliantCount}, with an error ${s.compliantErrors.length}`,
    ...s.perRule.map((x) => `  ${x.id.padEnd(26)} tp ${String(x.tp).padStart(3)} fp ${String(x.fp).padStart(3)} fn ${String(x.fn).padStart(3)}  P ${x.p.toFixed(2)} R ${x.r.toFixed(2)}`),
  ].join('\n');
}

/** Parses a labelled JSONL file's text; a bad line is an error that names it. */
export function parseLabelledMessages(jsonl: string, name = 'input'): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new Error(`${name}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    const m = o as Partial<LabelledMessage>;
    if (typeof m?.id !== 'string' || typeof m.text !== 'string' || !Array.isArray(m.expect) || !m.expect.every((r) => typeof r === 'string')) {
      throw new Error(`${name}:${i + 1}: needs "id" (string), "text" (string) and "expect" (array of rule ids)`);
    }
    if (m.kind !== undefined && m.kind !== 'message' && m.kind !== 'insert') throw new Error(`${name}:${i + 1}: "kind" must be "message" or "insert"`);
    out.push(m as LabelledMessage);
  });
  return out;
}
