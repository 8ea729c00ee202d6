// Files of the built extension that one context loads from another by path.
import type { Finding, LintContext, LintSettings } from './policy/types.ts';

/** The linter as an ES module for the content script and the options page (built by the extension's build config). */
export const LINT_MODULE_PATH = '/lint.js';

export type LintFn = (text: string, context: LintContext, settings: LintSettings) => Finding[];

/** Loads the module once; resolves to null if it cannot be loaded. */
export type LoadLint = () => Promise<LintFn | null>;

/**
 * The linter module from the extension's own files (the content script on
 * Seller Central, where it is web-accessible; the options page, its own origin).
 */
export function importLintModule(url: string): LoadLint {
  let loading: Promise<LintFn | null> | undefined;
  return () =>
    (loading ??= import(/* @vite-ignore */ url).then(
      (m: { lintMessage?: unknown }) => (typeof m.lintMessage === 'function' ? (m.lintMessage as LintFn) : null),
      () => null,
    ));
}
