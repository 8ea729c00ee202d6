// What every ground detector gets: the item, its non-empty fields and (built
// once, on first use) the topic-tagged sentences.
import { type Field, fieldsOf } from './text.ts';
import { type TaggedSentence, tagSentences } from './topics.ts';
import type { Evidence, GroundId, ReviewItem } from './types.ts';

export type ItemKind = ReviewItem['kind'];

export interface Context {
  readonly item: ReviewItem;
  readonly kind: ItemKind;
  readonly fields: readonly Field[];
  /** Topic-tagged sentences of title and body (lazy: only "entirely about" grounds need them). */
  readonly sentences: readonly TaggedSentence[];
}

export function createContext(item: ReviewItem): Context {
  const fields = fieldsOf(item);
  let sentences: TaggedSentence[] | undefined;
  return {
    item,
    kind: item.kind,
    fields,
    get sentences() {
      return (sentences ??= tagSentences(fields));
    },
  };
}

/** One ground: which item kinds it applies to and how to find its evidence. */
export interface GroundDetector {
  readonly id: GroundId;
  readonly kinds: readonly ItemKind[];
  /** Evidence spans, most telling first; empty when the ground does not apply. */
  detect(ctx: Context): Evidence[];
}
