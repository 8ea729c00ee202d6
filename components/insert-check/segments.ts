// Splits a text into plain and flagged segments for the underlined preview:
// each character takes the most severe finding that covers it (errors over
// warnings); zero-width (whole-message) findings underline nothing.
import type { Finding, Severity } from '../../lib/policy/types.ts';

export interface Segment {
  text: string;
  start: number;
  severity?: Severity;
  /** Index of the first finding covering this segment. */
  finding?: number;
}

export function segments(text: string, findings: readonly Finding[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of findings) if (f.end > f.start) (cuts.add(Math.min(f.start, text.length)), cuts.add(Math.min(f.end, text.length)));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (e <= s) continue;
    let severity: Severity | undefined;
    let finding: number | undefined;
    findings.forEach((f, fi) => {
      if (f.start <= s && f.end >= e && f.end > f.start && severity !== 'error') {
        if (f.severity === 'error' || severity === undefined) {
          severity = f.severity;
          finding = fi;
        }
      }
    });
    const prev = out[out.length - 1];
    if (prev && prev.severity === severity && prev.finding === finding) prev.text += text.slice(s, e);
    else out.push({ text: text.slice(s, e), start: s, ...(severity ? { severity, finding } : {}) });
  }
  return out;
}
