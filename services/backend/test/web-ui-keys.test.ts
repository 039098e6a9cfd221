import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { openBrowser, type Browser } from './support/browser.js';
import { startPlatform, type Platform } from './support/platform.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const KEY_PATTERN = /isk_[A-Za-z0-9_-]{32}/;
// What Chromium logs for every fetch answered 401, here the wrong key tried in the prompt; nothing else may appear.
const REFUSED_FETCH =
  'console: Failed to load resource: the server responded with a status of 401 (Unauthorized)';

/** A key made the way an administrator makes one, on the backend's own SQLite file. */
async function createKey(platform: Platform, name: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/keys.mjs', 'create', name], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DATABASE_PATH: platform.databasePath },
  });
  const key = KEY_PATTERN.exec(stdout)?.[0];
  if (!key) throw new Error(`no key in the output of keys.mjs create:\n${stdout}`);
  return key;
}

const preview = (page: Page): FrameLocator => page.frameLocator('iframe.preview-frame');
// Strings, not functions: this package's TypeScript has no DOM types.
const storedKey = (page: Page) => page.evaluate<string | null>("localStorage.getItem('isekai-api-key')");

/** The app ports of this file's platform: the preview shows an app on one of them. */
const APP_PORTS = appPorts(10);

describe('the web UI in Chromium with API_KEYS=on', () => {
  let platform: Platform;
  let browser: Browser;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: APP_PORTS, env: { API_KEYS: 'on' } });
    key = await createKey(platform, 'ui-test');
    browser = await openBrowser();
    page = browser.page;
    await page.goto(`${platform.backend.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('asks for an API key, with the focus in the field, before showing any app', async () => {
    await page.getByLabel('API key').waitFor();

    expect(await page.evaluate('document.activeElement?.id')).toBe('api-key');
    expect(await page.getByRole('heading', { name: 'What should your app do?' }).count()).toBe(0);
  });

  it('refuses a wrong key in the server’s words and keeps asking', async () => {
    const wrong = `isk_${'x'.repeat(32)}`;
    const refusal = await platform.api('/api/session', { headers: { authorization: `Bearer ${wrong}` } });

    await page.getByLabel('API key').fill(wrong);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('alert').getByText(refusal.body.error.message).waitFor();
    expect(refusal.status).toBe(401);
    expect(await storedKey(page)).toBeNull();
    expect(await page.getByLabel('API key').isVisible()).toBe(true);
  });

  it('signs in with the right key, kept in localStorage and never in a cookie', async () => {
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { name: 'What should your app do?' }).waitFor();
    await page.getByText('Signed in as ui-test').waitFor();
    expect(await storedKey(page)).toBe(key);
    expect(await browser.context.cookies()).toEqual([]);
  });

  it('builds an app from a prompt, runs it in the preview and follows its progress over events', async () => {
    await page.getByLabel('Describe your app').fill('a todo list');
    await page.getByRole('button', { name: 'Generate' }).click();

    await page.waitForURL(/#\/apps\/[a-z0-9]{12}$/);
    await preview(page).getByRole('heading', { name: 'Add a todo' }).waitFor();
    await expect
      .poll(() => page.locator('.app-header [data-status]').getAttribute('data-status'))
      .toBe('running');
    const src = await page.locator('iframe.preview-frame').getAttribute('src');
    const port = Number(/^http:\/\/127\.0\.0\.1:(\d+)\/$/.exec(src ?? '')?.[1]);
    expect(port, String(src)).toBeGreaterThanOrEqual(APP_PORTS[0]);
    expect(port, String(src)).toBeLessThanOrEqual(APP_PORTS[1]);

    // The progress steps and the activity are built from /events alone.
    await page.getByRole('tab', { name: 'Activity' }).click();
    await expect.poll(() => page.locator('.step[data-state="done"]').count()).toBe(3);
    expect(await page.locator('.activity li').count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Log' }).click();
    await page.locator('.log-line').first().waitFor();
  });

  it('downloads the app as a zip through the API', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);

    expect(download.suggestedFilename()).toMatch(/-v1\.zip$/);
    expect(
      readFileSync(await download.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('signs out back to the prompt, and stays signed out after a reload', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByLabel('API key').waitFor();
    expect(await storedKey(page)).toBeNull();
    await page.reload();
    await page.getByLabel('API key').waitFor();
    expect(await page.locator('.sidebar').count()).toBe(0);
  });

  it('logged nothing in the browser console but the refused wrong key', () => {
    expect(browser.problems.filter((p) => p !== REFUSED_FETCH)).toEqual([]);
  });
});
