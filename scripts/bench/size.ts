// Bundle sizes of the built extension, gzipped, against budgets: the content
// script runs on every Seller Central page load, so it has the tightest one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../lib/browser.ts';
import { table } from './_stats.ts';

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error('No build in .output/chrome-mv3: run "npm run build" first.');
  process.exit(1);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const BUDGETS: Array<[RegExp, string, number]> = [
  [/^content-scripts\/seller\.js$/, 'content script (every Seller Central page)', 40 * 1024],
  [/^background\.js$/, 'background service worker', 150 * 1024],
  // Loaded once by buyer-message pages only, from the extension's own files.
  [/^lint\.js$/, 'linter module (buyer-message pages)', 80 * 1024],
  [/^chunks\/popup-.*\.js$/, 'popup', 80 * 1024],
  [/^chunks\/options-.*\.js$/, 'options page (charts)', 150 * 1024],
];

let failed = false;
const rows: Array<[string, string]> = [];
let total = 0;
for (const f of files(EXTENSION_DIR).filter((f) => /\.(js|css|html)$/.test(f))) {
  const rel = relative(EXTENSION_DIR, f);
  const raw = readFileSync(f);
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  const budget = BUDGETS.find(([re]) => re.test(rel));
  if (budget) {
    const ok = gz <= budget[2];
    if (!ok) failed = true;
    rows.push([`${budget[1]} — ${rel}`, `${kb(raw.length)} raw, ${kb(gz)} gzipped (budget ${kb(budget[2])}) ${ok ? 'ok' : 'OVER'}`]);
  }
}
rows.push(['all scripts, styles and pages', `${kb(total)} gzipped`]);
table('Bundle sizes (.output/chrome-mv3)', rows);
process.exitCode = failed ? 1 : 0;
