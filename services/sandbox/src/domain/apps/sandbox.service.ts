import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type {
  LogLine,
  SandboxAppList,
  SandboxAppState,
  SandboxDeployRequest,
  SandboxLogs,
} from '@isekai/contracts';
import { AppError, KeyedQueue, notFound } from '@isekai/service-kit';
import { removeAppFiles, writeAppFiles } from '../files/app-files.writer.js';
import { assertDeployable } from './deploy.rules.js';
import { STOP_GRACE_MS } from '../runs/app-run.js';
import { exitMessages } from '../runs/exit.messages.js';
import type { RunDeps } from '../runs/run.deps.js';
import { startRun } from '../runs/run.starter.js';
import type { PlannedEnd } from '../runs/run.types.js';
import { AppRecord, type StateListener } from './app.record.js';
import { toAppState } from './app-state.mapper.js';
import { StartGate } from './start.gate.js';
import { QUIET_OBSERVER, type SandboxObserver } from './sandbox.observer.js';

const STOP_REQUEST: PlannedEnd = { reason: 'stopped', status: 'stopped', message: exitMessages.stopped() };

export interface LogFollower {
  onLine: (line: LogLine) => void;
  onState: StateListener;
  /** Called when the app is deleted or the sandbox shuts down: the follow stream should end. */
  onClose: () => void;
}

/** Owns every app process of this sandbox instance: deploy, start, stop, delete, state and logs. */
export class Sandbox {
  private readonly apps = new Map<string, AppRecord>();
  private readonly queue = new KeyedQueue();
  private readonly closers = new Map<string, Set<() => void>>();
  private closing = false;
  private readonly starts: StartGate;

  constructor(
    private readonly deps: RunDeps,
    readonly instanceId: string,
  ) {
    this.starts = new StartGate(deps.config.maxConcurrentStarts);
  }

  async deploy(id: string, request: SandboxDeployRequest): Promise<SandboxAppState> {
    this.refuseWhileClosing();
    assertDeployable(request, this.deps.config);
    // A new version supersedes the running one at once, even while it is still starting.
    await this.endIfLive(id, STOP_REQUEST);
    return this.queue.run(id, async () => {
      await this.endIfLive(id, STOP_REQUEST);
      await writeAppFiles(this.deps.config.appsDir, id, request.files);
      this.refuseWhileClosing();
      const record =
        this.apps.get(id) ??
        new AppRecord(id, request.entry, request.limits, this.logOptions(), (notice) =>
          this.observer.notice(id, notice),
        );
      record.redeploy(request.entry, request.limits);
      this.apps.set(id, record);
      record.logs.add(
        'system',
        `deploying ${Object.keys(request.files).length} files, entry ${request.entry}`,
      );
      await this.launch('deploy', record, request.preferredPort ?? record.lastPort);
      return toAppState(record);
    });
  }

  /** Runs the deployed files again (after a stop, an expiry or a limit kill); a running app is left as is. */
  start(id: string): Promise<SandboxAppState> {
    return this.queue.run(id, async () => {
      this.refuseWhileClosing();
      const record = this.require(id);
      if (record.run?.processRunning) return toAppState(record);
      await record.run?.done;
      await this.launch('start', record, record.lastPort);
      return toAppState(record);
    });
  }

  async stop(id: string): Promise<SandboxAppState> {
    this.require(id);
    await this.endIfLive(id, STOP_REQUEST);
    return this.queue.run(id, async () => {
      const record = this.require(id);
      await this.endIfLive(id, STOP_REQUEST);
      record.run?.markStopped();
      return toAppState(record);
    });
  }

  async remove(id: string): Promise<void> {
    this.require(id);
    await this.endIfLive(id, STOP_REQUEST);
    await this.queue.run(id, async () => {
      this.require(id);
      await this.endIfLive(id, STOP_REQUEST);
      await removeAppFiles(this.deps.config.appsDir, id);
      this.apps.delete(id);
      this.closeFollowers(id);
    });
  }

  get(id: string): SandboxAppState {
    return toAppState(this.require(id));
  }

  list(): SandboxAppList {
    return { instanceId: this.instanceId, apps: [...this.apps.values()].map((record) => toAppState(record)) };
  }

  logs(id: string, tail?: number): SandboxLogs {
    return this.require(id).logs.tail(tail);
  }

  /** Live log lines and state changes until the returned function is called. */
  follow(id: string, follower: LogFollower): () => void {
    const record = this.require(id);
    const unsubscribe = record.logs.subscribe(follower.onLine);
    record.stateListeners.add(follower.onState);
    const closers = this.closers.get(id) ?? new Set();
    closers.add(follower.onClose);
    this.closers.set(id, closers);
    return () => {
      unsubscribe();
      record.stateListeners.delete(follower.onState);
      closers.delete(follower.onClose);
    };
  }

  /** Records with a live process, for the watchdog. */
  liveApps(): AppRecord[] {
    return [...this.apps.values()].filter((record) => record.run?.processRunning);
  }

  counts(): { running: number; total: number } {
    const running = [...this.apps.values()].filter((record) => record.status === 'running').length;
    return { running, total: this.apps.size };
  }

  /**
   * Stops every app and launches none after: queued deploys and starts are refused, and one that was
   * launching when the stop came is ended once it has (a second pass after the queues are empty).
   */
  async shutdown(): Promise<void> {
    this.closing = true;
    const endAll = () => Promise.all([...this.apps.keys()].map((id) => this.endIfLive(id, STOP_REQUEST)));
    await endAll();
    await this.queue.idle();
    await endAll();
    for (const id of this.closers.keys()) this.closeFollowers(id);
  }

  /** One start of the app, when the gate gives it a turn (and the sandbox is not stopping by then). */
  private launch(what: 'deploy' | 'start', record: AppRecord, port: number | null): Promise<void> {
    return this.starts.run(() => {
      this.refuseWhileClosing();
      return this.timed(what, record, () => startRun(record, this.appDir(record.id), this.deps, port));
    });
  }

  private refuseWhileClosing(): void {
    if (this.closing) {
      throw new AppError({
        code: 'shutting-down',
        status: 503,
        message: 'The sandbox is stopping; try again in a moment.',
      });
    }
  }

  private get observer(): SandboxObserver {
    return this.deps.observer ?? QUIET_OBSERVER;
  }

  /** A deploy or start, timed until it runs or has failed, for the metrics. */
  private async timed(what: 'deploy' | 'start', record: AppRecord, work: () => Promise<void>) {
    const started = performance.now();
    try {
      await work();
    } finally {
      const outcome = record.status === 'running' ? 'running' : 'failed';
      this.observer.started(what, outcome, (performance.now() - started) / 1000);
    }
  }

  private async endIfLive(id: string, planned: PlannedEnd): Promise<void> {
    await this.apps.get(id)?.run?.end(planned, STOP_GRACE_MS);
  }

  private closeFollowers(id: string): void {
    for (const close of this.closers.get(id) ?? []) close();
    this.closers.delete(id);
  }

  private require(id: string): AppRecord {
    const record = this.apps.get(id);
    if (!record) throw notFound('app', id);
    return record;
  }

  private appDir(id: string): string {
    return join(this.deps.config.appsDir, id);
  }

  private logOptions() {
    return { maxLines: this.deps.config.logBufferLines, maxLineBytes: this.deps.config.logLineMaxBytes };
  }
}
