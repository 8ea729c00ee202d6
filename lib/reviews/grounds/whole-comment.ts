// Shared by the grounds that need the *whole* comment to be about one thing:
// the evidence is the first sentence naming that thing (capped, so a huge
// one-sentence text does not become a huge quote).
import type { Context } from '../context.ts';
import { evidence } from '../text.ts';
import { type TaggedSentence, type Topic, entirelyAbout } from '../topics.ts';
import type { Evidence } from '../types.ts';

const MAX_QUOTE = 300;

export function wholeComment(
  ctx: Context,
  allowed: readonly Topic[],
  required: readonly Topic[],
  absorbs: ReadonlyArray<readonly [Topic, Topic]> = [],
  narrative = false,
  /** The sentences to judge, when a ground re-reads some of them (default: as tagged). */
  sentences: readonly TaggedSentence[] = ctx.sentences,
): Evidence[] {
  const req = new Set(required);
  if (!entirelyAbout(sentences, new Set(allowed), req, absorbs, narrative)) return [];
  const s = sentences.find((x) => [...x.tags].some((t) => req.has(t)));
  const f = s && ctx.fields.find((x) => x.field === s.field);
  if (!s || !f) return [];
  let end = Math.min(s.end, s.start + MAX_QUOTE);
  // Never cut a surrogate pair in half.
  if (end < s.end && /[\uD800-\uDBFF]/.test(f.text[end - 1] ?? '')) end--;
  return [evidence(f, { start: s.start, end })];
}
