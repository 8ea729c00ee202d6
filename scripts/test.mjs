#!/usr/bin/env node
// `npm test`: type check, then every test tier (unit, DOM, end-to-end in
// Chromium), then one plain summary line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
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
const report = join('test-output', 'vitest.json');
const run = spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { stdio: 'inherit' },
);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0 ? 0 : 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
if (run.status !== 0 && failed === 0) failed = 1; // a suite that failed to load counts
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
