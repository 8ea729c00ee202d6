// The pure layers run in the service worker, in tests and in the Node CLI:
// they must not touch extension APIs, the DOM, IndexedDB or Node built-ins.
// Checked here rather than hoped for (design.md, "Layers").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const PURE = ['lib/policy', 'lib/reviews', 'lib/checklist', 'lib/insights', 'lib/i18n'];
const ALLOWED_IMPORTS = /^(\.{1,2}\/|zod$|zod\/mini$|emoji-regex$|linkify-it$|tlds$|libphonenumber-js\/core$)/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('purity boundary', () => {
  // Compiled with no DOM and no Node typings: any use of window, document,
  // browser, chrome, indexedDB, fetch, process… is a type error.
  it('type-checks with neither DOM nor Node globals available', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(__dirname, 'purity.tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  for (const dir of PURE) {
    const abs = join(ROOT, dir);
    let list: string[] = [];
    try {
      list = files(abs);
    } catch {
      list = [];
    }
    it(`${dir} exists and has modules`, () => {
      expect(list.length).toBeGreaterThan(0);
    });
    for (const f of list) {
      const rel = relative(ROOT, f);
      it(`${rel} imports only pure modules`, () => {
        const src = stripComments(readFileSync(f, 'utf8'));
        const imports = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
          (m) => m[1] ?? m[2]!,
        );
        for (const spec of imports) {
          expect(ALLOWED_IMPORTS.test(spec), `${rel} imports "${spec}"`).toBe(true);
          if (spec.startsWith('.')) {
            const target = relative(ROOT, join(f, '..', spec));
            const ok = PURE.some((d) => target.startsWith(d)) || /^lib\/store\/types\.ts$/.test(target);
            expect(ok, `${rel} imports impure "${target}"`).toBe(true);
          }
        }
      });
    }
  }
});
