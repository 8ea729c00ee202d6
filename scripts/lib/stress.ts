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
    const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __ourScript: number[] };
    w.__longTasks = [];
    w.__ourScript = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    // Long animation frames name the scripts that ran in them: the time our
    // content script (an extension URL) spent in each long frame.
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ scripts: Array<{ sourceURL: string; duration: number }> }>) {
          const ours = e.scripts.filter((x) => /^(chrome|moz)-extension:/.test(x.sourceURL)).reduce((a, x) => a + x.duration, 0);
          if (ours > 0) w.__ourScript.push(ours);
        }
      }).observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      // No Long Animation Frames API: attribution is not available.
    }
  });
}

/** Per long frame, the milliseconds our own content script ran in it. */
export async function ourScriptInLongFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __ourScript: number[] }).__ourScript);
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
