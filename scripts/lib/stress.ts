// Big pages for robustness tests and benchmarks: replaces the fixture reviews
// page's list with N cards built from the fixture reviews (new ids, same text).
import type { Page } from 'playwright-core';

export async function mountManyReviews(page: Page, n: number): Promise<void> {
  // A string, so test runners that rewrite import() leave it alone.
  await page.evaluate(`(async () => {
    const app = await import('/__fixtures__/reviews-app.js');
    const data = await import('/__fixtures__/reviews-data-us.js');
    const reviews = Array.from({ length: ${Number(n)} }, (_, i) => ({
      ...data.reviews[i % data.reviews.length],
      id: 'R' + String(i).padStart(12, '0'),
    }));
    app.mountReviewsApp(document, { ...data, reviews, pageSize: reviews.length, delayMs: 0 });
    // The page's own first render of the cards happens in the next frames:
    // what starts after them is ours.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__mountedAt = performance.now();
  })()`);
}

/** Records long tasks (main thread busy > 50 ms) from now on, in the page. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  });
}


/** Long tasks that started after the fixture app finished rendering (ours, not the page's). */
export async function longTasks(page: Page): Promise<{ ours: number[]; page: number[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __mountedAt?: number };
    const after = w.__mountedAt ?? 0;
    return {
      ours: w.__longTasks.filter((t) => t.start >= after).map((t) => t.duration),
      page: w.__longTasks.filter((t) => t.start < after).map((t) => t.duration),
    };
  });
}

/**
 * Samples the page's JavaScript (CDP Profiler, every 0.2 ms) while `run` runs
 * and returns the longest unbroken stretch spent in the extension's own code
 * (any frame of the stack from an extension URL): a task of ours, as the
 * renderer saw it. Long Animation Frames do not name content scripts, so this
 * is how the benchmark attributes long tasks to our script.
 */
export async function longestOwnScriptRun(page: Page, run: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>; samples?: number[]; timeDeltas?: number[] };
  };
  await cdp.detach();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = !!n && (/^(chrome|moz)-extension:/.test(n.callFrame.url) || (p !== undefined && isOurs(p)));
    ours.set(id, v);
    return v;
  };
  let longest = 0;
  let current = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    if (isOurs(samples[i]!)) current += dt;
    else current = 0;
    if (current > longest) longest = current;
  }
  return longest;
}
