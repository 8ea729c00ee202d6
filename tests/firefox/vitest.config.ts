import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Firefox tier: the built MV2 extension in Debian's Firefox ESR over
// WebDriver BiDi. Its own config, so a plain `vitest run` never starts two
// browsers at once; `npm test` runs it after the Chromium tier.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'firefox',
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    globalSetup: ['tests/firefox/global-setup.ts'],
  },
});
