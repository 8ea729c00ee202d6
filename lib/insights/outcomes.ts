// Outcomes of the seller's work: the note line for one change ("rating 2 → 4
// on 2026-12-03") and the Insights view — per action taken (contacted,
// reported, replied: checklist steps done), how many items changed and how,
// week by week. PURE.
import { dayNumber, isoDay } from '../reviews/dates.ts';
import { doneSteps, type ChecklistRecord, type ReviewRecord } from '../records/index.ts';
import { applyFilter, NO_FILTER, type InsightsFilter } from './index.ts';

// The note's wording lives with the checklist (which shows it too).
export { formatOutcome, outcomeNote } from '../checklist/outcome-text.ts';

/** The actions the outcome view compares (checklist step ids). */
export const OUTCOME_ACTIONS = ['contact', 'report', 'reply'] as const;
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number];

export interface OutcomeRow {
  action: OutcomeAction;
  /** Items with this step done. */
  worked: number;
  /** Of those, items with at least one change seen after the step was done. */
  changed: number;
  ratingUp: number;
  ratingDown: number;
  text: number;
  removed: number;
  struck: number;
}

export interface OutcomeWeek {
  /** Monday, YYYY-MM-DD. */
  week: string;
  /** Changes seen that week, per action that had been taken. */
  counts: Record<OutcomeAction, number>;
}

export interface OutcomeView {
  rows: OutcomeRow[];
  weeks: OutcomeWeek[];
}

const mondayOf = (d: number) => d - ((d + 3) % 7);

/**
 * Per action taken, how many items changed and how. An item counts under an
 * action when its step is done now; a change counts for an action when that
 * step was already done when the change was seen (the event's `after`), so a
 * report marked after the buyer edited the review is not credited with it.
 * Each item counts once per kind of change.
 */
export function outcomesByAction(
  records: readonly ReviewRecord[],
  checklists: readonly ChecklistRecord[],
  filter: InsightsFilter = NO_FILTER,
): OutcomeView {
  const progress = new Map(checklists.map((c) => [c.reviewId, c]));
  const rows = new Map<OutcomeAction, OutcomeRow>(
    OUTCOME_ACTIONS.map((action) => [action, { action, worked: 0, changed: 0, ratingUp: 0, ratingDown: 0, text: 0, removed: 0, struck: 0 }]),
  );
  const weekly = new Map<number, Record<OutcomeAction, number>>();
  for (const r of applyFilter(records, filter)) {
    const done = new Set(doneSteps(progress.get(r.id)));
    for (const action of OUTCOME_ACTIONS) {
      if (!done.has(action)) continue;
      const row = rows.get(action)!;
      row.worked += 1;
      const evs = (r.outcomes ?? []).filter((e) => e.after?.includes(action));
      if (!evs.length) continue;
      row.changed += 1;
      const kinds = new Set<string>();
      for (const e of evs) {
        const k = e.kind === 'rating' ? (Number(e.to) > Number(e.from) ? 'ratingUp' : 'ratingDown') : e.kind;
        kinds.add(k);
        const d = dayNumber(e.at);
        if (Number.isNaN(d)) continue;
        const w = mondayOf(d);
        const counts = weekly.get(w) ?? { contact: 0, report: 0, reply: 0 };
        counts[action] += 1;
        weekly.set(w, counts);
      }
      for (const k of kinds) row[k as 'ratingUp' | 'ratingDown' | 'text' | 'removed' | 'struck'] += 1;
    }
  }
  const weeks = [...weekly.keys()].sort((a, b) => a - b).map((w) => ({ week: isoDay(w), counts: weekly.get(w)! }));
  return { rows: [...rows.values()], weeks };
}
