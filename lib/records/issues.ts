// One formatter for zod validation errors of stored records (import files,
// reads that fail validation): "reviews.3.item.rating: Too big…". Plain
// English for logs and the import report; the UI words its own summary.
export interface IssueLike {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/** One issue: its dotted path (or "(root)") and message. */
export function formatIssue(issue: IssueLike): string {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? (p.description ?? 'symbol') : String(p))).join('.');
  return `${path || '(root)'}: ${issue.message}`;
}

/** The first `max` issues joined with "; ", and how many more there were. */
export function formatIssues(error: { readonly issues: ReadonlyArray<IssueLike> }, max = 5): string {
  const shown = error.issues.slice(0, max).map(formatIssue).join('; ');
  const more = error.issues.length - max;
  return more > 0 ? `${shown} (and ${more} more)` : shown;
}
