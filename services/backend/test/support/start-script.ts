import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appPorts as testAppPorts, freePort, type PortRange, type ServiceName } from '@isekai/test-kit';

const START = fileURLToPath(new URL('../../../../scripts/start.mjs', import.meta.url));

export interface StartRun {
  url: string;
  ports: Record<ServiceName, number>;
  dir: string;
  databasePath: string;
  child: ChildProcess;
  output(): string;
  /** The pid of one service's current process (a child of the start script), or undefined while there is none. */
  servicePid(name: ServiceName): number | undefined;
  /** Ends the run whatever state a test left it in (Ctrl-C, then SIGKILL to each service), and removes its files. */
  cleanup(): Promise<void>;
}

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** `npm start` as the README gives it (the script behind it), on free ports with its state in a temp dir. */
export async function runStart({
  logFormat = 'json',
  appPorts = testAppPorts(10),
  env = {},
}: {
  logFormat?: string;
  appPorts?: PortRange;
  env?: Record<string, string>;
} = {}): Promise<StartRun> {
  const dir = mkdtempSync(join(tmpdir(), 'isekai-start-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const [backend, planner, sandbox] = await Promise.all([freePort(), freePort(), freePort()]);
  const databasePath = join(dir, 'isekai.db');
  const child: ChildProcess = spawn(process.execPath, [START], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      LOG_FORMAT: logFormat,
      BACKEND_PORT: String(backend),
      PLANNER_PORT: String(planner),
      SANDBOX_PORT: String(sandbox),
      DATABASE_PATH: databasePath,
      APPS_DIR: join(dir, 'apps'),
      SANDBOX_STATE_DIR: join(dir, 'sandbox'),
      APP_PORT_MIN: String(appPorts[0]),
      APP_PORT_MAX: String(appPorts[1]),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const servicePid = (name: ServiceName) =>
    childPids(child.pid!).find((pid) =>
      commandLine(pid).includes(join('services', name, 'dist', 'index.js')),
    );
  return {
    url: `http://127.0.0.1:${backend}`,
    ports: { backend, planner, sandbox },
    dir,
    databasePath,
    child,
    output: () => output,
    servicePid,
    async cleanup() {
      if (child.exitCode === null && child.signalCode === null) {
        const services = (['backend', 'planner', 'sandbox'] as const).map(servicePid);
        const exited = once(child, 'exit');
        child.kill('SIGINT');
        const timer = setTimeout(() => {
          for (const pid of services) if (pid !== undefined && isAlive(pid)) process.kill(pid, 'SIGKILL');
          child.kill('SIGKILL');
        }, 20_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ctrl-C, as a person stops it; resolves with the exit code. */
export async function interrupt(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGINT');
  return ((await exited) as [number | null])[0];
}

/** Whether a process with this pid still exists (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
