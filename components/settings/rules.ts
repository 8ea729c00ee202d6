// Adapter: the rule list the settings form shows, from lib/policy's RULES
// metadata (default severity, English / Chinese title, source), in the order
// of RULE_IDS. A rule without metadata is shown by its id.
import { RULES } from '../../lib/policy/index.ts';
import { RULE_IDS } from '../../lib/policy/types.ts';
import type { RuleMeta } from './SettingsForm.tsx';

export function ruleMetas(): RuleMeta[] {
  return RULE_IDS.map((id) => {
    const info = (RULES as Partial<typeof RULES>)[id];
    return info
      ? { id, severity: info.severity, title: info.title, source: info.source }
      : { id, severity: 'error' as const, title: { en: id, zh: id } };
  });
}
