/** An undo that threw, named after the resource it was giving back. */
export interface CleanupFailure {
  name: string;
  error: unknown;
}

/**
 * The undo of every resource a run holds, each registered as it is acquired. `run` gives them back once,
 * newest first (the cgroup is emptied before the port its app listened on is handed out again); an undo
 * that throws is reported and the others still run. A second call gets the first call's result.
 */
export class CleanupStack {
  private readonly undos: { name: string; undo: () => unknown }[] = [];
  private result: Promise<CleanupFailure[]> | null = null;

  defer(name: string, undo: () => unknown): void {
    // A resource taken after the clean-up would never be given back.
    if (this.result) throw new Error(`cannot hold "${name}": this run's resources were already given back`);
    this.undos.push({ name, undo });
  }

  run(): Promise<CleanupFailure[]> {
    this.result ??= this.unwind();
    return this.result;
  }

  private async unwind(): Promise<CleanupFailure[]> {
    const failures: CleanupFailure[] = [];
    for (const { name, undo } of this.undos.splice(0).reverse()) {
      try {
        await undo();
      } catch (error) {
        failures.push({ name, error });
      }
    }
    return failures;
  }
}
