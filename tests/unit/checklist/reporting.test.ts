// The reporting guard: exact channels, Amazon's warning on every report
// action, the pre-send check and the weekly count.
import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  urgency,
  checkReport,
  IMPROPER_REPORT_WARNING,
  reportChannels,
  reportLogEntry,
  weeklyReportCounts,
} from '../../../lib/checklist/index.ts';
import { ALL_SAMPLES, feedback, harsh, NOW, profanity } from './samples.ts';

describe('report channels', () => {
  it('reviews: the product page Report link, then Brand Registry › Report a violation (product review)', () => {
    const en = reportChannels('review', 'en');
    expect(en.map((c) => c.id)).toEqual(['review-report-link', 'brand-registry-violation']);
    expect(en[1]!.how).toMatch(/Report a violation.*Product review/);
    expect(reportChannels('review', 'zh')[0]!.how).toMatch(/Report/);
    for (const c of en) expect(c.source).toMatch(/^https:\/\//);
  });

  it('feedback: Feedback Manager › Request removal, within 90 days', () => {
    const [c] = reportChannels('feedback', 'en');
    expect(c!.id).toBe('feedback-request-removal');
    expect(c!.how).toMatch(/Request removal.*90 days/);
  });

  it('the report step of a removable item carries the channels, the warning and the quote', () => {
    for (const lang of ['en', 'zh'] as const) {
      const step = buildChecklist(profanity, { now: NOW, lang }).steps.find((s) => s.id === 'report')!;
      expect(step.applicable).toBe(true);
      expect(step.report!.channels.length).toBe(2);
      expect(step.report!.warning).toBe(IMPROPER_REPORT_WARNING[lang]);
      expect(step.actions).toContain(IMPROPER_REPORT_WARNING[lang]);
      expect(step.drafts![0]!.text).toContain(step.report!.quote);
    }
  });
});

describe('items Amazon already acted on', () => {
  it('a removed or struck item has nothing to report, and its outcome shows in the facts', () => {
    for (const status of ['removed', 'struck'] as const) {
      const r = { ...profanity, status, outcomes: [{ at: '2026-02-27T00:00:00.000Z', kind: status, after: ['report' as const] }] };
      const c = buildChecklist(r, { now: NOW, lang: 'en' });
      const report = c.steps.find((s) => s.id === 'report')!;
      expect(report.applicable).toBe(false);
      expect(report.skipReason).toMatch(status === 'removed' ? /no longer listed/ : /Amazon has already/);
      const facts = c.steps.find((s) => s.id === 'understand')!.facts!;
      expect(facts.find((f) => f.label === 'Since you acted')?.value).toMatch(status === 'removed' ? /no longer listed\) on 2026-02-27/ : /by Amazon on 2026-02-27/);
      expect(c.nextDeadline?.id).not.toBe(buildChecklist(profanity, { now: NOW, lang: 'en' }).steps.find((x) => x.id === 'report')!.deadline!.id);
      expect(urgency(r, NOW)).toBeGreaterThanOrEqual(urgency(profanity, NOW));
    }
  });
});

describe('checkReport', () => {
  it('lets a removable, not yet reported item through without a warning', () => {
    expect(checkReport(profanity, [], 'en')).toEqual({ confirm: false, previous: 0 });
  });

  it('asks for confirmation, with Amazon\'s warning, for an item ReviewGuard did not call removable', () => {
    const c = checkReport(harsh, [], 'en');
    expect(c.confirm).toBe(true);
    expect(c.warning).toMatch(/found no removal ground/);
    expect(c.warning).toContain(IMPROPER_REPORT_WARNING.en);
    expect(checkReport(harsh, [], 'zh').warning).toContain(IMPROPER_REPORT_WARNING.zh);
  });

  it('warns against reporting the same item twice', () => {
    const log = [reportLogEntry(profanity, new Date('2026-02-20T10:00:00Z'))];
    const c = checkReport(profanity, log, 'en');
    expect(c).toMatchObject({ confirm: true, previous: 1 });
    expect(c.warning).toMatch(/already marked as reported once/);
  });
});

describe('reports log', () => {
  it('a log row says what the classifier called it, with the default channel', () => {
    const at = new Date('2026-02-20T10:00:00Z');
    expect(reportLogEntry(profanity, at)).toMatchObject({ itemId: profanity.id, channel: 'review-report-link', calledRemovable: true, ground: 'profanity' });
    expect(reportLogEntry(harsh, at)).toMatchObject({ calledRemovable: false });
    expect(reportLogEntry(harsh, at).ground).toBeUndefined();
    expect(reportLogEntry(feedback, at).channel).toBe('feedback-request-removal');
  });

  it('counts reports per week (Monday weeks, zeros included) and how many were not called removable', () => {
    const log = [
      reportLogEntry(profanity, new Date('2026-02-23T10:00:00Z')), // Monday of NOW's week
      reportLogEntry(harsh, new Date('2026-03-01T08:00:00Z')), // Sunday, same week
      reportLogEntry(profanity, new Date('2026-02-10T10:00:00Z')), // three weeks earlier
      reportLogEntry(profanity, new Date('2025-01-01T10:00:00Z')), // outside the range
    ];
    const weeks = weeklyReportCounts(log, NOW, 4);
    expect(weeks.map((w) => w.week)).toEqual(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23']);
    expect(weeks.map((w) => w.sent)).toEqual([0, 1, 0, 2]);
    expect(weeks.map((w) => w.notCalledRemovable)).toEqual([0, 0, 0, 1]);
  });
});

describe('nothing internal reaches the seller', () => {
  const INTERNAL = /\bseeds?\s*\d{3}\b|policy\.md|design\.md|seller-central-dom/i;
  it('no step text, deadline source or template names an internal document', () => {
    for (const r of ALL_SAMPLES) {
      for (const lang of ['en', 'zh'] as const) {
        const text = JSON.stringify(buildChecklist(r, { now: NOW, lang }));
        expect(text, `${r.id} ${lang}`).not.toMatch(INTERNAL);
      }
    }
  });
});
