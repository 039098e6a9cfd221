import type { BrowserContext, Page } from 'playwright-core';
import { collectProblems, openChromiumProfile } from '@isekai/test-kit';

export interface Browser {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors seen so far: the UI should produce none. */
  problems: string[];
  close(): Promise<void>;
}

/** Chromium at the web UI's usual size, with one page whose problems are collected. */
export async function openBrowser({ width = 1280, height = 860 } = {}): Promise<Browser> {
  const profile = await openChromiumProfile({ viewport: { width, height } });
  const page = profile.context.pages()[0] ?? (await profile.context.newPage());
  page.setDefaultTimeout(20_000);
  return { page, context: profile.context, problems: collectProblems(page), close: () => profile.close() };
}
