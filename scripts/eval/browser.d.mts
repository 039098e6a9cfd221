// Types for browser.mjs, so the TypeScript tests drive the evaluation's own browser.
import type { Page } from 'playwright-core';

export interface EvalBrowser {
  openPage(): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}
export function launchBrowser(): Promise<EvalBrowser>;
export function visit(page: Page, url: string): Promise<void>;
