// Settings arrive from storage, the options page or a CLI file: validate them
// at that boundary with zod, then lint with the parsed value.
import { DEFAULT_LINT_SETTINGS, LintSettingsSchema, type LintSettings } from './types.ts';

/** Parses unknown input into LintSettings; throws a readable error listing every problem. */
export function parseLintSettings(input: unknown): LintSettings {
  if (input === undefined || input === null) return DEFAULT_LINT_SETTINGS;
  const r = LintSettingsSchema.safeParse(input);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    throw new Error(`invalid lint settings: ${problems.join('; ')}`);
  }
  return r.data;
}
