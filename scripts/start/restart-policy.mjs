// When a service that died is started again: at most `maxRestarts` times within a minute, each wait twice
// the one before (from `backoffMs`, never above 30 s); past the limit the supervisor gives up.
const WINDOW_MS = 60_000;
const MAX_DELAY_MS = 30_000;

export function createRestartPolicy({ maxRestarts, backoffMs }) {
  /** Per service, when it was restarted within the last minute. */
  const restarts = new Map();

  return {
    /** `{ giveUp: true }`, or the restart's number within the minute and how long to wait before it. */
    next(name, now) {
      const recent = (restarts.get(name) ?? []).filter((at) => now - at < WINDOW_MS);
      if (recent.length >= maxRestarts) return { giveUp: true };
      recent.push(now);
      restarts.set(name, recent);
      return {
        giveUp: false,
        restart: recent.length,
        delayMs: Math.min(backoffMs * 2 ** (recent.length - 1), MAX_DELAY_MS),
      };
    },
  };
}
