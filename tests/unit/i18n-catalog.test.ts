// The UI catalog: one file per language, the Chinese typed against the
// English, no internal document names on screen, one spelling of the `lang`
// tag. The type-level checks below fail `npm run typecheck` when they stop
// being errors (an unused @ts-expect-error is itself an error).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as enModule from '../../lib/i18n/catalog/en.ts';
import type { Catalog } from '../../lib/i18n/catalog/en.ts';
import * as zhModule from '../../lib/i18n/catalog/zh.ts';
import { checklistUi, LANG_AUTONYMS, LANGS, labelOf, langTag, optionsUi, ui } from '../../lib/i18n/ui.ts';
import { LANG_NAMES, t as checklistT } from '../../lib/checklist/i18n.ts';

const ROOT = join(__dirname, '../..');

const en: Catalog = { page: enModule.page, checklist: enModule.checklist, options: enModule.options, popup: enModule.popup };
const zh: Catalog = { page: zhModule.page, checklist: zhModule.checklist, options: zhModule.options, popup: zhModule.popup };

// A catalog missing a key does not type-check…
const { brand: _brand, ...missingTop } = en.page;
// @ts-expect-error — `page.brand` is missing
const missing: Catalog = { ...en, page: missingTop };
// …nor one missing a key deep inside a section…
const { save: _save, ...optionsWithoutSave } = en.options;
// @ts-expect-error — `options.save` is missing
const missingDeep: Catalog = { ...en, options: optionsWithoutSave };
// …nor one with a key English does not have…
// @ts-expect-error — `notAKey` is not in the English catalog
const extra: Catalog = { ...en, checklist: { ...en.checklist, notAKey: 'x' } };
// …nor a formatter with the wrong argument types…
// @ts-expect-error — `errors` takes a number
const wrongArgs: Catalog = { ...en, page: { ...en.page, errors: (n: { count: number }) => String(n.count) } };
// …nor a language file without one of the sections.
const { options: _options, ...zhWithoutOptions } = zhModule;
// @ts-expect-error — the `options` section is missing
const missingSection: Catalog = zhWithoutOptions;

type Leaf = { path: string; kind: 'string' | 'function'; arity?: number };

/** Every leaf of a catalog, with its kind (and a formatter's arity). */
function leaves(o: object, prefix = ''): Leaf[] {
  const out: Leaf[] = [];
  for (const [k, v] of Object.entries(o)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.push({ path, kind: 'string' });
    else if (typeof v === 'function') out.push({ path, kind: 'function', arity: v.length });
    else if (v && typeof v === 'object') out.push(...leaves(v, path));
    else throw new Error(`${path}: neither a string, a formatter nor a section`);
  }
  return out;
}

/** Every text a catalog can produce: strings, and formatters called with a spread of sample values. */
function texts(o: object, prefix = ''): Array<{ path: string; text: string; formatted: boolean }> {
  const samples: unknown[][] = [[0, 0, 0, 0], [1, 1, 1, 1], [7, 'Sample', 3, 'field'], ['', undefined, undefined, '']];
  const out: Array<{ path: string; text: string; formatted: boolean }> = [];
  for (const [k, v] of Object.entries(o)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.push({ path, text: v, formatted: false });
    else if (typeof v === 'function')
      for (const args of samples) out.push({ path, text: String((v as (...a: unknown[]) => unknown)(...args)), formatted: true });
    else if (v && typeof v === 'object') out.push(...texts(v, path));
  }
  return out;
}

describe('UI catalog', () => {
  it('the type-level checks above are real objects that differ from English', () => {
    // The same comparison the type check makes, at run time: each broken catalog is caught.
    const shape = (c: object) => JSON.stringify(leaves(c));
    for (const broken of [missing, missingDeep, extra, missingSection]) expect(shape(broken)).not.toBe(shape(en));
    expect(wrongArgs.page.errors).not.toBe(en.page.errors);
  });

  it('the Chinese catalog has exactly the English keys, kinds and formatter arities', () => {
    expect(leaves(zh)).toEqual(leaves(en));
    expect(leaves(en).length).toBeGreaterThan(200);
  });

  it('the accessors return the sections of that language', () => {
    expect([ui('en'), checklistUi('en'), optionsUi('en')]).toEqual([en.page, en.checklist, en.options]);
    expect([ui('zh'), checklistUi('zh'), optionsUi('zh')]).toEqual([zh.page, zh.checklist, zh.options]);
    expect(LANGS.map((l) => optionsUi(l).save)).toEqual(['Save settings', '保存设置']);
    expect(Object.keys(zhModule).sort()).toEqual(Object.keys(enModule).sort());
  });

  it('has no empty text and no internal document names in any language', () => {
    const internal = /\bseeds?\b|policy\.md|design\.md|seller-central-dom|issue\s*#|\bcorpus\b|§/i;
    for (const lang of LANGS) {
      for (const { path, text, formatted } of texts(lang === 'zh' ? zh : en)) {
        // A formatter may return nothing for empty values (a location with no parts).
        if (!formatted) expect(text, `${lang} ${path}`).not.toBe('');
        expect(internal.test(text), `${lang} ${path}: ${text}`).toBe(false);
      }
    }
    for (const a of Object.values(LANG_AUTONYMS)) expect(Object.values(a).every((s) => s && !internal.test(s))).toBe(true);
  });

  it('every Chinese string is translated, except names that are the same in both', () => {
    const han = /\p{Script=Han}/u;
    // Formatters are left out: some output only numbers ("3 / 500").
    const untranslated = texts(zh)
      .filter((x) => !x.formatted && !han.test(x.text))
      .map((x) => x.path);
    expect(untranslated.sort()).toEqual(['options.asin', 'options.brand', 'page.brand']);
  });

  it('keeps the checklist view strings identical to lib/checklist until that file is folded in', () => {
    for (const lang of LANGS) {
      const c = checklistUi(lang);
      const same: Array<[string, string]> = [
        [c.title, checklistT(lang, 'ui.title')],
        [c.langGroup, checklistT(lang, 'ui.lang')],
        [c.back, checklistT(lang, 'ui.back')],
        [c.markDone('Step'), checklistT(lang, 'ui.markDone', { step: 'Step' })],
        [c.notes, checklistT(lang, 'ui.notes')],
        [c.notesFor('Step'), checklistT(lang, 'ui.notesFor', { step: 'Step' })],
        [c.copy, checklistT(lang, 'ui.copy')],
        [c.copied, checklistT(lang, 'ui.copied')],
        [c.openCompose, checklistT(lang, 'ui.openCompose')],
        [c.export, checklistT(lang, 'ui.export')],
        [c.poaText, checklistT(lang, 'ui.poaText')],
        [c.progress(2, 6), checklistT(lang, 'ui.progress', { done: 2, total: 6 })],
        [c.notApplicable, checklistT(lang, 'ui.notApplicable')],
        [c.expired('2026-03-10'), checklistT(lang, 'ui.expired', { lastDay: '2026-03-10' })],
        [c.daysLeft(9), checklistT(lang, 'ui.daysLeft', { n: 9 })],
        [c.dayLeft, checklistT(lang, 'ui.dayLeft')],
        [c.today, checklistT(lang, 'ui.today')],
        [c.source('Amazon help', '2026-11-01'), checklistT(lang, 'ui.source', { source: 'Amazon help', lastChecked: '2026-11-01' })],
        [c.translation, checklistT(lang, 'ui.translation')],
        [c.quote, checklistT(lang, 'ui.quote')],
        [c.reason, checklistT(lang, 'ui.reason')],
        [c.pickTitle, checklistT(lang, 'ui.pickTitle')],
        [c.pickEmpty, checklistT(lang, 'ui.pickEmpty')],
        [c.pickItem(2, 'review', '2026-11-30'), checklistT(lang, 'ui.pickItem', { stars: 2, kind: 'review', date: '2026-11-30' })],
        [c.reviewText, checklistT(lang, 'ui.reviewText')],
        [c.templateLang, checklistT(lang, 'ui.templateLang')],
        [c.noDeadline, checklistT(lang, 'ui.noDeadline')],
        [c.details, checklistT(lang, 'ui.details')],
        [c.kindReview, checklistT(lang, 'kind.review')],
        [c.kindFeedback, checklistT(lang, 'kind.feedback')],
        [c.removableTag, checklistT(lang, 'step.report')],
      ];
      for (const [mine, theirs] of same) expect(mine, lang).toBe(theirs);
      expect(c.messageLangs).toEqual(LANG_NAMES[lang]);
    }
  });

  it('labelOf reads own keys only', () => {
    expect(labelOf(en.options.sectionNames, 'drafts')).toBe('Drafts');
    expect(labelOf(en.options.sectionNames, 'constructor')).toBeUndefined();
    expect(labelOf(en.checklist.messageLangs, 'xx')).toBeUndefined();
  });
});

describe('lang attribute', () => {
  it('has one spelling per language', () => {
    expect(langTag('en')).toBe('en');
    expect(langTag('zh')).toBe('zh-Hans');
    expect(langTag('de')).toBe('de');
  });

  it('no other file spells a Chinese tag itself (they call langTag)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const p = join(dir, name);
        return statSync(p).isDirectory() ? files(p) : /\.(tsx?|html)$/.test(name) ? [p] : [];
      });
    const offenders = ['components', 'entrypoints', 'lib']
      .flatMap((d) => files(join(ROOT, d)))
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== join('lib', 'i18n', 'lang.ts'))
      .filter((f) => /['"`]zh-(CN|Hans|Hant|TW)['"`]/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('manifest locales', () => {
  type Messages = Record<string, { message: string; description?: string }>;
  const read = (locale: string): Messages => JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
  const locales = readdirSync(join(ROOT, 'public/_locales')).sort();
  const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
  const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);

  it('English is the default, Simplified Chinese the other, with the same keys', () => {
    expect(config).toMatch(/default_locale:\s*'en'/);
    expect(locales).toEqual(['en', 'zh_CN']);
    expect(Object.keys(read('zh_CN')).sort()).toEqual(Object.keys(read('en')).sort());
  });

  it('has every message the manifest names, within the stores’ length limits', () => {
    expect(new Set(used)).toEqual(new Set(['extName', 'extShortName', 'extDescription']));
    for (const locale of locales) {
      const m = read(locale);
      for (const key of used) expect(m[key]?.message, `${locale} ${key}`).toBeTruthy();
      // Chrome's limits for name, short_name and description.
      expect([...m.extName!.message].length, locale).toBeLessThanOrEqual(75);
      expect([...m.extShortName!.message].length, locale).toBeLessThanOrEqual(12);
      expect([...m.extDescription!.message].length, locale).toBeLessThanOrEqual(132);
      expect(JSON.stringify(m)).not.toMatch(/\bseeds?\b|policy\.md|issue\s*#/i);
    }
    expect(read('zh_CN').extDescription!.message).toMatch(/\p{Script=Han}/u);
  });
});
