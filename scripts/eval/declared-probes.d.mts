// Types for declared-probes.mjs, so the TypeScript tests run the probes a prompt line declares.
import type { Page } from 'playwright-core';
import type { ProbeDeclaration } from './prompt-sets.mjs';

export interface ProbeOutcome {
  name: string;
  ok: boolean;
  detail: string;
}
export const PROBE_TIMEOUT_MS: number;
export const PROBE_KINDS: Record<string, { needs: string[] }>;
export function declarationProblem(probe: ProbeDeclaration): string | null;
export function runDeclaredProbe(
  page: Page,
  url: string,
  probe: ProbeDeclaration,
  options?: { timeoutMs?: number },
): Promise<ProbeOutcome>;
export function runDeclaredProbes(
  page: Page,
  url: string,
  probes?: ProbeDeclaration[],
  options?: { timeoutMs?: number },
): Promise<ProbeOutcome[]>;
