// The linter as the content script loads it on buyer-message pages (built
// apart, as `lint.js`): linting beside the field, with no round trip to the
// background, is what keeps a keystroke's warning within one frame. Only the
// entry point lives here; the rules are the same ones the background runs.
export { lintMessage } from './lint.ts';
