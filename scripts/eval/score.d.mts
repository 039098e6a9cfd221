// Types for score.mjs: one prompt line scored against a platform.
import type { EvalBrowser } from './browser.mjs';
import type { PromptCase } from './prompt-sets.mjs';

export function scorePrompt(args: {
  backendUrl: string;
  browser: EvalBrowser;
  item: PromptCase;
}): Promise<Record<string, any> & { pass: boolean }>;
