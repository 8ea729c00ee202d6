// "No longer listed": how an item Amazon removed is told apart from one that
// is merely on another page, sorted elsewhere or hidden by a filter. Paging
// changes no URL and the page never says "removed", so absence alone proves
// nothing. An item counts as gone only when its place in the list closed up:
// the items that stood on both sides of it now stand next to each other, with
// at least one more of its old surroundings unchanged (a different sort order
// does not reproduce that), on a list that shows both critical (1–3★) and
// positive (4–5★) ratings (a star filter could hide an item whose rating
// changed). Precision first: on a filtered view or at a page edge it says
// nothing. PURE.

/** One item on the page, in page order. */
export interface ListingEntry {
  id: string;
  rating: number;
}

/** The items that stood directly before and after an item, the last time a page listed it between two others. */
export interface Neighbours {
  before: string;
  after: string;
}

/** Neighbours of every item listed between two others. */
export function neighboursIn(entries: readonly ListingEntry[]): Map<string, Neighbours> {
  const out = new Map<string, Neighbours>();
  for (let i = 1; i + 1 < entries.length; i++) out.set(entries[i]!.id, { before: entries[i - 1]!.id, after: entries[i + 1]!.id });
  return out;
}

/** The list is not narrowed by a star filter: it shows both a 1–3★ and a 4–5★ item. */
export function showsAllRatings(entries: readonly ListingEntry[]): boolean {
  return entries.some((e) => e.rating <= 3) && entries.some((e) => e.rating >= 4);
}

/**
 * The ids, among `known` (records with the neighbours last stored for them),
 * whose place in this listing closed up: they are absent, their old
 * neighbours now stand side by side, and one more item of their old
 * surroundings is where it was.
 */
export function goneFrom(entries: readonly ListingEntry[], known: ReadonlyMap<string, Neighbours | undefined>): string[] {
  if (entries.length < 3 || !showsAllRatings(entries)) return [];
  const at = new Map(entries.map((e, i) => [e.id, i]));
  const gone: string[] = [];
  for (const [id, n] of known) {
    if (!n || at.has(id)) continue;
    const i = at.get(n.before);
    if (i === undefined || entries[i + 1]?.id !== n.after) continue;
    // The two neighbours were recorded in the same listing as the item itself.
    const a = known.get(n.before);
    const b = known.get(n.after);
    if (a?.after !== id || b?.before !== id) continue;
    const outerBefore = i > 0 && entries[i - 1]!.id === a.before;
    const outerAfter = i + 2 < entries.length && entries[i + 2]!.id === b.after;
    if (outerBefore || outerAfter) gone.push(id);
  }
  return gone;
}
