#!/usr/bin/env node
// `npm test`: type check, then every test tier (unit, DOM, end-to-end in
// Chromium), then the Firefox tier (tests/firefox, its own vitest config, so
// the two browsers never run at once), then one plain summary line
// "tests: N passed, N failed" covering both runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const extra = process.argv.slice(2);

const tsc = spawnSync(bin('tsc'), ['--noEmit'], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('\nType check failed.');
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

mkdirSync('test-output', { recursive: true });

/** One vitest run with a JSON report; its counts, and whether it failed. */
function vitest(name, args) {
  const report = join('test-output', `${name}.json`);
  rmSync(report, { force: true });
  const run = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    stdio: 'inherit',
  });
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed = r.numPassedTests ?? 0;
    failed = r.numFailedTests ?? 0;
    skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  if (run.status !== 0 && failed === 0) failed = 1; // a suite that failed to load counts
  return { passed, failed, skipped, ok: run.status === 0 };
}

const t0 = Date.now();
const main = vitest('vitest', extra);
const t1 = Date.now();
console.log('\nFirefox tier (tests/firefox):');
const firefox = vitest('vitest-firefox', ['--config', 'tests/firefox/vitest.config.ts']);
const t2 = Date.now();

const passed = main.passed + firefox.passed;
const failed = main.failed + firefox.failed;
const skipped = main.skipped + firefox.skipped;
const secs = (ms) => `${Math.round(ms / 1000)} s`;
console.log(`\nunit + DOM + Chromium: ${secs(t1 - t0)}; Firefox: ${secs(t2 - t1)}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(main.ok && firefox.ok ? 0 : 1);
