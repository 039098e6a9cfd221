import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export type ServiceName = 'backend' | 'planner' | 'sandbox';

const HEALTH_PATH: Record<ServiceName, string> = {
  backend: '/health/live',
  planner: '/health',
  sandbox: '/health',
};

function entryOf(name: ServiceName): string {
  return fileURLToPath(new URL(`../../../${name}/dist/index.js`, import.meta.url));
}

/** One real service process, started from its build, that a test can kill and start again. */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  output = '';
  /** Everything the service printed, across starts, when asked for (tests that grep the logs). */
  allOutput = '';

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly keepAllOutput = false,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [entryOf(this.name)], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const collect = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
      if (this.keepAllOutput) this.allOutput += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited at start:\n${this.output}`);
      const ok = await fetch(`${this.url}${HEALTH_PATH[this.name]}`, { signal: AbortSignal.timeout(500) })
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${this.name} did not answer within 20 s:\n${this.output}`);
  }

  /** Sends the signal and waits for the process to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
