// The reporting guard: for every "report" action, the exact channel, Amazon's
// warning about improper reports, a weekly count of reports marked as sent,
// and a check before the seller marks one for an item ReviewGuard did not
// call removable. PURE. Channels as Amazon's help describes them today:
// reviews — the "Report" link under the review on the product page, or Brand
// Registry's "Report a violation" (category: product review); seller
// feedback — Feedback Manager › Request removal, within 90 days.
import type { Lang } from '../i18n/lang.ts';
import { dayNumber, isoDay } from '../reviews/dates.ts';
import type { ReportChannelId, ReportLogRecord, ReviewRecord } from '../records/index.ts';

export interface ReportChannel {
  id: ReportChannelId;
  /** Short name in the UI language. */
  label: string;
  /** Where to click, in the UI language. */
  how: string;
  /** Public help page that describes it. */
  source: string;
}

const REVIEWS_HELP = 'https://www.amazon.com/gp/help/customer/display.html?nodeId=201602680';
const BRAND_REGISTRY_HELP = 'https://brandservices.amazon.com/';
const FEEDBACK_HELP = 'https://sellercentral.amazon.com/gp/help/external/20231';

const CHANNELS: Record<ReportChannelId, Record<Lang, { label: string; how: string }> & { source: string }> = {
  'review-report-link': {
    source: REVIEWS_HELP,
    en: { label: 'Report link on the product page', how: 'Open the product page, find this review and click "Report" under it; pick the reason that matches.' },
    zh: { label: '商品页面的“Report”链接', how: '打开商品详情页，找到这条评论，点击其下方的“Report”（举报），选择相符的原因。' },
  },
  'brand-registry-violation': {
    source: BRAND_REGISTRY_HELP,
    en: { label: 'Brand Registry › Report a violation', how: 'Brand Registry › "Report a violation", category "Product review"; paste the review link and the report text below.' },
    zh: { label: '品牌注册 › 举报违规', how: '品牌注册（Brand Registry）›“Report a violation”（举报违规），类别选“Product review”（商品评论）；粘贴评论链接和下面的举报文本。' },
  },
  'feedback-request-removal': {
    source: FEEDBACK_HELP,
    en: { label: 'Feedback Manager › Request removal', how: 'Feedback Manager › this feedback › "Request removal", within 90 days of the feedback; answer the questions.' },
    zh: { label: '反馈管理器 › 申请移除', how: '反馈管理器 › 这条反馈 ›“Request removal”（申请移除），须在反馈留下后 90 天内；回答提问。' },
  },
};

/** The channels to report an item through, preferred first. */
export function reportChannels(kind: ReviewRecord['kind'], lang: Lang): ReportChannel[] {
  const ids: ReportChannelId[] = kind === 'feedback' ? ['feedback-request-removal'] : ['review-report-link', 'brand-registry-violation'];
  return ids.map((id) => ({ id, ...CHANNELS[id][lang], source: CHANNELS[id].source }));
}

/** The channel a report of this kind is logged under when the seller does not say which. */
export function defaultChannel(kind: ReviewRecord['kind']): ReportChannelId {
  return kind === 'feedback' ? 'feedback-request-removal' : 'review-report-link';
}

/** Amazon's warning, shown next to every report action. */
export const IMPROPER_REPORT_WARNING: Record<Lang, string> = {
  en: "Amazon's warning: brands that keep reporting reviews that do not qualify for removal lose access to the brand tools. Report only what clearly breaks a rule, and only once.",
  zh: '亚马逊的警告：持续举报不符合移除条件的评论的品牌，会失去品牌工具的使用权限。只举报明确违反规则的内容，并且只举报一次。',
};

export interface ReportCheck {
  /** True when marking it as sent needs the seller's explicit confirmation. */
  confirm: boolean;
  /** Why, in the UI language (absent when there is nothing to warn about). */
  warning?: string;
  /** Reports already marked for this item. */
  previous: number;
}

/**
 * Checks before the seller marks a report as sent: warns when ReviewGuard did
 * not call the item removable, and when it was already reported (Amazon asks
 * not to resubmit a declined request).
 */
export function checkReport(record: Pick<ReviewRecord, 'id' | 'classification'>, log: readonly ReportLogRecord[], lang: Lang): ReportCheck {
  const previous = log.filter((r) => r.itemId === record.id).length;
  const parts: string[] = [];
  if (!record.classification.removable) {
    parts.push(
      lang === 'zh'
        ? 'ReviewGuard 没有发现这条内容的移除依据。举报不符合条件的内容会计入不当举报。'
        : 'ReviewGuard found no removal ground in this one. Reporting something that does not qualify counts as an improper report.',
    );
  }
  if (previous > 0) {
    parts.push(
      lang === 'zh'
        ? `这条内容已标记举报过 ${previous} 次；如果亚马逊拒绝了，不要重复提交同样的申请。`
        : `It was already marked as reported ${previous === 1 ? 'once' : `${previous} times`}; if Amazon declined, do not resubmit the same request.`,
    );
  }
  if (!parts.length) return { confirm: false, previous };
  return { confirm: true, warning: `${parts.join(lang === 'zh' ? '' : ' ')}${lang === 'zh' ? '' : ' '}${IMPROPER_REPORT_WARNING[lang]}`, previous };
}

/** The log row for a report marked as sent now. */
export function reportLogEntry(
  record: Pick<ReviewRecord, 'id' | 'kind' | 'classification'>,
  sentAt: Date,
  channel: ReportChannelId = defaultChannel(record.kind),
): ReportLogRecord {
  const at = sentAt.toISOString();
  const row: ReportLogRecord = { id: `${record.id}@${at}`, itemId: record.id, kind: record.kind, sentAt: at, channel, calledRemovable: record.classification.removable };
  const ground = record.classification.grounds[0]?.id;
  if (ground) row.ground = ground;
  return row;
}

export interface WeeklyReports {
  /** Monday of each week, YYYY-MM-DD, oldest first. */
  week: string;
  sent: number;
  /** Of those, how many ReviewGuard had not called removable. */
  notCalledRemovable: number;
}

const mondayOf = (day: number) => day - ((day + 3) % 7);

/** Reports marked as sent per week, for the last `weeks` weeks up to `now` (zeros included). */
export function weeklyReportCounts(log: readonly ReportLogRecord[], now: Date, weeks = 8): WeeklyReports[] {
  const last = mondayOf(dayNumber(now.toISOString()));
  const first = last - (weeks - 1) * 7;
  const rows = Array.from({ length: weeks }, (_, i) => ({ week: isoDay(first + i * 7), sent: 0, notCalledRemovable: 0 }));
  for (const r of log) {
    const d = dayNumber(r.sentAt);
    if (Number.isNaN(d)) continue;
    const i = (mondayOf(d) - first) / 7;
    if (i < 0 || i >= weeks) continue;
    rows[i]!.sent += 1;
    if (!r.calledRemovable) rows[i]!.notCalledRemovable += 1;
  }
  return rows;
}
