// The pure layers run in the service worker, in tests and in the Node CLI:
// they must not touch extension APIs, the DOM, IndexedDB or Node built-ins.
// Checked here rather than hoped for: which modules they may import is the
// import-zones test; this one proves they use no platform globals.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
describe('purity boundary', () => {
  // Compiled with no DOM and no Node typings: any use of window, document,
  // browser, chrome, indexedDB, fetch, process… is a type error.
  it('type-checks with neither DOM nor Node globals available', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(__dirname, 'purity.tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});
