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

/** The BCP 47 tag to put in a `lang` attribute for a UI language (one spelling everywhere). */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-Hans' : 'en';
}
