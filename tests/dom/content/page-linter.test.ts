// The page linter: loads the module once, answers only when both the module
// and the seller's rule settings are in, and lints with the page's clock.
import { describe, expect, it } from 'vitest';
import { importLintModule, pageLinter, type LintFn } from '../../../entrypoints/seller.content/compose/page-linter.ts';
import type { LintSettings } from '../../../lib/policy/types.ts';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('pageLinter', () => {
  it('asks the background (null) until the module and the settings are both in; loads the module once', async () => {
    let loads = 0;
    const calls: Array<[string, unknown, LintSettings]> = [];
    const fn: LintFn = (text, ctx, s) => {
      calls.push([text, ctx, s]);
      return [];
    };
    let settings: LintSettings | null = null;
    const linter = pageLinter(
      async () => {
        loads++;
        return fn;
      },
      () => settings,
      () => new Date('2026-11-22T10:00:00.000Z'),
    );
    expect(linter.lint('a', {})).toBeNull();
    await flush();
    expect(linter.lint('b', {})).toBeNull(); // module in, settings not yet
    settings = { rules: { 'email-address': { enabled: false } }, customPhrases: [] } as LintSettings;
    expect(linter.lint('c', { buyerLanguage: 'de' })).toEqual([]);
    expect(loads).toBe(1);
    expect(calls).toEqual([['c', { now: '2026-11-22T10:00:00.000Z', buyerLanguage: 'de' }, settings]]);
  });

  it('a module that cannot be loaded leaves it to the background for good', async () => {
    const linter = pageLinter(async () => null, () => ({ rules: {}, customPhrases: [] }));
    linter.lint('a', {});
    await flush();
    expect(linter.lint('b', {})).toBeNull();
  });

  it('importLintModule resolves to null when the import fails or exports no linter', async () => {
    expect(await importLintModule('data:text/javascript,export const x = 1;')()).toBeNull();
    expect(await importLintModule('/no/such/module.js')()).toBeNull();
  });
});
