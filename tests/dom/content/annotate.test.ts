// The annotation controller on the reviews fixture app, with a fake background
// that counts what it is asked to classify: the first pass reads every card,
// later passes only the cards a mutation touched; a rating or text changed in
// place is annotated again; selecting a card redraws two annotations; a
// language change redraws without classifying again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountReviewsApp } from '../../fixtures/assets/reviews-app.js';
import * as us from '../../fixtures/assets/reviews-data-us.js';
import { annotate, ANNOTATION_TAG } from '../../../entrypoints/seller.content/annotate/controller.ts';
import { extractReview } from '../../../entrypoints/seller.content/page/extract-reviews.ts';
import { SEL } from '../../../entrypoints/seller.content/page/selectors.ts';
import { createClient } from '../../../lib/messaging/full-client.ts';
import { createRouter, type Handlers } from '../../../lib/messaging/router.ts';
import { classifyReview } from '../../../lib/reviews/index.ts';
import type { Lang } from '../../../lib/i18n/lang.ts';

function fakeBackground() {
  const seen: string[][] = [];
  const selected: string[] = [];
  const handlers = {
    'reviews/seen': ({ items }: { items: Array<{ item: Parameters<typeof classifyReview>[0] & { id: string } }> }) => {
      seen.push(items.map((i) => i.item.id));
      return { results: items.map((i) => ({ id: i.item.id, classification: classifyReview(i.item, new Date('2026-11-22')), progress: null, isNew: false })) };
    },
    'reviews/progress': ({ ids }: { ids: string[] }) => ({ progress: Object.fromEntries(ids.map((id) => [id, { done: 1, total: 5 }])) }),
    'review/select': ({ id }: { id: string }) => {
      selected.push(id);
      return { ok: true };
    },
    'page/status': () => ({ ok: true }),
  } as unknown as Handlers;
  const route = createRouter(handlers);
  return { send: createClient((m) => route(m)), seen, selected };
}

let abort: AbortController;
beforeEach(() => {
  document.body.replaceChildren();
  abort = new AbortController();
});
afterEach(() => abort.abort());

function start(send: ReturnType<typeof fakeBackground>['send'], lang: () => Lang = () => 'en') {
  return annotate({
    doc: document,
    send,
    signal: abort.signal,
    lang,
    itemSelector: SEL.reviews.card,
    read: (el) => {
      const r = extractReview(el as HTMLElement);
      return r && {
        id: r.id,
        kind: 'review' as const,
        item: { id: r.id, kind: 'review' as const, rating: r.rating, title: r.title, body: r.body, date: r.date ?? '2026-11-22' },
        mount: r.card,
        fields: { title: r.titleEl, body: r.bodyEl },
      };
    },
  });
}

const hosts = () => [...document.querySelectorAll<HTMLElement>(ANNOTATION_TAG)];
const hostFor = (id: string) => document.querySelector<HTMLElement>(`${ANNOTATION_TAG}[data-review-id="${id}"]`)!;

async function mounted(pageSize = 8) {
  mountReviewsApp(document, { reviews: us.reviews, products: us.products, labels: us.labels, pageSize });
  const bg = fakeBackground();
  const annotator = start(bg.send);
  // The first pass loads and runs the classifier for every card; on a loaded
  // 2-core CI machine that can take longer than waitFor's 1 s default.
  await vi.waitFor(() => expect(hosts()).toHaveLength(pageSize), { timeout: 8000 });
  return { bg, annotator };
}

describe('incremental annotation', () => {
  it('classifies every card once on the first pass', async () => {
    const { bg } = await mounted();
    expect(bg.seen.flat()).toHaveLength(8);
    expect(new Set(bg.seen.flat()).size).toBe(8);
  });

  it('re-annotates a card whose rating changes in place (an attribute, no nodes added), and only that card', async () => {
    const { bg } = await mounted();
    const card = document.querySelector(SEL.reviews.card)!;
    const id = card.getAttribute('data-testid')!.replace('review-', '');
    const before = bg.seen.length;
    card.querySelector(SEL.reviews.rating)!.setAttribute('value', '5');
    await vi.waitFor(() => expect(bg.seen.length).toBe(before + 1));
    expect(bg.seen.at(-1)).toEqual([id]);
  });

  it('re-annotates a card whose text changes in place (characterData), and only that card', async () => {
    const { bg } = await mounted();
    const card = document.querySelectorAll(SEL.reviews.card)[2]!;
    const id = card.getAttribute('data-testid')!.replace('review-', '');
    const body = card.querySelector(SEL.reviews.body(id))!;
    const text = [...body.childNodes].find((n) => n.nodeType === 3) as Text;
    const before = bg.seen.length;
    text.data = `${text.data} Contact me at jane.doe@example.com`;
    await vi.waitFor(() => expect(bg.seen.length).toBe(before + 1));
    expect(bg.seen.at(-1)).toEqual([id]);
    await vi.waitFor(() => expect(hostFor(id).getAttribute('data-grounds')).toContain('personal-info'));
  });

  it('ignores its own writes: drawing annotations classifies nothing again', async () => {
    const { bg } = await mounted();
    const before = bg.seen.length;
    await new Promise((r) => setTimeout(r, 400));
    expect(bg.seen.length).toBe(before);
  });

  it('selecting a card redraws two annotations: the one left and the one picked', async () => {
    const { bg } = await mounted();
    const [a, b] = hosts();
    const button = (h: HTMLElement) => h.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="select"]')!;
    button(a!).click();
    await vi.waitFor(() => expect(a!.hasAttribute('data-selected')).toBe(true));
    const drawn = new Set<string>();
    const mo = new MutationObserver((rs) => rs.forEach((r) => drawn.add((r.target as Element).getAttribute('data-review-id') ?? '')));
    for (const h of hosts()) mo.observe(h, { attributes: true, attributeFilter: ['data-selected'] });
    button(b!).click();
    await vi.waitFor(() => expect(b!.hasAttribute('data-selected')).toBe(true));
    await new Promise((r) => setTimeout(r, 20));
    mo.disconnect();
    expect(a!.hasAttribute('data-selected')).toBe(false);
    expect([...drawn].sort()).toEqual([a!.dataset.reviewId, b!.dataset.reviewId].sort());
    expect(bg.selected).toEqual([a!.dataset.reviewId, b!.dataset.reviewId]);
  });

  it('a language change redraws every annotation without classifying again', async () => {
    document.body.replaceChildren();
    mountReviewsApp(document, { reviews: us.reviews, products: us.products, labels: us.labels, pageSize: 8 });
    const bg = fakeBackground();
    let lang: Lang = 'en';
    const annotator = start(bg.send, () => lang);
    await vi.waitFor(() => expect(hosts()).toHaveLength(8));
    const before = bg.seen.length;
    lang = 'zh';
    annotator.redraw();
    expect(hosts()[0]!.shadowRoot!.textContent).toMatch(/[\u4e00-\u9fff]/);
    expect(bg.seen.length).toBe(before);
  });

  it('refreshes progress from the store without classifying again', async () => {
    const { bg, annotator } = await mounted();
    const before = bg.seen.length;
    await annotator.refreshProgress();
    expect(hosts().every((h) => h.getAttribute('data-progress') === '1/5')).toBe(true);
    expect(bg.seen.length).toBe(before);
  });

  it('removes every annotation when the signal aborts', async () => {
    await mounted();
    abort.abort();
    expect(hosts()).toHaveLength(0);
  });
});
