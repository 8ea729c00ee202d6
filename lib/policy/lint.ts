// lintMessage: build the Doc once, run every enabled rule over it, apply the
// seller's severity overrides, and return findings sorted by position.
import { buildDoc } from './document.ts';
import type { Report } from './rule.ts';
import { ALL_RULES } from './rules/index.ts';
import { DEFAULT_LINT_SETTINGS, RULE_IDS, type Finding, type LintContext, type LintSettings, type RuleId } from './types.ts';

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
  for (const rule of ALL_RULES) {
    const { id } = rule.meta;
    const override = s.rules?.[id];
    if (override?.enabled === false) continue;
    rule.check(doc, (r: Report) => {
      const f: Finding = {
        rule: id,
        severity: override?.severity ?? r.severity ?? rule.meta.severity,
        start: r.start,
        end: r.end,
        message: r.texts.en.message,
        explanation: r.texts.en.explanation,
        zh: r.texts.zh,
        source: rule.meta.source,
      };
      if (r.fix !== undefined) f.fix = r.fix;
      findings.push(f);
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || ORDER.get(a.rule)! - ORDER.get(b.rule)!);
  return findings;
}
