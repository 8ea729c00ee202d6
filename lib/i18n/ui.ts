// The accessor of the UI catalog: `ui(lang)` is every string the seller reads,
// typed by the English catalog. Pure data; no DOM, no extension APIs.
import { en, type Catalog } from './catalog/en.ts';
import { zh } from './catalog/zh.ts';
import type { Lang } from './lang.ts';

export { LANG_AUTONYMS, LANGS, langTag, pickLang, type Lang } from './lang.ts';
export type { Catalog } from './catalog/en.ts';
/** The catalog's type under its older name (content-script call sites use it). */
export type UiStrings = Catalog;

const CATALOGS: Record<Lang, Catalog> = { en, zh };

export function ui(lang: Lang): Catalog {
  return CATALOGS[lang];
}

/**
 * A label for a key that comes from data (a page kind, an import error code…):
 * own keys only, so a key like "constructor" never reaches the screen.
 */
export function labelOf(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
