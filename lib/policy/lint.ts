// lintMessage: build the Doc once, run every enabled rule over it, apply the
// seller's severity overrides, and return findings sorted by position.
import { buildDoc } from './document.ts';
import { SOURCES, type Report, type Rule } from './rule.ts';
import { ALL_RULES } from './rules/index.ts';
import { DEFAULT_LINT_SETTINGS, RULE_IDS, type Finding, type LintContext, type LintSettings, type RuleId, type Severity } from './types.ts';

// The second, legal source of the review rules (policy.md §4).
const FTC_NOTE = {
  en: 'US law forbids it too: the FTC rule on consumer reviews (16 CFR Part 465, since 21 Oct 2024) carries civil penalties per violation.',
  zh: '美国法律同样禁止:FTC 消费者评价规则(16 CFR Part 465,2024 年 10 月 21 日起施行)对每次违规处以民事罚款。',
};

const ORDER = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));

/**
 * Checks a buyer message against Amazon's messaging rules. Pure and
 * synchronous; never throws on any string. Offsets are UTF-16 units of `text`.
 * `context` and `settings` are trusted here: validate untrusted input with
 * LintContextSchema / parseLintSettings first.
 */
export function lintMessage(text: string, context?: LintContext, settings?: LintSettings): Finding[] {
  const s = settings ?? DEFAULT_LINT_SETTINGS;
  const doc = buildDoc(typeof text === 'string' ? text : String(text ?? ''), context, { rules: s.rules ?? {}, customPhrases: s.customPhrases ?? [] });
  const findings: Finding[] = [];
  const insert = doc.ctx.insert;
  // One report callback for all rules (reads the rule being run), not a closure per rule.
  let rule: Rule = ALL_RULES[0]!;
  let id: RuleId = rule.meta.id;
  let override: { enabled?: boolean; severity?: Severity } | undefined;
  const report = (r: Report): void => {
    const f: Finding = {
      rule: id,
      // Per finding: a rule may pick its severity from the context; the seller's override wins.
      severity: override?.severity ?? (insert ? rule.meta.severity : (r.severity ?? rule.meta.severity)),
      start: r.start,
      end: r.end,
      message: r.texts.en.message,
      explanation: rule.meta.alsoSource === SOURCES.ftc ? `${r.texts.en.explanation} ${FTC_NOTE.en}` : r.texts.en.explanation,
      zh: rule.meta.alsoSource === SOURCES.ftc ? { message: r.texts.zh.message, explanation: `${r.texts.zh.explanation}${FTC_NOTE.zh}` } : r.texts.zh,
      source: insert && rule.meta.insert && rule.meta.id !== 'custom-phrase' ? SOURCES.inserts : rule.meta.source,
    };
    if (r.fix !== undefined) f.fix = r.fix;
    findings.push(f);
  };
  // Most callers override nothing: skip 27 keyed lookups on an empty object.
  const overrides = s.rules;
  let anyOverride = false;
  for (const _ in overrides) {
    anyOverride = true;
    break;
  }
  for (const r of ALL_RULES) {
    rule = r;
    id = r.meta.id;
    override = anyOverride ? overrides![id] : undefined;
    if (override?.enabled === false) continue;
    // An insert card is printed, not messaged: only the review-manipulation
    // rules (and the seller's own phrases) apply, and they are errors there.
    if (insert && !r.meta.insert) continue;
    r.check(doc, report);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || ORDER.get(a.rule)! - ORDER.get(b.rule)!);
  return findings;
}
