import type { SandboxAppStatus } from '@isekai/contracts';

/**
 * Every edge a run's status may take (the README's "Statuses"). A run begins `starting`; an ended run
 * may still become `stopped` when its app is stopped afterwards. Any other change is a bug.
 */
const EDGES: Record<SandboxAppStatus, readonly SandboxAppStatus[]> = {
  starting: ['running', 'failed', 'stopped', 'killed'],
  running: ['stopped', 'exited', 'expired', 'killed'],
  stopped: [],
  exited: ['stopped'],
  expired: ['stopped'],
  killed: ['stopped'],
  failed: ['stopped'],
};

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: SandboxAppStatus,
    readonly to: SandboxAppStatus,
  ) {
    super(`a run cannot go from ${from} to ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

/** `to`, when `from → to` is an edge; throws otherwise. */
export function transition(from: SandboxAppStatus, to: SandboxAppStatus): SandboxAppStatus {
  if (!EDGES[from].includes(to)) throw new IllegalTransitionError(from, to);
  return to;
}

/** The run still has (or is about to have) a process. */
export function isLive(status: SandboxAppStatus): boolean {
  return status === 'starting' || status === 'running';
}
