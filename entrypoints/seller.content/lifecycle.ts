// Everything a page feature starts is tied to its AbortSignal, so aborting the
// signal is the only clean-up there is (refined-github's `init(signal)`): no
// `stop` functions, no hand-kept lists of listeners.

/** Runs `fn` once when the signal aborts (at once if it already has). */
export function onAbort(signal: AbortSignal, fn: () => void): void {
  if (signal.aborted) fn();
  else signal.addEventListener('abort', fn, { once: true });
}

/** addEventListener that removes itself when the signal aborts. */
export function listen<K extends keyof WindowEventMap>(
  target: Window,
  type: K,
  fn: (e: WindowEventMap[K]) => void,
  signal: AbortSignal,
  options?: AddEventListenerOptions,
): void;
export function listen<K extends keyof DocumentEventMap>(
  target: Document,
  type: K,
  fn: (e: DocumentEventMap[K]) => void,
  signal: AbortSignal,
  options?: AddEventListenerOptions,
): void;
export function listen(target: EventTarget, type: string, fn: (e: Event) => void, signal: AbortSignal, options?: AddEventListenerOptions): void;
export function listen(target: EventTarget, type: string, fn: (e: Event) => void, signal: AbortSignal, options: AddEventListenerOptions = {}): void {
  if (signal.aborted) return;
  target.addEventListener(type, fn, { ...options, signal });
}

/** A MutationObserver disconnected when the signal aborts. */
export function observeMutations(target: Node, init: MutationObserverInit, fn: MutationCallback, signal: AbortSignal): MutationObserver {
  const mo = new MutationObserver(fn);
  if (!signal.aborted) mo.observe(target, init);
  onAbort(signal, () => mo.disconnect());
  return mo;
}

/** setInterval cleared when the signal aborts. */
export function every(ms: number, fn: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const id = setInterval(fn, ms);
  onAbort(signal, () => clearInterval(id));
}

/** setTimeout cleared when the signal aborts; returns a canceller for re-arming. */
export function after(ms: number, fn: () => void, signal: AbortSignal): () => void {
  if (signal.aborted) return () => {};
  const id = setTimeout(fn, ms);
  const cancel = () => clearTimeout(id);
  onAbort(signal, cancel);
  return cancel;
}

/** One callback per animation frame at most, cancelled with the signal. */
export function frameScheduler(fn: () => void, signal: AbortSignal): () => void {
  let frame = 0;
  onAbort(signal, () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  });
  return () => {
    if (frame || signal.aborted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) fn();
    });
  };
}

/** A child signal: aborted with its parent, or on its own. */
export function childController(parent: AbortSignal): AbortController {
  const c = new AbortController();
  onAbort(parent, () => c.abort());
  return c;
}
