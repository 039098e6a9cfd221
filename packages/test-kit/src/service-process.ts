import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export type ServiceName = 'backend' | 'planner' | 'sandbox';

/** Up once these answer 200: the backend only after it has picked up the state left by its last run. */
const HEALTH_PATH: Record<ServiceName, string> = {
  backend: '/health/ready',
  planner: '/health',
  sandbox: '/health',
};

const START_WITHIN_MS = 30_000;

function entryOf(name: ServiceName): string {
  return fileURLToPath(new URL(`../../../services/${name}/dist/index.js`, import.meta.url));
}

/** One real service process, started from its build (`npm run build` first), that can be killed and started again. */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  /** The last 20 kB the service printed, for the message when it fails to start. */
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
    const deadline = Date.now() + START_WITHIN_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited at start:\n${this.output}`);
      const ok = await fetch(`${this.url}${HEALTH_PATH[this.name]}`, { signal: AbortSignal.timeout(1000) })
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${this.name} did not answer within ${START_WITHIN_MS / 1000} s:\n${this.output}`);
  }

  /** Sends the signal and waits for the process to be gone (a service stops itself within 12 s of SIGTERM). */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
