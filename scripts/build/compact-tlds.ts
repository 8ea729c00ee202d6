// The `tlds` package is a JSON array of every top-level domain (~1,450,
// sorted), which lib/reviews/links.ts hands to linkify-it. As JSON it is the
// largest single piece of data in the background (~5.5 KB gzipped); front-
// coded (each name as the length of the prefix it shares with the one before,
// one digit, then the rest: "aaa", "aarp", "abb" -> "0aaa2rp1bb") it is about
// a quarter smaller gzipped, and decodes in one line to the very same array,
// in the same order. No TLD has a digit, and the build checks the round trip.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = '\0reviewguard:tlds';

/** Front coding: one digit (shared prefix with the previous name, at most 9), then the rest of the name. */
export function encodeTlds(list: readonly string[]): string {
  let prev = '';
  let out = '';
  for (const name of list) {
    if (/\d/.test(name)) throw new Error(`compact-tlds: "${name}" has a digit; the encoding cannot carry it`);
    let k = 0;
    while (k < 9 && k < prev.length && k < name.length && prev[k] === name[k]) k++;
    out += k + name.slice(k);
    prev = name;
  }
  return out;
}

/** The ES module that replaces `tlds`: the same array, decoded at load. */
export function tldsModule(list: readonly string[]): string {
  const encoded = encodeTlds(list);
  return `let p = '';\nexport default ${JSON.stringify(encoded)}.match(/\\d\\D*/g).map((e) => (p = p.slice(0, +e[0]) + e.slice(1)));\n`;
}

/** Decodes like the generated module (for the build's own check and the tests). */
export function decodeTlds(encoded: string): string[] {
  let p = '';
  return (encoded.match(/\d\D*/g) ?? []).map((e) => (p = p.slice(0, +e[0]!) + e.slice(1)));
}

export function compactTlds(): Plugin {
  return {
    name: 'reviewguard:compact-tlds',
    enforce: 'pre',
    resolveId(source) {
      return source === 'tlds' ? ID : null;
    },
    load(id) {
      if (id !== ID) return null;
      const file = createRequire(import.meta.url).resolve('tlds');
      this.addWatchFile(file);
      const list = JSON.parse(readFileSync(file, 'utf8')) as string[];
      const back = decodeTlds(encodeTlds(list));
      if (back.length !== list.length || back.some((t, i) => t !== list[i])) this.error('compact-tlds: the encoded list does not decode to the original');
      return tldsModule(list);
    },
  };
}
