// Splits text into runs for the mirror: plain runs and marked runs, one per
// finding span. Where spans overlap, the more severe one wins the characters.
export interface Span {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  /** Index of the finding, to link the underline to the panel entry. */
  index: number;
}

export interface Run {
  text: string;
  start: number;
  mark?: Span;
}

export function segments(text: string, spans: readonly Span[]): Run[] {
  const n = text.length;
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(n, s.start)), end: Math.max(0, Math.min(n, s.end)) }))
    .filter((s) => s.end > s.start);
  if (valid.length === 0) return n ? [{ text, start: 0 }] : [];
  // Boundaries where the covering span may change.
  const cuts = new Set<number>([0, n]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    let best: Span | undefined;
    for (const s of valid) {
      if (s.start <= a && s.end >= b && (!best || (s.severity === 'error' && best.severity !== 'error'))) best = s;
    }
    const prev = runs[runs.length - 1];
    if (prev && prev.mark === best) prev.text += text.slice(a, b);
    else runs.push(best ? { text: text.slice(a, b), start: a, mark: best } : { text: text.slice(a, b), start: a });
  }
  return runs;
}

/**
 * Moves spans through an edit so underlines stay on their words while the
 * new findings are on their way (Harper's approach): spans before the edit
 * stay, spans after shift by the length change, spans touching it are dropped.
 */
export function remapSpans<T extends { start: number; end: number }>(spans: readonly T[], before: string, after: string): T[] {
  if (before === after) return [...spans];
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let sb = before.length;
  let sa = after.length;
  while (sb > p && sa > p && before.charCodeAt(sb - 1) === after.charCodeAt(sa - 1)) {
    sb--;
    sa--;
  }
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const s of spans) {
    if (s.end <= p) out.push(s);
    else if (s.start >= sb) out.push({ ...s, start: s.start + delta, end: s.end + delta });
  }
  return out;
}
