import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { GOOD_APP } from '../../planner/test/support/model-answers.js';
import { openBrowser, type Browser } from './support/browser.js';
import { startModelPlatform, type ModelPlatform } from './support/model-platform.js';

/** The web UI in Chromium while a (fake) language model writes the app: watch it, then cancel it. */
describe('the web UI with a language model writing', () => {
  let running: ModelPlatform | undefined;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // The model's deadline is ten minutes away: only the Cancel button can end this build.
    running = await startModelPlatform(appPorts(10), {
      LLM_TIMEOUT_MS: '600000',
      PLANNER_TIMEOUT_MS: '600000',
    });
    browser = await openBrowser();
    page = browser.page;
    await page.goto(`${running.platform.backend.url}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('shows the model writing, and a Cancel build button that stops it', async () => {
    const { fake } = running!;
    fake.reply({ stall: GOOD_APP.slice(0, 300) });
    const abandonedBefore = fake.abandoned();
    await page.getByLabel('Describe your app').fill('a notes app');
    await page.getByRole('button', { name: 'Generate' }).click();

    const planStep = page.locator('.steps [data-step="plan"]');
    await expect
      .poll(() => planStep.textContent(), { timeout: 20_000 })
      .toMatch(/The model is writing server\.js|written about \d+ tokens/);
    expect(await planStep.getAttribute('data-state')).toBe('active');

    await page.getByRole('button', { name: 'Cancel build' }).click();

    await page.getByRole('status').filter({ hasText: 'Cancelled' }).waitFor();
    await expect
      .poll(() => page.locator('.app-header [data-status]').getAttribute('data-status'))
      .toBe('failed');
    await expect.poll(() => fake.abandoned(), { timeout: 10_000 }).toBe(abandonedBefore + 1);
    expect(await page.getByRole('button', { name: 'Cancel build' }).count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });
});
