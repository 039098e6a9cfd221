import { AsyncLocalStorage } from 'node:async_hooks';

const requestIds = new AsyncLocalStorage<string>();

/**
 * Runs `work`, and everything it starts however much later (a plan, a deploy queued for the app), as part
 * of the request with this id, so calls to other services made on its behalf carry the same id.
 */
export function runInRequest<T>(id: string, work: () => T): T {
  return requestIds.run(id, work);
}

/** The id of the request this code runs for, or was started by; undefined outside any (a timer's pass). */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}
