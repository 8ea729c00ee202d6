// Small builders so each test states only what matters about its item.
import { type Classification, type ReviewItem, classifyReview } from '../../../lib/reviews/index.ts';

export const NOW = '2026-11-22';

export function review(body: string, extra: Partial<ReviewItem> = {}): Classification {
  return classifyReview({ kind: 'review', rating: 1, body, date: '2026-11-01', ...extra }, NOW);
}

export function feedback(body: string, extra: Partial<ReviewItem> = {}): Classification {
  return classifyReview({ kind: 'feedback', rating: 1, body, date: '2026-11-01', fulfilledBy: 'merchant', ...extra }, NOW);
}

export const ids = (c: Classification): string[] => [...new Set(c.grounds.map((g) => g.id))].sort();
