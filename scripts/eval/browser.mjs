// The evaluation's browser: the test kit's Chromium, one profile for the whole run.
import { collectProblems, openChromiumProfile } from '@isekai/test-kit';

/** One browser for the whole run; each prompt gets a fresh tab, its problems recorded as they happen. */
export async function launchBrowser() {
  const profile = await openChromiumProfile();
  return {
    /** A new tab that records uncaught errors and console errors as they happen. */
    async openPage() {
      const page = await profile.context.newPage();
      page.setDefaultTimeout(10_000);
      return { page, problems: collectProblems(page) };
    },
    close: () => profile.close(),
  };
}

/** Loads the page and waits until its scripts and first API calls have settled. */
export async function visit(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
}
