// Outcomes: what changed on an item the seller worked on (any checklist step
// done) when it is seen again — the rating, the text, or Amazon removing it or
// striking it through. PURE; the store records what this returns.
import type { ChecklistRecord, ItemStatus, OutcomeEvent, ReviewRecord, StepId } from './schemas.ts';
import { STEP_IDS } from './schemas.ts';
import { currentRating } from './rating.ts';

/** The steps marked done, in step order (empty: not worked on). */
export function doneSteps(progress: Pick<ChecklistRecord, 'steps'> | undefined): StepId[] {
  return STEP_IDS.filter((id) => progress?.steps[id]?.done === true);
}

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function short(s: string, max = 200): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}


/**
 * True when the text really changed. A shorter or longer copy of the same
 * text (a "Read more" cut, a note Amazon appended) is not a change: a false
 * "the buyer edited it" would mislead the seller.
 */
export function textChanged(before: { title?: string; body: string }, after: { title?: string; body: string }): boolean {
  const a = norm(`${before.title ?? ''} ${before.body}`);
  const b = norm(`${after.title ?? ''} ${after.body}`);
  if (a === b || !a || !b) return false;
  return !(a.startsWith(b) || b.startsWith(a));
}

export interface Sighting {
  item: Pick<ReviewRecord['item'], 'rating' | 'title' | 'body'>;
  /** What the page shows about it now (absent: listed normally). */
  status?: ItemStatus;
}

/**
 * The outcome events a new sighting adds to `prev`: none when the seller has
 * not worked on it (no step done) or nothing changed. Status events fire once,
 * on the change to that status.
 */
export function detectOutcomes(prev: ReviewRecord | undefined, seen: Sighting, progress: Pick<ChecklistRecord, 'steps'> | undefined, at: Date): OutcomeEvent[] {
  if (!prev) return [];
  const after = doneSteps(progress);
  if (!after.length) return [];
  const when = at.toISOString();
  const out: OutcomeEvent[] = [];
  const from = currentRating(prev);
  if (seen.item.rating !== from) out.push({ at: when, kind: 'rating', from, to: seen.item.rating, after });
  if (textChanged(prev.item, seen.item)) out.push({ at: when, kind: 'text', from: short(prev.item.body), to: short(seen.item.body), after });
  if (seen.status && seen.status !== prev.status) out.push({ at: when, kind: seen.status, after });
  return out;
}
