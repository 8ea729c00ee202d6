/** A range [s, e) in the normalised text. */
export interface Span {
  s: number;
  e: number;
}

/** True if [s, e) overlaps any span of a sorted list. */
export function overlapsAny(spans: readonly Span[], s: number, e: number): boolean {
  for (const x of spans) {
    if (x.s >= e) return false;
    if (x.e > s) return true;
  }
  return false;
}
