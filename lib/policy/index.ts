// Public entry of the buyer-message linter. Pure: no browser, DOM or Node
// APIs, so it runs in the service worker, in tests and in the CLI alike.
import { ALL_RULES } from './rules/index.ts';
import type { RuleId, Severity } from './types.ts';

export { lintMessage } from './lint.ts';
export { parseLintSettings } from './settings.ts';
export { normalize, toOriginal, type Normalized } from './normalize.ts';
export { resolveLanguage } from './analyse/language.ts';
export { isAmazonHost } from './analyse/links.ts';
export { MAX_MESSAGE_LENGTH } from './rules/too-long.ts';
export { PROACTIVE_WINDOW_DAYS } from './rules/outside-window.ts';
export { REVIEW_REQUEST_WINDOW } from './rules/review-request-window.ts';
export * from './types.ts';

export interface RuleInfo {
  severity: Severity;
  title: { en: string; zh: string };
  source: string;
  /** A second public source (the FTC rule for the review rules). */
  alsoSource?: string;
  /** Also checked on package-insert cards. */
  insert: boolean;
}

/** Metadata of every rule: default severity, titles in English and Chinese, source. */
export const RULES: Readonly<Record<RuleId, RuleInfo>> = Object.freeze(
  Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, { severity: r.meta.severity, title: r.meta.title, source: r.meta.source, ...(r.meta.alsoSource ? { alsoSource: r.meta.alsoSource } : {}), insert: r.meta.insert === true }])) as Record<RuleId, RuleInfo>,
);
