// The background's TLD list (scripts/build/compact-tlds.ts): the module the
// build ships instead of the `tlds` JSON must give linkify-it the very same
// array, same names, same order.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeTlds, encodeTlds, tldsModule } from '../../../scripts/build/compact-tlds.ts';

const TLDS = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('tlds'), 'utf8')) as string[];

describe('compact TLD list', () => {
  it('decodes to the package list, in order', () => {
    expect(TLDS.length).toBeGreaterThan(1000);
    expect(decodeTlds(encodeTlds(TLDS))).toEqual(TLDS);
  });

  it('ships a module whose default export is that list', async () => {
    const mod = (await import(`data:text/javascript,${encodeURIComponent(tldsModule(TLDS))}`)) as { default: string[] };
    expect(mod.default).toEqual(TLDS);
  });

  it('keeps unicode names and long shared prefixes; refuses a name with a digit', () => {
    const list = ['accountant', 'accountants', 'москва', 'онлайн', 'рф', '香港'];
    expect(decodeTlds(encodeTlds(list))).toEqual(list);
    expect(() => encodeTlds(['xn--p1ai'])).toThrow(/digit/);
  });
});
