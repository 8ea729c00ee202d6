import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SELLER_CENTRAL_MATCHES } from './lib/hosts.ts';

// See shared design: MV3 for Chrome/Edge, MV2 for Firefox (WXT's default),
// host permissions for exactly the Seller Central hosts, no API permissions:
// data lives in IndexedDB (needs none) and messaging needs none.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    // No modulepreload polyfill: it is the only fetch() Vite would ship, and the
    // extension makes no network request at all.
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: 'ReviewGuard for Amazon Sellers',
    short_name: 'ReviewGuard',
    description:
      "Flags reviews you can report for removal and warns before a buyer message breaks Amazon's rules — inside Seller Central, nothing leaves your browser.",
    host_permissions: SELLER_CENTRAL_MATCHES,
    permissions: [],
    default_locale: undefined,
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'reviewguard@reviewguard.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});
