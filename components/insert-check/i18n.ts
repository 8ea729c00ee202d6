// The panel's own strings, in English and Simplified Chinese (kept beside the
// component so the options page's i18n needs no change).
import type { Lang } from '../../lib/i18n/ui.ts';

export interface InsertCheckText {
  title: string;
  intro: string;
  label: string;
  placeholder: string;
  allClear: string;
  empty: string;
  checking: string;
  offline: string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  why: string;
  source: string;
  preview: string;
}

const EN: InsertCheckText = {
  title: 'Check an insert card',
  intro: 'Paste the text of a card you put in the package. Support contacts, usage tips and warranty registration are fine on a card; a reward, discount or offer tied to a review, or a review asked only of happy buyers, is not.',
  label: 'Insert card text',
  placeholder: 'Thank you for choosing us! Questions about set-up? Our support team is happy to help…',
  allClear: 'No problems found on this card.',
  empty: 'Paste or type the card text to check it.',
  checking: 'Checking…',
  offline: 'The check is not available right now. Reload the page and try again.',
  errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
  warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
  why: 'Why?',
  source: 'Source',
  preview: 'Card text with problems underlined',
};

const ZH: InsertCheckText = {
  title: '检查包裹插卡',
  intro: '粘贴放进包裹的插卡文字。插卡可以写售后联系方式、使用提示和保修登记;不能出现与评价挂钩的奖励、折扣或优惠,也不能只请满意的买家留评。',
  label: '插卡文字',
  placeholder: '感谢选择我们!安装有疑问?售后团队随时为您服务……',
  allClear: '这张插卡没有发现问题。',
  empty: '粘贴或输入插卡文字即可检查。',
  checking: '正在检查……',
  offline: '暂时无法检查,请刷新页面后重试。',
  errors: (n) => `${n} 个错误`,
  warnings: (n) => `${n} 个警告`,
  why: '原因',
  source: '来源',
  preview: '插卡文字(问题处加下划线)',
};

export function insertCheckText(lang: Lang): InsertCheckText {
  return lang === 'zh' ? ZH : EN;
}
