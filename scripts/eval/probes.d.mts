// Types for probes.mjs, so the TypeScript tests run the automatic probes.
import type { Page } from 'playwright-core';

export function snapshot(page: Page, options?: { withInputs?: boolean }): Promise<string>;
export function toolProbe(page: Page): Promise<{ ok: boolean; detail: string }>;
export function chooseProbe(page: Page, kind?: string): Promise<string>;
