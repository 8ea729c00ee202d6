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

/** What our own script did on the page's main thread while `run` ran. */
export interface OwnScriptFigures {
  /** The most time our code ran within any one task of the main thread (ms). */
  longestInTask: number;
  /** That task's whole duration, including the browser's own work in it (ms). */
  taskOfLongest: number;
  /** Main-thread tasks over 50 ms in which our code ran at all, with our share of each (ms). */
  longTasksWithOurs: Array<{ task: number; ours: number }>;
}

/**
 * Samples the page's JavaScript (CDP Profiler, every 0.2 ms) and records the
 * main thread's tasks (CDP Tracing) while `run` runs, then attributes each
 * sample in our code (any stack frame from an extension URL) to the task it
 * fell in. Long Animation Frames do not name content scripts, so this is how
 * the benchmark attributes long tasks to our script. Counting per task, not
 * per unbroken stretch of samples, keeps two tasks that follow each other
 * (after a yield) apart and bounds a sample that spans a gap in sampling by
 * the task it is in. Profile and trace share one clock (microseconds).
 */
export async function ownScriptByTask(page: Page, run: () => Promise<void>): Promise<OwnScriptFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>; startTime: number; samples?: number[]; timeDeltas?: number[] };
  };
  const complete = new Promise<{ stream: string }>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e as { stream: string })));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  let json = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean };
    json += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.detach();

  type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number };
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur);
  // The renderer's main thread: the thread that ran the most task time.
  const busy = new Map<string, number>();
  for (const e of tasks) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur!);
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mainTasks = tasks.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);

  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = !!n && (/^(chrome|moz)-extension:/.test(n.callFrame.url) || (p !== undefined && isOurs(p)));
    memo.set(id, v);
    return v;
  };
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const at: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < ids.length; i++) at.push((t += deltas[i] ?? 0));

  const figures: OwnScriptFigures = { longestInTask: 0, taskOfLongest: 0, longTasksWithOurs: [] };
  let j = 0;
  for (const task of mainTasks) {
    const end = task.ts + task.dur!;
    while (j < at.length && at[j]! < task.ts) j++;
    let ours = 0;
    for (let k = j; k < at.length && at[k]! <= end; k++) {
      if (isOurs(ids[k]!)) ours += Math.min(at[k + 1] ?? end, end) - at[k]!;
    }
    const oursMs = ours / 1000;
    const taskMs = task.dur! / 1000;
    if (oursMs > figures.longestInTask) {
      figures.longestInTask = oursMs;
      figures.taskOfLongest = taskMs;
    }
    if (taskMs > 50 && oursMs > 0) figures.longTasksWithOurs.push({ task: taskMs, ours: oursMs });
  }
  return figures;
}
