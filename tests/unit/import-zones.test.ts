// Import zones (Dark Reader's boundaries between contexts, as a table): each
// folder may import only from the zones listed for it, so a backwards import
// — pure code reaching for the DOM layer, the store reaching for a view, a
// view reaching for the store — fails here, naming the file and the import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

/** Zones, most specific path first. */
const ZONES: ReadonlyArray<[zone: string, paths: RegExp]> = [
  ['pure', /^lib\/(policy|reviews|checklist|insights|i18n|present|records|phones)\/|^lib\/(protocol|protocol-messages|page-kind|hosts|extension-files)\.ts$|^lib\/messaging\/(client|full-client|router)\.ts$/],
  ['messaging', /^lib\/messaging\//],
  ['store', /^lib\/store\//],
  ['background', /^lib\/background\/|^entrypoints\/background\.ts$/],
  ['cli', /^lib\/cli\//],
  ['content', /^entrypoints\/seller\.content\//],
  ['views', /^components\//],
  ['pages', /^entrypoints\/(popup|options)\//],
];

/** Which zones each zone may import from (its own included). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  pure: ['pure'],
  messaging: ['pure', 'messaging'],
  store: ['pure', 'store'],
  background: ['pure', 'store', 'messaging', 'background'],
  cli: ['pure', 'cli'],
  content: ['pure', 'messaging', 'views', 'content'],
  views: ['pure', 'views'],
  pages: ['pure', 'messaging', 'store', 'views', 'pages'],
};

/** Packages each zone may use (pure code runs in the worker, in tests and in Node: no platform APIs). */
const PACKAGES: Record<string, RegExp> = {
  pure: /^(zod|zod\/mini|zod\/v4\/locales\/[\w.]+|linkify-it|tlds|libphonenumber-js(\/[\w-]+)?|obscenity|tinyld(\/[\w-]+)?|eld(\/[\w-]+)?|franc-min)$/,
  messaging: /^wxt\/browser$/,
  store: /^(idb|zod|zod\/mini)$/,
  background: /^wxt\/(browser|utils\/define-background)$/,
  cli: /^(node:\w+|zod)$/,
  content: /^(preact|wxt\/browser|wxt\/utils\/[\w-]+)$/,
  views: /^(preact|preact\/hooks|chart\.js)$/,
  pages: /^(preact|preact\/hooks|wxt\/browser)$/,
};

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(p);
  }
  return out;
}

const zoneOf = (rel: string) => ZONES.find(([, re]) => re.test(rel))?.[0];
const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const importsOf = (src: string) =>
  [...stripComments(src).matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  );

const sources = ['lib', 'components', 'entrypoints'].flatMap((d) => files(join(ROOT, d))).map((f) => relative(ROOT, f));

describe('import zones', () => {
  it('every source file belongs to a zone', () => {
    expect(sources.filter((f) => !zoneOf(f))).toEqual([]);
  });

  for (const rel of sources) {
    const zone = zoneOf(rel);
    if (!zone) continue;
    it(`${rel} (${zone}) imports only what its zone may`, () => {
      const bad: string[] = [];
      for (const spec of importsOf(readFileSync(join(ROOT, rel), 'utf8'))) {
        const bare = spec.replace(/\?.*$/, '');
        if (bare.startsWith('.')) {
          const target = relative(ROOT, join(ROOT, rel, '..', bare));
          const tz = zoneOf(target);
          // CSS and other assets travel with their view.
          if (!/\.tsx?$/.test(target) && tz === undefined && /^components\//.test(target) && zone !== 'pure') continue;
          if (!tz || !MAY_IMPORT[zone]!.includes(tz)) bad.push(`${spec} → ${tz ?? 'no zone'}`);
        } else if (!PACKAGES[zone]!.test(bare)) bad.push(`${spec} (package)`);
      }
      expect(bad).toEqual([]);
    });
  }

  it('catches a backwards import (the check itself can fail)', () => {
    const target = relative(ROOT, join(ROOT, 'lib/reviews/x.ts', '..', '../../entrypoints/seller.content/page/shadow.ts'));
    expect(MAY_IMPORT.pure!.includes(zoneOf(target)!)).toBe(false);
    expect(MAY_IMPORT.views!.includes(zoneOf('lib/store/repo.ts')!)).toBe(false);
    expect(MAY_IMPORT.store!.includes(zoneOf('components/annotation/Annotation.tsx')!)).toBe(false);
    expect(MAY_IMPORT.content!.includes(zoneOf('lib/store/db.ts')!)).toBe(false);
  });
});
