import { readFileSync } from 'node:fs';
import { lintMessage, RULE_IDS, parseLintSettings } from './lib/policy/index.ts';
const lines = readFileSync('tests/corpus/messages.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const stats: Record<string, { tp: number; fp: number; fn: number }> = {};
for (const id of RULE_IDS) stats[id] = { tp: 0, fp: 0, fn: 0 };
for (const m of lines) {
  const got = new Set(lintMessage(m.text, m.context, parseLintSettings(m.settings)).map((f) => f.rule));
  const want = new Set<string>(m.rules);
  for (const id of RULE_IDS) {
    const g = got.has(id), w = want.has(id);
    if (g && w) stats[id]!.tp++; else if (g) { stats[id]!.fp++; console.log(`FP ${id} ${m.id}: ${m.text.slice(0, 150)}`); } else if (w) { stats[id]!.fn++; console.log(`FN ${id} ${m.id}: ${m.text.slice(0, 150)}`); }
  }
}
for (const id of RULE_IDS) { const s = stats[id]!; console.log(id.padEnd(26), s.tp, s.fp, s.fn, (s.tp / (s.tp + s.fp || 1)).toFixed(2), (s.tp / (s.tp + s.fn || 1)).toFixed(2)); }
