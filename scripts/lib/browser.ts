// Shared by the demo, the end-to-end tests and the browser benchmarks: find
// Debian's Chromium, load the built extension into it, and serve the fixture
// pages at their real Seller Central URLs (nothing leaves the machine).
import { chromium, type BrowserContext, type Route, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, extname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isSellerCentralHost } from '../../lib/hosts.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

export interface FixturePage {
  name: string;
  kind: string;
  url: string;
  file: string;
  uiLanguage: string;
  notes?: string;
}

export function fixturePages(): FixturePage[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'pages.json'), 'utf8')) as FixturePage[];
}

export function fixturePage(name: string): FixturePage {
  const page = fixturePages().find((p) => p.name === name);
  if (!page) throw new Error(`No fixture page named "${name}" in tests/fixtures/pages.json`);
  return page;
}

const CHROMIUM_HELP = `Chromium was not found.
Install it, then run the command again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

/** Chromium from $CHROMIUM_PATH / $CHROME_PATH, else the first one on PATH. */
export function findChromium(): string {
  for (const v of ['CHROMIUM_PATH', 'CHROME_PATH']) {
    const p = process.env[v];
    if (p) {
      if (existsSync(p)) return p;
      throw new Error(`${v} is set to "${p}", but no such file exists.\n\n${CHROMIUM_HELP}`);
    }
  }
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const n of names) {
      const p = join(dir, n);
      if (existsSync(p)) return p;
    }
  }
  throw new Error(CHROMIUM_HELP);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** Answers a request for a Seller Central URL from the fixtures, or 404. */
export function fixtureResponse(url: URL): { status: number; contentType: string; body: Buffer | string } {
  if (url.pathname.startsWith('/__fixtures__/')) {
    const rel = url.pathname.slice('/__fixtures__/'.length);
    const file = resolve(FIXTURES, 'assets', rel);
    if (file.startsWith(join(FIXTURES, 'assets')) && existsSync(file)) {
      return { status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
    }
  } else {
    const page = fixturePages().find((p) => {
      const u = new URL(p.url);
      return u.hostname === url.hostname && u.pathname === url.pathname;
    });
    if (page) return { status: 200, contentType: TYPES['.html']!, body: readFileSync(join(FIXTURES, 'pages', page.file)) };
  }
  return { status: 404, contentType: 'text/plain', body: `No fixture for ${url.href}` };
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: () => Promise<Worker>;
  /** Every request an extension context or page made to a non-fixture origin. */
  outsideRequests: string[];
  close: () => Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
  /** Reuse a profile (to test persistence across browser restarts). */
  userDataDir?: string;
  args?: string[];
}

/** Launches Chromium with the built extension and the fixtures routed in. */
export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'reviewguard-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      ...(opts.args ?? []),
    ],
  });
  const outsideRequests: string[] = [];
  await context.route(
    () => true,
    async (route: Route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'https:' && isSellerCentralHost(url.hostname)) {
        const r = fixtureResponse(url);
        await route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
        return;
      }
      if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
        await route.continue();
        return;
      }
      // Hermetic: nothing else is reachable, and we note who tried.
      outsideRequests.push(url.href);
      await route.abort('blockedbyclient');
    },
  );
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    outsideRequests,
    close: async () => {
      await context.close();
      if (ownProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
