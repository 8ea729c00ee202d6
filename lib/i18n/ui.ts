// UI strings of the page features, English and Simplified Chinese (many
// sellers run Seller Central in Chinese). Pure data + a tiny formatter.
export type Lang = 'en' | 'zh';

export function pickLang(...candidates: Array<string | null | undefined>): Lang {
  for (const c of candidates) {
    if (!c) continue;
    if (/^zh/i.test(c)) return 'zh';
    if (/^(en|de|fr|es|it|ja|nl|sv|pl|tr|ar|pt)/i.test(c)) return 'en';
  }
  return 'en';
}

const STRINGS = {
  en: {
    brand: 'ReviewGuard',
    errors: (n: number) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: (n: number) => `${n} warning${n === 1 ? '' : 's'}`,
    allClear: "No problems found — this message follows Amazon's messaging rules.",
    checking: 'Checking…',
    offline: 'ReviewGuard is restarting — checking again…',
    why: 'Why?',
    fix: 'Fix',
    fixTo: (s: string) => (s ? `Replace with “${s}”` : 'Remove it'),
    source: 'Amazon policy',
    showAll: 'Show details',
    hideAll: 'Hide details',
    draftOffer: (when: string) => `You have an unsent draft for this order (saved ${when}).`,
    restore: 'Restore draft',
    discard: 'Discard',
    guardTitle: 'This message breaks Amazon’s rules',
    guardBody: (n: number) =>
      `${n} problem${n === 1 ? '' : 's'} would get this message blocked or your account flagged for review manipulation.`,
    fixFirst: 'Fix it',
    sendAnyway: 'Send anyway',
    close: 'Close',
    // Annotations
    removable: 'Removable',
    notRemovable: 'Not removable',
    reportWithin: (d: number) => (d === 0 ? 'report today' : `report within ${d} day${d === 1 ? '' : 's'}`),
    contactWithin: (d: number) => (d === 0 ? 'contact buyer today' : `contact buyer within ${d} day${d === 1 ? '' : 's'}`),
    expired: 'window expired',
    select: 'Open checklist',
    selected: 'Selected — open the ReviewGuard button in the toolbar',
    progress: (d: number, t: number) => `${d}/${t} done`,
    struck: 'Already struck through by Amazon',
    struckReason: 'Amazon took responsibility for this order it fulfilled: the feedback no longer counts toward your rating. Nothing to report.',
    removalOffered: 'Amazon offers “Request removal” for this row',
    removalNotOffered: 'Amazon does not offer “Request removal” for this row',
    chooseGround: (g: string) => `choose “${g}”`,
    evidence: 'Evidence',
    riskAuth: 'Authenticity risk',
    riskSafety: 'Safety risk',
    // Popup page status
    pageNotSeller: 'Open Seller Central (Brand › Customer Reviews, Feedback Manager or a buyer message) to use ReviewGuard on a page.',
    pageActive: (kind: string, n: number) => `Active on this page (${kind}): ${n} item${n === 1 ? '' : 's'} checked.`,
    pageNotRecognised: (kind: string) =>
      `This ${kind} page was not recognised: Amazon may have changed its layout. ReviewGuard stays out of the way; your saved reviews are below.`,
    kinds: {
      'brand-reviews': 'Customer Reviews',
      'feedback-manager': 'Feedback Manager',
      'contact-buyer': 'Contact buyer',
      'request-review': 'Request a Review',
      inbox: 'Buyer messages',
    } as Record<string, string>,
    openedCompose: 'Draft saved: the compose page offers it when it opens.',
  },
  zh: {
    brand: 'ReviewGuard',
    errors: (n: number) => `${n} 个错误`,
    warnings: (n: number) => `${n} 个警告`,
    allClear: '未发现问题——这条消息符合亚马逊的消息规则。',
    checking: '检查中…',
    offline: 'ReviewGuard 正在重启——稍后重新检查…',
    why: '为什么？',
    fix: '修正',
    fixTo: (s: string) => (s ? `替换为“${s}”` : '删除'),
    source: '亚马逊政策',
    showAll: '显示详情',
    hideAll: '隐藏详情',
    draftOffer: (when: string) => `此订单有一份未发送的草稿（保存于 ${when}）。`,
    restore: '恢复草稿',
    discard: '丢弃',
    guardTitle: '这条消息违反了亚马逊的规则',
    guardBody: (n: number) => `${n} 个问题可能导致消息被拦截，或账户因操纵评论被标记。`,
    fixFirst: '去修正',
    sendAnyway: '仍然发送',
    close: '关闭',
    removable: '可移除',
    notRemovable: '不可移除',
    reportWithin: (d: number) => (d === 0 ? '今天内举报' : `${d} 天内举报`),
    contactWithin: (d: number) => (d === 0 ? '今天内联系买家' : `${d} 天内联系买家`),
    expired: '已过期限',
    select: '打开处理清单',
    selected: '已选中——点击工具栏中的 ReviewGuard 按钮',
    progress: (d: number, t: number) => `已完成 ${d}/${t}`,
    struck: '亚马逊已划线删除',
    struckReason: '此订单由亚马逊配送，亚马逊已承担责任：该反馈不再计入您的评分，无需举报。',
    removalOffered: '亚马逊为此行提供“请求移除”',
    removalNotOffered: '亚马逊未为此行提供“请求移除”',
    chooseGround: (g: string) => `选择“${g}”`,
    evidence: '证据',
    riskAuth: '真实性风险',
    riskSafety: '安全风险',
    pageNotSeller: '打开卖家平台（品牌 › 买家评论、反馈管理器或买家消息）即可在页面上使用 ReviewGuard。',
    pageActive: (kind: string, n: number) => `已在此页面（${kind}）运行：已检查 ${n} 项。`,
    pageNotRecognised: (kind: string) => `无法识别此${kind}页面：亚马逊可能更改了页面布局。ReviewGuard 不会干扰页面；已保存的评论见下方。`,
    kinds: {
      'brand-reviews': '买家评论',
      'feedback-manager': '反馈管理器',
      'contact-buyer': '联系买家',
      'request-review': '请求评论',
      inbox: '买家消息',
    } as Record<string, string>,
    openedCompose: '草稿已保存：撰写页面打开时会提示恢复。',
  },
} as const;

export type UiStrings = (typeof STRINGS)['en'];
export function ui(lang: Lang): UiStrings {
  return STRINGS[lang] as unknown as UiStrings;
}
