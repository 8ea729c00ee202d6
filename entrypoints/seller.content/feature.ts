import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from '../../lib/page-kind.ts';
import type { Send } from '../../lib/messaging/client.ts';

export interface FeatureContext {
  ctx: ContentScriptContext;
  kind: PageKind;
  /** Aborted when the feature must stop (navigation away, invalidation). */
  signal: AbortSignal;
  send: Send;
}

/** A page feature starts on its page kind and returns its clean-up. */
export type Feature = (f: FeatureContext) => void | (() => void);
