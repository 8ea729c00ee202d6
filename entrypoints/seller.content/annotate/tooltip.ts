// A tooltip naming the ground when the pointer rests on highlighted evidence
// (the highlights are painted by the browser, so there is no element to hover).
import type { Lang } from '../../../lib/i18n/lang.ts';
import { GROUND_TITLES, RISK_NAMES } from '../../../lib/reviews/names.ts';
import { listen, onAbort } from '../lifecycle.ts';
import type { Shown } from './controller.ts';

const CSS = `div{position:fixed;z-index:2147483000;pointer-events:none;max-width:320px;padding:4px 8px;border-radius:6px;background:#232f3e;color:#fff;font:12px/1.4 Arial,"PingFang SC",sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25)}div[hidden]{display:none}`;

export function createTooltip(doc: Document, items: () => Iterable<Shown>, lang: () => Lang, signal: AbortSignal): void {
  const host = doc.createElement('reviewguard-layer');
  const root = host.attachShadow({ mode: 'open' });
  const tip = doc.createElement('div');
  tip.setAttribute('role', 'tooltip');
  const style = doc.createElement('style');
  style.textContent = CSS;
  tip.hidden = true;
  root.append(style, tip);
  doc.documentElement.append(host);
  let frame = 0;
  let last: MouseEvent | null = null;
  onAbort(signal, () => {
    if (frame) cancelAnimationFrame(frame);
    host.remove();
  });

  const show = () => {
    frame = 0;
    const ev = last!;
    const caret = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(ev.clientX, ev.clientY);
    const text = caret ? labelAt(caret) : null;
    if (text) {
      tip.textContent = text;
      tip.style.left = `${ev.clientX + 12}px`;
      tip.style.top = `${ev.clientY + 16}px`;
      tip.hidden = false;
    } else tip.hidden = true;
  };

  const labelAt = (caret: Range): string | null => {
    const l = lang();
    for (const s of items()) {
      const f = s.target.fields;
      for (const [field, el] of [['title', f.title], ['body', f.body]] as const) {
        if (!el || !el.contains(caret.startContainer)) continue;
        const pre = doc.createRange();
        pre.setStart(el, 0);
        pre.setEnd(caret.startContainer, caret.startOffset);
        const off = pre.toString().length;
        const g = s.classification.grounds.find((x) => x.field === field && off >= x.start && off < x.end);
        if (g) return `ReviewGuard: ${GROUND_TITLES[g.id][l]}`;
        const r = s.classification.riskEvidence.find((x) => x.field === field && off >= x.start && off < x.end);
        if (r) return `ReviewGuard: ${RISK_NAMES[r.id][l]}`;
      }
    }
    return null;
  };

  listen(doc, 'mousemove', (e) => {
    last = e;
    if (!frame) frame = requestAnimationFrame(show);
  }, signal, { passive: true });
}
