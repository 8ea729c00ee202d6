import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SELLER_CENTRAL_MATCHES } from './lib/hosts.ts';
import { hardening } from './scripts/build/hardening.ts';
import { modernDeps } from './scripts/build/modern-deps.ts';
import { compactTlds } from './scripts/build/compact-tlds.ts';
import { phoneCharClasses } from './scripts/build/phone-char-classes.ts';
import { buildLintModule } from './scripts/build/lint-module.ts';
import { LINT_MODULE_PATH } from './lib/extension-files.ts';

// See shared design: MV3 for Chrome/Edge, MV2 for Firefox (WXT's default),
// host permissions for exactly the Seller Central hosts, no API permissions:
// data lives in IndexedDB (needs none) and messaging needs none.
export default defineConfig({
  zip: {
    // The sources package reviewers rebuild from: no test output or local builds.
    excludeSources: ['test-output/**', 'demo-output/**', '.output/**', 'tests/corpus/**'],
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The linter as its own module, imported by the content script on
    // buyer-message pages (see scripts/build/lint-module.ts).
    // Chrome/Edge only: see entrypoints/seller.content/compose/extension-linter.ts.
    'build:publicAssets': async (wxt, files) => {
      if (wxt.config.browser === 'firefox') return;
      files.push({ relativeDest: LINT_MODULE_PATH.slice(1), contents: await buildLintModule() });
    },
    // Something in the build chain leaves NODE_ENV at "development", so Vite
    // and the Preact preset compiled JSX with its dev runtime (file names and
    // line numbers in every element: +1.5 KB gzipped on the content script).
    // A build is a production build.
    'build:before': (wxt) => {
      if (wxt.config.mode === 'production') process.env.NODE_ENV = 'production';
    },
    // The content script (every Seller Central page, 40 KB budget) and the
    // background (150 KB budget) make a handful of calls that the browser's
    // own promise-based API has in both Chrome MV3 (chrome.*) and Firefox
    // (browser.*): they use it instead of the polyfill's API table; replies
    // go through sendResponse, which both support. The popup and options
    // page keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'background')) return;
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias)
        ? alias
        : Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...list.filter((a) => a.find !== 'wxt/browser')],
      };
    },
  },
  vite: () => ({
    plugins: [hardening(), modernDeps(), compactTlds(), phoneCharClasses(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // No modulepreload polyfill: it is the only fetch() Vite would ship, and the
    // extension makes no network request at all.
    build: { sourcemap: process.env.RG_SOURCEMAP === '1', modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    // Localised from public/_locales (English default, Simplified Chinese).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    host_permissions: SELLER_CENTRAL_MATCHES,
    permissions: [],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'reviewguard@reviewguard.app',
              // 140: the CSS Custom Highlight API and the data-collection key.
              strict_min_version: '140.0',
              // Firefox's data-collection declaration: nothing is collected.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // 112: regular expressions with the v flag (the emoji rule reads the
          // engine's Unicode emoji data); the Custom Highlight API needs 105.
          minimum_chrome_version: '112',
          // The content script imports the linter from the extension's own
          // files; only Seller Central pages may load it.
          web_accessible_resources: [{ resources: [LINT_MODULE_PATH.slice(1)], matches: SELLER_CENTRAL_MATCHES }],
        }),
  }),
});
