// Types for narrow.mjs.
import type { Page } from 'playwright-core';

export const PHONE: { width: number; height: number };
export function narrowProbe(page: Page, url: string): Promise<{ ok: boolean; detail: string }>;
