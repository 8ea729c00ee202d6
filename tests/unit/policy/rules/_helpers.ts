import { lintMessage, type Finding, type LintContext, type RuleId } from '../../../../lib/policy/index.ts';

export const ORDER = 'Order 112-3456789-0123456. ';
export const find = (text: string, rule: RuleId, ctx?: LintContext): Finding[] => lintMessage(text, ctx).filter((f) => f.rule === rule);
export const rules = (text: string, ctx?: LintContext): RuleId[] => [...new Set(lintMessage(text, ctx).map((f) => f.rule))];
export const span = (text: string, f: Finding): string => text.slice(f.start, f.end);
