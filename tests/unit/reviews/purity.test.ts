// lib/reviews runs in the service worker and in Node: no DOM, no extension
// APIs, no Node built-ins, and no imports from outside its own folder (bar the
// pure npm packages it is allowed).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../lib/reviews');
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(root, f));
const FORBIDDEN = /\b(?:browser|chrome|document|window|indexedDB|localStorage|navigator|process|require)\s*[.(\[]/;
const ALLOWED_PACKAGES = new Set(['zod', 'linkify-it', 'emoji-regex']);

describe('lib/reviews is pure', () => {
  it.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
    const src = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(src).not.toMatch(FORBIDDEN);
    for (const m of src.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1] ?? m[2]!;
      expect(spec.startsWith('node:'), `${spec} is a Node built-in`).toBe(false);
      if (spec.startsWith('.')) {
        expect(relative(root, join(file, '..', spec)).startsWith('..'), `${spec} leaves lib/reviews`).toBe(false);
        expect(spec.endsWith('.ts'), `${spec} needs its .ts extension`).toBe(true);
      } else expect(ALLOWED_PACKAGES.has(spec), `${spec} is not an allowed package`).toBe(true);
    }
  });
});
