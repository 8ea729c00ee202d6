// What the background does for each message. Free of extension APIs: the
// entrypoint passes in the database and clock, so the handlers run in unit
// tests (with fake-indexeddb) exactly as in the service worker.
// The linter is passed in where the worker lints (Firefox); Chromium pages
// lint with the linter module themselves.
import type { LintContext, LintSettings, Finding } from '../policy/types.ts';
import { classifyReview } from '../reviews/index.ts';
import { badgeText } from '../checklist/new-items.ts';
import { isNew, VISIT_PAGE_OF } from '../records/index.ts';
import { liveTopicClusters } from '../insights/topic-clusters.ts';
import type { Handlers, SenderInfo } from '../messaging/router.ts';
import type { PageKind } from '../page-kind.ts';
import type { RGDatabase } from '../store/db.ts';
import * as repo from '../store/repo.ts';
import type { Settings } from '../protocol.ts';
import { SELECTED_KEY, loadSettings } from '../store/settings.ts';
import type { Classification } from '../reviews/types.ts';

export interface TabPage {
  kind: PageKind | null;
  url: string;
  /** Items the page feature recognised; null until it reports. */
  items: number | null;
  /** Items the page visibly lists, read or not (page health). */
  listed?: number;
  /** Selector match counts (diagnostics; never page text). */
  counts?: Record<string, number>;
  at: number;
}

export interface BackgroundDeps {
  version: string;
  startedAt: number;
  db: () => Promise<RGDatabase>;
  now?: () => Date;
  /** Last page each tab reported (in memory; rebuilt as pages say hello). */
  tabs?: Map<number, TabPage>;
  /** Pushes a notice to every Seller Central tab that said hello. */
  broadcast?: (notice: { type: 'settings-changed' }) => Promise<void>;
  /** Shows this text on the toolbar icon's badge ('' hides it). */
  setBadge?: (text: string) => Promise<void>;
  /**
   * The linter, in builds whose pages cannot load the linter module (Firefox:
   * see extension-linter.ts). Chromium lints in the page and on the options
   * page, so its worker carries no linter (about a third of its size).
   */
  lint?: (text: string, context: LintContext, settings: LintSettings) => Finding[] | Promise<Finding[]>;
}

/** Page kinds that list reviews or feedback: a load starts or continues a visit ("new since your last visit"). */
const VISITED_KINDS = new Set<string>(Object.values(VISIT_PAGE_OF));


export function createHandlers(deps: BackgroundDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const tabs = deps.tabs ?? new Map<number, TabPage>();
  // Every frame that said hello, by "tab:frame"; the tab shows its top frame,
  // or a recognised Seller Central frame inside it (messaging in a frame).
  const frames = new Map<string, TabPage>();
  const frameKey = (s: SenderInfo) => `${s.tabId}:${s.frameId ?? 0}`;
  const settle = (tabId: number) => {
    const mine = [...frames.entries()].filter(([k]) => k.startsWith(`${tabId}:`));
    const top = mine.find(([k]) => k === `${tabId}:0`)?.[1];
    const best = top?.kind ? top : (mine.find(([, p]) => p.kind)?.[1] ?? top);
    if (best) tabs.set(tabId, best);
  };
  let settingsCache: Settings | null = null;
  const settings = async () => (settingsCache ??= await loadSettings(await deps.db()));
  /** The badge: new 1–3★ items not opened in the checklist yet. */
  const refreshBadge = async (): Promise<string> => {
    const text = badgeText(await repo.countNewUnopened(await deps.db()));
    await deps.setBadge?.(text).catch(() => {});
    return text;
  };

  return {
    ping: () => ({ pong: true, version: deps.version, startedAt: deps.startedAt }),

    'page/hello': async ({ kind, url }, sender: SenderInfo) => {
      // A page that lists reviews or feedback: this load starts or continues a visit.
      if (kind && VISITED_KINDS.has(kind)) await repo.touchVisit(await deps.db(), kind, now());
      if (sender.tabId === undefined) return { ok: true };
      // A new top-level page: forget the frames of the page before it (a frame
      // of the new page may say hello a moment before its parent does).
      if (!sender.frameId) {
        for (const [k, p] of [...frames]) if (k.startsWith(`${sender.tabId}:`) && Date.now() - p.at > 2000) frames.delete(k);
      }
      frames.set(frameKey(sender), { kind, url, items: null, at: Date.now() });
      settle(sender.tabId);
      return { ok: true };
    },
    'page/status': ({ items, listed, counts }, sender: SenderInfo) => {
      const t = sender.tabId !== undefined ? frames.get(frameKey(sender)) : undefined;
      if (t) Object.assign(t, { items, listed, counts });
      if (sender.tabId !== undefined) settle(sender.tabId);
      return { ok: true };
    },
    'tab/info': ({ tabId }) => ({ page: tabs.get(tabId) ?? null }),
    'settings/changed': async () => {
      settingsCache = null;
      await deps.broadcast?.({ type: 'settings-changed' });
      return { ok: true };
    },

    lint: async ({ text, context }) => {
      const s = await settings();
      const t0 = performance.now();
      if (!deps.lint) throw new Error('this build checks messages in the page, not in the background');
      const findings = await deps.lint(text, { now: now().toISOString(), ...context }, s.lint);
      return { findings, ms: performance.now() - t0 };
    },


    'draft/save': async ({ orderId, text, pageKind }) => {
      await repo.saveDraft(await deps.db(), { orderId, text, pageKind, updatedAt: now().toISOString() });
      return { ok: true };
    },
    'draft/get': async ({ orderId }) => {
      const d = await repo.getDraft(await deps.db(), orderId);
      return { draft: d ? { text: d.text, updatedAt: d.updatedAt } : null };
    },
    'draft/clear': async ({ orderId }) => {
      await repo.clearDraft(await deps.db(), orderId);
      return { ok: true };
    },

    'order/context': async ({ orderId }) => ({
      reviewRequestedBefore: !!(await repo.getReviewRequest(await deps.db(), orderId)),
    }),
    'order/review-requested': async ({ orderId, via }) => {
      await repo.markReviewRequested(await deps.db(), { orderId, via, requestedAt: now().toISOString() });
      return { ok: true };
    },

    'reviews/seen': async ({ host, pageUrl, items }) => {
      const db = await deps.db();
      const at = now();
      const marketplace = host.replace(/^sellercentral(-\w+)?\.amazon\./, '');
      const results = [];
      // The visit of each page kind these items are listed on (touched first, so
      // the order of hello and seen does not matter).
      const visits = new Map<string, Awaited<ReturnType<typeof repo.getVisit>>>();
      for (const k of new Set(items.map((i) => VISIT_PAGE_OF[i.item.kind]))) visits.set(k, await repo.touchVisit(db, k, at));
      for (const seen of items) {
        // Classifying is cheaper than a cache lookup (well under a millisecond),
        // and deadlines move with the clock, so every sighting re-classifies.
        const fresh: Classification = classifyReview(seen.item, at);
        const record = await repo.upsertSeen(db, { ...seen, classification: fresh, host, marketplace, pageUrl }, at);
        // Progress as of the seller's last change in the checklist (the popup writes it):
        // the background never builds checklists (their templates would double its bundle).
        const progress = (await repo.getChecklist(db, record.id))?.summary ?? null;
        const news = isNew(record, visits.get(VISIT_PAGE_OF[record.kind]));
        results.push({ id: record.id, classification: fresh, progress, isNew: news, ...(record.outcomes?.length ? { outcomes: record.outcomes.slice(-3) } : {}) });
      }
      await refreshBadge();
      return { results };
    },

    'reviews/listing': async ({ host, kind, entries }) => {
      const removed = await repo.applyListing(await deps.db(), host, kind, entries, now());
      if (removed.length) await refreshBadge();
      return { removed };
    },

    'reviews/progress': async ({ ids }) => {
      const db = await deps.db();
      const progress: Record<string, { done: number; total: number } | null> = {};
      for (const id of ids) progress[id] = (await repo.getChecklist(db, id))?.summary ?? null;
      return { progress };
    },

    'topics/get': async ({ asins }) => {
      const db = await deps.db();
      const { topicAlerts } = await settings();
      const wanted = new Set(asins);
      const records = (await repo.allReviews(db)).filter((r) => wanted.has(r.asin ?? r.item.asin ?? ''));
      return { windowDays: topicAlerts.windowDays, alerts: liveTopicClusters(records, topicAlerts, now()) };
    },
    'item/opened': async ({ id }) => {
      await repo.markOpened(await deps.db(), id, now());
      return { badge: await refreshBadge() };
    },

    'review/select': async ({ id }) => {
      await repo.setMeta(await deps.db(), SELECTED_KEY, id);
      return { ok: true };
    },

    'settings/get': async () => {
      settingsCache = null; // always fresh for a page that asks explicitly
      return { settings: await settings() };
    },
  };
}
