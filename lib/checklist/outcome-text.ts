// What changed on an item after the seller acted, in plain words for the
// page note, the checklist and Insights: "rating 2 → 4 on 2026-12-03". PURE.
import type { Lang } from '../i18n/lang.ts';
import type { OutcomeEvent, ReviewRecord } from '../records/index.ts';
import { dayNumber, isoDay } from '../reviews/dates.ts';

const day = (iso: string) => (Number.isNaN(dayNumber(iso)) ? iso : isoDay(dayNumber(iso)));

/** One change in plain words, e.g. "rating 2 → 4 on 2026-12-03" / "2026-12-03 评分 2 → 4". */
export function formatOutcome(ev: OutcomeEvent, lang: Lang): string {
  const d = day(ev.at);
  if (lang === 'zh') {
    switch (ev.kind) {
      case 'rating':
        return `${d} 评分 ${ev.from} → ${ev.to}`;
      case 'text':
        return `${d} 内容已修改`;
      case 'removed':
        return `${d} 已移除（不再显示）`;
      case 'struck':
        return `${d} 已被亚马逊划线删除`;
    }
  }
  switch (ev.kind) {
    case 'rating':
      return `rating ${ev.from} → ${ev.to} on ${d}`;
    case 'text':
      return `text changed on ${d}`;
    case 'removed':
      return `removed (no longer listed) on ${d}`;
    case 'struck':
      return `struck through by Amazon on ${d}`;
  }
}

/** The note's outcome line for a record: its changes, latest last, joined; '' when none. */
export function outcomeNote(record: Pick<ReviewRecord, 'outcomes'>, lang: Lang, max = 3): string {
  const list = (record.outcomes ?? []).slice(-max);
  return list.map((e) => formatOutcome(e, lang)).join(lang === 'zh' ? '；' : '; ');
}

