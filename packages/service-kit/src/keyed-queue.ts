/**
 * Runs the tasks queued under one key strictly one after another (a deploy, a stop and a delete of one app
 * never interleave), and tasks under different keys side by side. A failed task does not stop the queue.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Whether a task for this key is queued or running. */
  isBusy(key: string): boolean {
    return this.tails.has(key);
  }

  /** Resolves when every task queued so far, for any key, has finished (used on shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
