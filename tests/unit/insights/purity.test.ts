// lib/insights is PURE (design.md "Layers"): no browser, DOM, IndexedDB or
// Node APIs, and it imports only other pure modules.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const DIR = join(ROOT, 'lib/insights');
const PURE = ['lib/insights', 'lib/policy', 'lib/reviews', 'lib/checklist', 'lib/i18n', 'lib/store/types.ts'];
const FORBIDDEN = /\b(browser|chrome|document|window|indexedDB|localStorage|sessionStorage|navigator|XMLHttpRequest|fetch)\s*[.(]/;

describe('lib/insights purity', () => {
  const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f));
  it('has modules', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(`${f} imports only pure modules and uses no platform globals`, () => {
      const src = readFileSync(join(DIR, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        expect(spec.startsWith('.'), `${f} imports package "${spec}"`).toBe(true);
        const target = relative(ROOT, join(DIR, spec));
        expect(PURE.some((p) => target.startsWith(p)), `${f} imports impure ${target}`).toBe(true);
      }
      // Globals are looked for in code, not in UI strings ("…stays in this browser.").
      const code = src.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
      expect(code.match(FORBIDDEN)?.[0] ?? null).toBeNull();
    });
  }
});
