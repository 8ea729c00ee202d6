// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no
// browser download), installs the built Firefox extension as a temporary
// add-on, and routes all traffic through the fixture network.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../../scripts/lib/browser.ts';
import { startFixtureNetwork, type FixtureNetwork } from './server.ts';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const ADDON_ID = 'reviewguard@reviewguard.app';
/** Fixed so tests can open extension pages; Firefox otherwise picks a random one per profile. */
export const ADDON_UUID = '6f1e2c1a-9b7d-4e38-8a61-2f5d0c4b9e17';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const FIREFOX_HELP = `Firefox was not found.
Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr
or point FIREFOX_PATH at a Firefox binary (140 or later).`;

/** Firefox from $FIREFOX_PATH, else the first of firefox-esr / firefox on PATH. */
export function findFirefox(): string {
  const p = process.env.FIREFOX_PATH;
  if (p) {
    if (existsSync(p)) return p;
    throw new Error(`FIREFOX_PATH is set to "${p}", but no such file exists.\n\n${FIREFOX_HELP}`);
  }
  for (const n of ['firefox-esr', 'firefox']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      const f = join(dir, n);
      if (dir && existsSync(f)) return f;
    }
  }
  throw new Error(FIREFOX_HELP);
}

export interface FirefoxSession {
  browser: Browser;
  version: string;
  network: FixtureNetwork;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const network = await startFixtureNetwork();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1280, height: 900 },
      // WebDriver BiDi only navigates a tab to an extension page (the popup)
      // with system access allowed.
      args: ['--remote-allow-system-access'],
      // Firefox's own remote-settings sync would be the only other traffic:
      // release builds honour puppeteer's "no server" setting only with this.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        // Every request goes through the fixture proxy, also Firefox's own.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': network.proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': network.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': false,
        'extensions.blocklist.enabled': false,
        // Firefox's spell-check squiggle looks like our warning underline; off,
        // so a screenshot shows only what ReviewGuard drew.
        'layout.spellcheckDefault': 0,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
    });
  } catch (e) {
    await network.close();
    throw e;
  }
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (e) {
    await browser.close();
    await network.close();
    throw e;
  }
  const version = await browser.version();
  return {
    browser,
    version,
    network,
    newPage: () => browser.newPage(),
    close: async () => {
      await browser.close();
      await network.close();
    },
  };
}

/**
 * Loads an extension page (e.g. "popup.html") in a tab and waits for the
 * selector. Over BiDi, puppeteer's goto() never sees a moz-extension load
 * complete (no network response to wait for), so this navigates through the
 * tab's BiDi browsing context directly, as goto() does underneath.
 */
export async function openExtensionPage(page: Page, path: string, ready: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: { navigate(url: string, wait: string): Promise<unknown> } }).browsingContext;
  if (typeof context?.navigate !== 'function') throw new Error('puppeteer-core changed: no BiDi browsing context on the frame');
  await context.navigate(`${EXTENSION_ORIGIN}/${path}`, 'interactive');
  await page.waitForSelector(ready, { timeout: 15_000 });
}
