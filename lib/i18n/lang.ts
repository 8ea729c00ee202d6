// The one language type of the extension's own UI. Buyer-facing templates have
// their own, wider set (TemplateLang); this is what the seller reads.
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The UI language for a browser/page language tag: Chinese tags → zh, anything else → en. */
export function pickLang(...candidates: Array<string | null | undefined>): Lang {
  for (const c of candidates) {
    if (!c) continue;
    if (/^zh/i.test(c)) return 'zh';
    if (/^(en|de|fr|es|it|ja|nl|sv|pl|tr|ar|pt)/i.test(c)) return 'en';
  }
  return 'en';
}

/**
 * The BCP 47 tag to put in a `lang` attribute (and to format dates with) for a
 * language code of ours: one spelling everywhere. Our Chinese is always
 * Simplified, so `zh` → `zh-Hans`; other codes (a buyer message's language)
 * are already tags.
 */
export function langTag(lang: Lang | (string & {})): string {
  return lang === 'zh' ? 'zh-Hans' : lang;
}

/**
 * Each UI language named in itself, so a seller finds their language whatever
 * the page shows now: `short` on the toggle button, `name` as its accessible
 * name, `option` in the settings menu.
 */
export const LANG_AUTONYMS: Readonly<Record<Lang, { short: string; name: string; option: string }>> = {
  en: { short: 'EN', name: 'English', option: 'English' },
  zh: { short: '中文', name: '简体中文', option: '中文（简体）' },
};
