// Classification throughput over the labelled corpus and over long reviews,
// next to a floor measured in the same run: one pass of one combined regex
// over the same texts (roughly the least any text scan can cost). Target: a
// typical review in under 0.2 ms (median), so 500 review cards annotate in
// well under a tenth of a second. Exits 1 if the target is missed.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ReviewItem, classifyReview } from '../../lib/reviews/index.ts';
import { describeScore, isHeldOut, loadRealReviews, score } from '../../tests/unit/reviews/real-corpus.ts';

const TARGET_MEDIAN_US = 200;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus: ReviewItem[] = readFileSync(join(root, 'tests/corpus/reviews.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => {
    const { expect: _expect, ...item } = JSON.parse(l) as ReviewItem & { expect: unknown };
    return item;
  });

// Long reviews (~4,000 characters, near Amazon's practical maximum): corpus
// bodies stitched together so the mix of topics stays realistic.
const long: ReviewItem[] = Array.from({ length: 40 }, (_, i) => {
  let body = '';
  for (let j = i; body.length < 4000; j += 7) body += corpus[j % corpus.length]!.body + ' ';
  return { kind: i % 4 === 0 ? 'feedback' : 'review', rating: 1 + (i % 3), title: 'Long review', body, date: '2026-10-01', fulfilledBy: 'amazon' };
});

const FLOOR_RE = /(?<![\p{L}\p{N}])(?:fuck|shit|seller|deliver\p{L}*|arriv\p{L}*|late|broke\p{L}*|refund|free|review|counterfeit|fake|fire|shock|price|stock|call|email|www|code)(?![\p{L}\p{N}])|\d{3}[-.\s]\d{3}[-.\s]\d{4}|@/giu;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function measure(items: ReviewItem[], passes: number, fn: (it: ReviewItem) => unknown): { median: number; p95: number; perSec: number } {
  for (const it of items) fn(it); // warm up
  const times: number[] = [];
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    for (const it of items) {
      const s = performance.now();
      fn(it);
      times.push((performance.now() - s) * 1000);
    }
  }
  const total = performance.now() - t0;
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), perSec: (items.length * passes) / (total / 1000) };
}

const NOW = '2026-11-22';
const classify = (it: ReviewItem) => classifyReview(it, NOW);
const floor = (it: ReviewItem) => `${it.title ?? ''}\n${it.body}`.match(FLOOR_RE);

// Cold start: the first reviews after the background script (re)starts pay
// for compiling every pattern. Reported, not targeted: it is paid once per
// service-worker start, not per card.
const coldStart = performance.now();
classify(corpus[0]!);
const coldFirst = performance.now() - coldStart;
for (const it of corpus.slice(1, 20)) classify(it);
const coldTwenty = performance.now() - coldStart;

const rows = [
  ['corpus (typical)', measure(corpus, 20, classify), measure(corpus, 20, floor), corpus.length],
  ['long (~4,000 chars)', measure(long, 10, classify), measure(long, 10, floor), long.length],
] as const;

console.log('set                   items   items/s    median µs   p95 µs   floor median µs   × floor');
for (const [name, c, f, n] of rows) {
  console.log(
    `${name.padEnd(20)} ${String(n).padStart(6)} ${c.perSec.toFixed(0).padStart(9)} ${c.median.toFixed(1).padStart(12)} ${c.p95.toFixed(1).padStart(8)} ${f.median.toFixed(1).padStart(17)} ${(c.median / f.median).toFixed(1).padStart(9)}`,
  );
}
// Accuracy on real reviews, old held-out part first (the shared labelled set is
// read where it lives; it is third-party text and is never copied here). The
// old held-out part was tuned on in the second round: both are development figures.
const real = loadRealReviews();
if (real === null) console.log('\nreal reviews: the shared labelled set is not beside the project; accuracy on real text not measured.');
else {
  console.log(`\n${describeScore('real reviews, old held-out (spent)', score(real.filter((x) => isHeldOut(x.item.id))))}`);
  console.log(describeScore('real reviews, tune', score(real.filter((x) => !isHeldOut(x.item.id)))));
}

const typical = rows[0][1];
const cards = (typical.median * 500) / 1000;
console.log(`\ncold start: first review ${coldFirst.toFixed(0)} ms, first 20 reviews ${coldTwenty.toFixed(0)} ms (patterns compiled on first use)`);
console.log(`500 typical cards ≈ ${cards.toFixed(1)} ms (median); target median < ${TARGET_MEDIAN_US} µs per review.`);
if (typical.median >= TARGET_MEDIAN_US) {
  console.log(`MISSED: median ${typical.median.toFixed(1)} µs ≥ ${TARGET_MEDIAN_US} µs`);
  process.exitCode = 1;
} else console.log('OK');
