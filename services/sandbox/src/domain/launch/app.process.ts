import { spawn, type ChildProcess } from 'node:child_process';
import type { LogRing } from '../logs/log-ring.buffer.js';
import { LineSplitter } from '../logs/line.splitter.js';
import type { LaunchPlan } from './launch-plan.builder.js';
import { killGroup, killTree } from './process-tree.killer.js';

export interface ProcessEnd {
  code: number | null;
  signal: string | null;
  /** Set when the process could not be spawned at all. */
  spawnError?: string;
}

/** Longest wait for stdout/stderr to drain after exit; a stray grandchild must not hold the exit up. */
const DRAIN_MS = 300;

/** One spawned app process: its output goes line by line into the app's log ring. */
export class AppProcess {
  readonly ended: Promise<ProcessEnd>;
  /** Resolves when the app reports on fd 4 that it listens on the socket it was handed (never without one). */
  readonly ready: Promise<void>;
  private finished = false;
  private readonly child: ChildProcess;

  /** `listenFd`: the sandbox's listening socket, handed to the app as fd 3 (see preload/app.preload.template.js). */
  constructor(plan: LaunchPlan, logs: LogRing, maxLineBytes: number, listenFd: number | null = null) {
    this.child = spawn(plan.command, plan.args, {
      cwd: plan.cwd,
      env: plan.env,
      stdio: listenFd === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe', listenFd, 'pipe'],
      // Its own process group, so the whole tree can be signalled at once.
      detached: true,
    });
    const readyPipe = listenFd === null ? null : this.child.stdio[4];
    this.ready = new Promise((resolve) => {
      readyPipe?.once('data', () => resolve());
      readyPipe?.on('error', () => undefined);
    });
    for (const stream of ['stdout', 'stderr'] as const) {
      const splitter = new LineSplitter(maxLineBytes, (line) => logs.add(stream, line));
      const source = this.child[stream];
      source?.on('data', (chunk: Buffer) => splitter.write(chunk));
      source?.on('end', () => splitter.end());
    }
    this.ended = new Promise((resolve) => {
      this.child.once('error', (error) => {
        // 'error' without a pid means spawn failed; with one, 'exit' still follows.
        if (this.child.pid === undefined)
          this.finish(resolve, { code: null, signal: null, spawnError: error.message });
      });
      this.child.once('exit', (code, signal) => {
        if (this.child.pid !== undefined) killGroup(this.child.pid);
        const drained = new Promise<void>((done) => {
          this.child.once('close', () => done());
          setTimeout(done, DRAIN_MS).unref();
        });
        void drained.then(() => this.finish(resolve, { code, signal }));
      });
    });
  }

  get pid(): number | null {
    return this.child.pid ?? null;
  }

  get running(): boolean {
    return !this.finished;
  }

  /** SIGTERM to the tree, then SIGKILL after `graceMs` if the root is still there; resolves when it is gone. */
  async terminate(graceMs: number): Promise<ProcessEnd> {
    const pid = this.pid;
    if (pid !== null && this.running) {
      if (graceMs > 0) {
        await killTree(pid, 'SIGTERM');
        const late = setTimeout(() => void killTree(pid, 'SIGKILL'), graceMs);
        void this.ended.then(() => clearTimeout(late));
      } else {
        await killTree(pid, 'SIGKILL');
      }
    }
    return this.ended;
  }

  private finish(resolve: (end: ProcessEnd) => void, end: ProcessEnd): void {
    if (this.finished) return;
    this.finished = true;
    this.child.stdout?.destroy();
    this.child.stderr?.destroy();
    this.child.stdio[4]?.destroy();
    resolve(end);
  }
}
