// Files of the built extension that one context loads from another by path.

/** The linter as an ES module for the content script (built by the extension's build config). */
export const LINT_MODULE_PATH = '/lint.js';
