// A page feature is one file that registers itself with the page kinds it runs
// on and an `init(signal, env)`. The signal owns every listener, observer,
// timer and UI the feature starts (see lifecycle.ts); the router aborts it when
// the seller leaves the page kind or the extension is reloaded.
import type { PageKind } from '../../lib/page-kind.ts';
import type { PageSend as Send } from '../../lib/messaging/client.ts';
import type { ContentSettings } from './settings.ts';

export interface FeatureEnv {
  kind: PageKind;
  send: Send;
  /** The UI language now, and a `changed` event when settings change. */
  settings: ContentSettings;
}

export interface PageFeature {
  /** Stable name, for diagnostics. */
  id: string;
  /** The page kinds this feature runs on. */
  pages: readonly PageKind[];
  init(signal: AbortSignal, env: FeatureEnv): void;
}

const registry: PageFeature[] = [];

/** Registers a page feature (called once, at the top level of its own file). */
export function addFeature(feature: PageFeature): PageFeature {
  if (registry.some((f) => f.id === feature.id)) throw new Error(`ReviewGuard: feature "${feature.id}" registered twice`);
  registry.push(feature);
  return feature;
}

export function featuresFor(kind: PageKind): PageFeature[] {
  return registry.filter((f) => f.pages.includes(kind));
}

export function allFeatures(): readonly PageFeature[] {
  return registry;
}
