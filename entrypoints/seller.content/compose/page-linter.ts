// The linter beside the field. A buyer-message page imports the linter module
// (lint.js, built apart so every other Seller Central page keeps a small
// content script) once, and each keystroke is then checked in the page, with
// no round trip to the background: on a slow machine the round trip alone
// takes longer than a frame. Until the module and the seller's rule settings
// are here, or if the module cannot load, the background lints as before;
// both run the same rules, so the findings are the same.
import type { Finding, LintContext, LintSettings } from '../../../lib/policy/types.ts';

export type LintFn = (text: string, context: LintContext, settings: LintSettings) => Finding[];

export interface PageLinter {
  /** Findings for the text now, or null when the page linter is not ready (ask the background). */
  lint(text: string, context: Omit<LintContext, 'now'>): Finding[] | null;
}

/** Loads the module once; resolves to null if it cannot be loaded (the background keeps linting). */
export type LoadLint = () => Promise<LintFn | null>;

export function pageLinter(load: LoadLint, settings: () => LintSettings | null, now: () => Date = () => new Date()): PageLinter {
  let fn: LintFn | null = null;
  let started = false;
  return {
    lint(text, context) {
      if (!started) {
        started = true;
        void load().then((f) => (fn = f));
      }
      const s = settings();
      if (!fn || !s) return null;
      return fn(text, { now: now().toISOString(), ...context }, s);
    },
  };
}

/** The module, from the extension's own files (web-accessible to Seller Central pages only). */
export function importLintModule(url: string): LoadLint {
  let loading: Promise<LintFn | null> | undefined;
  return () =>
    (loading ??= import(/* @vite-ignore */ url).then(
      (m: { lintMessage?: unknown }) => (typeof m.lintMessage === 'function' ? (m.lintMessage as LintFn) : null),
      () => null,
    ));
}
