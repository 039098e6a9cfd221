/** Counting of consecutive failed runs per app, with exponential back-off between restarts. */
export function createRestartPolicy({
  maxRestarts,
  backoffMs,
  stableMs = 30_000,
}: {
  maxRestarts: number;
  backoffMs: number;
  stableMs?: number;
}) {
  const failures = new Map<string, { count: number; notBefore: number }>();

  return {
    /** 'restart' now, 'wait' for the back-off, or 'give-up' after maxRestarts in a row. */
    next(appId: string, now: number): 'restart' | 'wait' | 'give-up' {
      const entry = failures.get(appId) ?? { count: 0, notBefore: 0 };
      if (now < entry.notBefore) return 'wait';
      if (entry.count >= maxRestarts) {
        failures.delete(appId);
        return 'give-up';
      }
      failures.set(appId, { count: entry.count + 1, notBefore: now + backoffMs * 2 ** entry.count });
      return 'restart';
    },
    /** A run that has lasted `stableMs` counts as a success: the next crash starts counting again. */
    noteRunning(appId: string, uptimeMs: number): void {
      if (uptimeMs >= stableMs) failures.delete(appId);
    },
    reset: (appId: string) => failures.delete(appId),
    clear: () => failures.clear(),
  };
}
