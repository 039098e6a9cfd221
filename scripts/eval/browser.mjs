// Debian's Chromium driven by playwright-core (Playwright's own browser download is not used).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One browser for the whole run; each prompt gets a fresh context so storage never leaks between apps. */
export async function launchBrowser({
  executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
} = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'isekai-eval-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    /** A new tab that records uncaught errors and console errors as they happen. */
    async openPage() {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      return { page, problems };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Loads the page and waits until its scripts and first API calls have settled. */
export async function visit(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
}
