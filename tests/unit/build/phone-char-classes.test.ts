// libphonenumber-js's character classes (scripts/build/phone-char-classes.ts):
// the module the build ships must export the very same strings and answer
// every character the same as the package's own file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeClass, phoneCharClasses } from '../../../scripts/build/phone-char-classes.ts';

type Classes = Record<string, unknown> & { isLatinLetter: (c: string) => boolean; isInvalidPunctuationSymbol: (c: string) => boolean };

const ROOT = dirname(createRequire(import.meta.url).resolve('libphonenumber-js/package.json'));
const FILE = join(ROOT, 'es6-modern/findNumbers/utf-8.js');

function transform(code: string, id: string): string {
  const hook = phoneCharClasses().transform as (this: unknown, code: string, id: string) => { code: string } | null;
  const ctx = { error: (msg: string) => { throw new Error(msg); } };
  const out = hook.call(ctx, code, id);
  if (!out) throw new Error('not transformed');
  return out.code;
}

describe('phone character classes', () => {
  it('ship the same exports and classify every BMP character the same', async () => {
    const original = (await import(FILE)) as Classes;
    const code = transform(readFileSync(FILE, 'utf8'), FILE);
    expect(code.length).toBeLessThan(readFileSync(FILE, 'utf8').length);
    const shipped = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Classes;
    expect(Object.keys(shipped).sort()).toEqual(Object.keys(original).sort());
    for (const k of Object.keys(original)) if (typeof original[k] === 'string') expect(shipped[k], k).toBe(original[k]);
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (shipped.isLatinLetter(ch) !== original.isLatinLetter(ch)) throw new Error(`isLatinLetter differs at U+${c.toString(16)}`);
      if (shipped.isInvalidPunctuationSymbol(ch) !== original.isInvalidPunctuationSymbol(ch)) throw new Error(`isInvalidPunctuationSymbol differs at U+${c.toString(16)}`);
    }
  });

  it('encodes ranges and single characters as gaps and lengths', () => {
    expect(encodeClass('0-9²³')).toBe('1c-9,3d,1'); // '0' is 48 (1c), '9' 9 on, '²' 121 (3d) after '9', '³' the next
  });

  it('fails the build when the file changes shape', () => {
    expect(() => transform("export const _pN = '0-9';", FILE)).toThrow(/not found/);
  });
});
