import { isAppError } from '@isekai/service-kit';

/** Waits between tries: a service restarted by `npm start`'s supervisor answers again within seconds. */
export const RESTART_WAITS_MS = [250, 500, 1000, 2000, 4000];

/**
 * The planner or sandbox could not be reached, or said it is stopping: a restart is under way, and the call
 * did nothing there (or what it did was lost with the process), so it is safe to make again. A call that
 * timed out is not: the service is up but slow, and trying again would only double its work.
 */
export function isRestarting(error: unknown): boolean {
  if (!isAppError(error)) return false;
  if (error.code === 'shutting-down') return true;
  const timedOut = error.cause instanceof DOMException && error.cause.name === 'TimeoutError';
  return (error.code === 'planner-unavailable' || error.code === 'sandbox-unavailable') && !timedOut;
}

/** Makes the call, and again after each wait while the service is restarting (not once cancelled). */
export async function retryWhileRestarting<T>(call: () => Promise<T>, cancelled?: AbortSignal): Promise<T> {
  for (const waitMs of RESTART_WAITS_MS) {
    try {
      return await call();
    } catch (error) {
      if (!isRestarting(error) || cancelled?.aborted) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return call();
}
