// The accessors of the UI catalog (lib/i18n/catalog, one file per language).
// One per surface rather than one for everything: a bundle then carries only
// the sections it reads, and the content script runs on every Seller Central
// page. Pure data; no DOM, no extension APIs.
import * as en from './catalog/en.ts';
import * as zh from './catalog/zh.ts';
import type { Catalog } from './catalog/en.ts';
import type { Lang } from './lang.ts';

export { LANG_AUTONYMS, LANGS, langTag, pickLang, type Lang } from './lang.ts';
export type { Catalog } from './catalog/en.ts';

// Every language file exports every section (a type check only: a value here
// would pull all sections into every bundle).
type Complete<T extends Catalog> = T;
type Catalogs = { en: Complete<typeof en>; zh: Complete<typeof zh> };

/** Strings of the page features (annotations, compose panel) and the popup's page status. */
export type UiStrings = Catalog['page'];

export function ui(lang: Lang): Catalog['page'] {
  return lang === 'zh' ? zh.page : en.page;
}

/** Strings of the checklist views (popup, and the header the options page shares). */
export function checklistUi(lang: Lang): Catalog['checklist'] {
  return lang === 'zh' ? zh.checklist : en.checklist;
}

/** Strings of the toolbar popup's page status and diagnostics. */
export function popupUi(lang: Lang): Catalog['popup'] {
  return lang === 'zh' ? zh.popup : en.popup;
}

/** Strings of the options page (Insights, Settings, Export & import). */
export function optionsUi(lang: Lang): Catalog['options'] {
  return lang === 'zh' ? zh.options : en.options;
}

/**
 * A label for a key that comes from data (a page kind, an import error code…):
 * own keys only, so a key like "constructor" never reaches the screen.
 */
export function labelOf(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
