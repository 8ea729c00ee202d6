// The linter beside the field. A buyer-message page imports the linter module
// (lint.js, built apart so every other Seller Central page keeps a small
// content script) once, and each keystroke is then checked in the page, with
// no round trip to the background: on a slow machine the round trip alone
// takes longer than a frame. Until the module and the seller's rule settings
// are here the field waits (milliseconds: the module is a local file); if the
// module cannot load, the panel says the message is not being checked. Only
// Firefox, whose content script cannot import the module, lints in the background.
import type { Finding, LintContext, LintSettings } from '../../../lib/policy/types.ts';
import type { LintFn, LoadLint } from '../../../lib/extension-files.ts';

export type { LintFn, LoadLint } from '../../../lib/extension-files.ts';
export { importLintModule } from '../../../lib/extension-files.ts';

export interface PageLinter {
  /** Findings for the text now, or null when the page linter is not ready (ask the background, or wait when `pageOnly`). */
  lint(text: string, context: Omit<LintContext, 'now'>): Finding[] | null;
  /** The background has no linter in this build (Chromium): until the module is here, wait for it. */
  readonly pageOnly?: boolean;
  /** 'failed' once the module could not be loaded: nothing on this page can check the message. */
  status?(): 'loading' | 'ready' | 'failed';
}


export function pageLinter(load: LoadLint, settings: () => LintSettings | null, now: () => Date = () => new Date(), pageOnly = false): PageLinter {
  let fn: LintFn | null = null;
  let started = false;
  let failed = false;
  const start = (): void => {
    if (started) return;
    started = true;
    void load().then((f) => {
      fn = f;
      failed = f === null;
    });
  };
  return {
    pageOnly,
    lint(text, context) {
      start();
      const s = settings();
      if (!fn || !s) return null;
      try {
        return fn(text, { now: now().toISOString(), ...context }, s);
      } catch {
        // A module that throws is broken for this page: stop using it.
        fn = null;
        failed = true;
        return null;
      }
    },
    status() {
      start();
      return failed ? 'failed' : fn && settings() ? 'ready' : 'loading';
    },
  };
}

