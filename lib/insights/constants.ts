// The time limits ReviewGuard applies, for the settings page (read-only):
// lib/reviews' DEADLINE_RULES plus the proactive-messaging window the
// checklist uses. Each carries its source and last-checked date.
import { PROACTIVE_MESSAGING, publicNote, publicSource } from '../checklist/deadlines.ts';
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
    // Sources and notes reach the seller: public ones only (no internal document names).
    ...DEADLINE_RULES.map((r) => ({
      id: r.id,
      windowDays: r.windowDays,
      title: r.title,
      source: publicSource(r.source),
      ...(r.note ? { note: publicNote(r.note) } : {}),
      lastChecked: r.lastChecked,
    })),
    {
      id: PROACTIVE_MESSAGING.id,
      windowDays: PROACTIVE_MESSAGING.windowDays,
      title: { en: 'Proactive buyer messages (from order completion: delivery)', zh: '主动联系买家（自订单完成即送达起）' },
      source: publicSource(PROACTIVE_MESSAGING.source),
      lastChecked: PROACTIVE_MESSAGING.lastChecked,
    },
  ];
}
