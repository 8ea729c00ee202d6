// The time limits ReviewGuard applies, for the settings page (read-only):
// lib/reviews' DEADLINE_RULES plus the proactive-messaging window the
// checklist uses. Each carries its source and last-checked date.
import { PROACTIVE_MESSAGING } from '../checklist/deadlines.ts';
import { DEADLINE_RULES } from '../reviews/deadlines.ts';

export interface DeadlineConstantInfo {
  id: string;
  windowDays: number;
  title: { en: string; zh: string };
  source: string;
  note?: string;
  lastChecked: string;
}

export function deadlineConstants(): DeadlineConstantInfo[] {
  return [
    ...DEADLINE_RULES.map((r) => ({ id: r.id, windowDays: r.windowDays, title: r.title, source: r.source, note: r.note, lastChecked: r.lastChecked })),
    {
      id: PROACTIVE_MESSAGING.id,
      windowDays: PROACTIVE_MESSAGING.windowDays,
      title: { en: 'Proactive buyer messages (from the order date)', zh: '主动联系买家（自下单日起）' },
      source: PROACTIVE_MESSAGING.source,
      lastChecked: PROACTIVE_MESSAGING.lastChecked,
    },
  ];
}
