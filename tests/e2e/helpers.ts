import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/browser.ts';

export const SHOTS = join(ROOT, 'test-output/screenshots');

/**
 * Saves a full-page screenshot under test-output/screenshots (git-ignored);
 * with `height`, only the page's top that tall (the README's pictures).
 */
export async function shot(page: Page, name: string, height?: number): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({ path, fullPage: true, ...(height ? { clip: { x: 0, y: 0, width, height } } : {}) });
  return path;
}

/** Collects console errors and uncaught page errors, to prove we log nothing into the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
