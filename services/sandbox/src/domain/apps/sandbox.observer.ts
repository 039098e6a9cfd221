import type { SandboxNotice } from '@isekai/contracts';

/** What the sandbox tells whoever watches it (its metrics); the domain knows nothing of Prometheus. */
export interface SandboxObserver {
  notice(appId: string, notice: SandboxNotice): void;
  /** A deploy or a start has settled: the app runs (`running`) or it did not (`failed`). */
  started(what: 'deploy' | 'start', outcome: 'running' | 'failed', seconds: number): void;
}

export const QUIET_OBSERVER: SandboxObserver = { notice: () => undefined, started: () => undefined };
