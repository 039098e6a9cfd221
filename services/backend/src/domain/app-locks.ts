/**
 * Runs the work for one app strictly one after another (create, change, deploy, stop, reconcile), so a
 * redeploy never races a delete; different apps proceed in parallel.
 */
export function createAppLocks() {
  const tails = new Map<string, Promise<unknown>>();

  return {
    run<T>(appId: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(appId) ?? Promise.resolve();
      const next = previous.then(work, work);
      const tail = next.catch(() => undefined);
      tails.set(appId, tail);
      void tail.then(() => {
        if (tails.get(appId) === tail) tails.delete(appId);
      });
      return next;
    },
    isBusy: (appId: string) => tails.has(appId),
    /** Resolves when every queued piece of work has finished (used on shutdown). */
    idle: () => Promise.all([...tails.values()]).then(() => undefined),
  };
}

export type AppLocks = ReturnType<typeof createAppLocks>;
