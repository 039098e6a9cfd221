import type {
  AppLimits,
  ExitReason,
  SandboxAppStatus,
  SandboxExit,
  SandboxNoticeKind,
} from '@isekai/contracts';
import type { Logger } from '@isekai/service-kit';
import type { AppCgroup } from '../cgroups/cgroup.types.js';
import type { AppProcess, ProcessEnd } from '../launch/app.process.js';
import type { LogRing } from '../logs/log-ring.buffer.js';
import { CleanupStack } from './cleanup.stack.js';
import { describeExit, judgeOomKill } from './exit.judge.js';
import { exitMessages } from './exit.messages.js';
import { isLive, transition } from './run-status.js';
import type { PlannedEnd, WatchState } from './run.types.js';

/** Grace between SIGTERM and SIGKILL when the sandbox ends an app politely. */
export const STOP_GRACE_MS = 2000;
const STDERR_LINES = 10;

/** Ends that are a limit the sandbox enforced, as notices (an OOM kill is told apart where it is known). */
const LIMIT_NOTICES: Partial<Record<ExitReason, SandboxNoticeKind>> = {
  'memory-limit': 'memory-limit',
  'cpu-limit': 'cpu-limit',
  'disk-limit': 'disk-limit',
  timeout: 'time-limit',
};

export interface RunContext {
  id: string;
  limits: AppLimits;
  logs: LogRing;
  startTimeoutMs: number;
  logger: Logger;
  /** Called after every change of status, so the app's followers hear of it. */
  onChange: () => void;
  /** Tells of a limit that ended this run. */
  notice?: (kind: SandboxNoticeKind, message: string) => void;
}

/**
 * One start of an app, from the first resource it takes until the last is given back, and the only
 * writer of its state. Its status moves only along the edges in `run-status.ts`; every resource it holds
 * (port, directory owner, cgroup, process, pid file, time limit) is in `cleanup`, given back once,
 * in reverse, whichever way the run ends: a launch that fails, or a process that ends for any reason.
 */
export class AppRun {
  readonly startedAt = Date.now();
  /** Log sequence number before this run, so error messages quote only this run's stderr. */
  readonly firstSeq: number;
  readonly cleanup = new CleanupStack();
  /** Resolves once the run is over: every resource given back, its end recorded. */
  readonly done: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: unknown) => void };
  private current: SandboxAppStatus = 'starting';
  private recordedExit: SandboxExit | null = null;
  private plannedEnd: PlannedEnd | null = null;
  /** Set the moment the process is gone or the launch failed: nothing may be added to the run after. */
  private ending = false;
  private appPort: number | null = null;
  private appProcess: AppProcess | null = null;
  private appCgroup: AppCgroup | null = null;
  private watchState: WatchState;
  private killedByKernel = false;

  constructor(private readonly context: RunContext) {
    this.firstSeq = context.logs.lastSeq;
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    // A bug in the end of a run is logged; whoever waits for the run still sees it.
    this.done.catch((error: unknown) =>
      context.logger.error({ err: error, appId: context.id }, 'cannot record the end of a run'),
    );
    this.watchState = {
      usage: { memoryMb: 0, cpuPercent: 0 },
      cpuOverSince: null,
      lastCgroupSample: null,
      diskCheckedAt: this.startedAt,
    };
  }

  get status(): SandboxAppStatus {
    return this.current;
  }

  get exit(): SandboxExit | null {
    return this.recordedExit;
  }

  get port(): number | null {
    return this.appPort;
  }

  get pid(): number | null {
    return this.appProcess?.pid ?? null;
  }

  get cgroup(): AppCgroup | null {
    return this.appCgroup;
  }

  /** The process exists and has not ended. */
  get processRunning(): boolean {
    return this.appProcess?.running ?? false;
  }

  get watch(): Readonly<WatchState> {
    return this.watchState;
  }

  usePort(port: number): void {
    this.appPort = port;
  }

  useCgroup(cgroup: AppCgroup): void {
    this.appCgroup = cgroup;
  }

  /** The spawned process: its end, whatever causes it, ends the run. */
  useProcess(process: AppProcess): void {
    this.appProcess = process;
    void process.ended.then((end) => this.finish(end)).then(this.settle.resolve, this.settle.reject);
  }

  /** The app listens: `running`, with its time limit. False when the run is already ending. */
  markRunning(): boolean {
    if (this.ending || this.plannedEnd !== null) return false;
    this.moveTo('running');
    this.context.logs.add('system', `started on port ${this.appPort} (pid ${this.pid ?? '?'})`);
    const limits = this.context.limits;
    const timer = setTimeout(
      () => {
        const expiry: PlannedEnd = {
          reason: 'timeout',
          status: 'expired',
          message: exitMessages.timeout(limits),
        };
        this.end(expiry, STOP_GRACE_MS).catch(() => undefined);
      },
      Math.max(0, this.startedAt + limits.timeoutMs - Date.now()),
    );
    timer.unref();
    this.cleanup.defer('time limit', () => clearTimeout(timer));
    this.context.onChange();
    return true;
  }

  /**
   * Ends the run for a stated reason (the first reason given wins) and resolves when it is over. A launch
   * still preparing its process is left to finish: its deploy holds the app's lock, and whoever asked
   * to end the app asks again once it has it.
   */
  async end(planned: PlannedEnd, graceMs: number): Promise<void> {
    const process = this.appProcess;
    if (process === null) return;
    // A run that exited a moment ago may still be recording its end: wait for that, never start over it.
    if (process.running) {
      this.plannedEnd ??= planned;
      await process.terminate(graceMs);
    }
    await this.done;
  }

  /** Applies the watchdog's verdict: its figures are kept, a breach ends the run at once (no grace). */
  async applyVerdict(next: WatchState, breach: PlannedEnd | null): Promise<void> {
    if (this.ending) return;
    this.watchState = next;
    if (breach) await this.end(breach, 0);
  }

  /** A launch that failed before there was a process: give back what it took, report `failed`. */
  async abort(error: unknown): Promise<void> {
    this.ending = true;
    try {
      await this.giveBack();
      const message = exitMessages.spawnFailed(error instanceof Error ? error.message : String(error));
      this.record({ reason: 'start-failed', status: 'failed', message }, { code: null, signal: null });
      this.settle.resolve();
    } catch (bug) {
      this.settle.reject(bug);
    }
  }

  /** An ended run whose app is then stopped reads `stopped`. */
  markStopped(): void {
    if (isLive(this.current)) throw new Error('a live run is stopped by ending it, not by marking it');
    if (this.current === 'stopped') return;
    this.moveTo('stopped');
    this.context.onChange();
  }

  private async finish(end: ProcessEnd): Promise<void> {
    this.ending = true;
    const oomKill = await this.judgeOomKill();
    if (oomKill) this.plannedEnd = oomKill;
    await this.giveBack();
    const stderr = this.context.logs.lastOf('stderr', STDERR_LINES, this.firstSeq);
    // The OOM killer always uses SIGKILL; bubblewrap reports it as exit code 137, so say what happened.
    const processEnd = oomKill ? { code: null, signal: 'SIGKILL' } : end;
    this.killedByKernel = oomKill !== null;
    const described = describeExit({
      end: processEnd,
      planned: this.plannedEnd,
      status: this.current,
      port: this.appPort ?? 0,
      stderr,
      startTimeoutMs: this.context.startTimeoutMs,
    });
    this.record(described, processEnd);
  }

  private async judgeOomKill(): Promise<PlannedEnd | null> {
    const cgroup = this.appCgroup;
    if (!cgroup) return null;
    const [oomKills, peak] = await Promise.all([cgroup.oomKills(), cgroup.peakBytes()]);
    return judgeOomKill(oomKills, peak, this.context.limits, this.plannedEnd);
  }

  private async giveBack(): Promise<void> {
    const failures = await this.cleanup.run();
    if (failures.length === 0) return;
    this.context.logger.warn(
      {
        appId: this.context.id,
        failures: failures.map(({ name, error }) => ({ resource: name, err: error })),
      },
      'cannot give back every resource of a run',
    );
  }

  private record(described: PlannedEnd, end: ProcessEnd): void {
    const { status, ...exit } = described;
    this.moveTo(status);
    this.recordedExit = { ...exit, code: end.code, signal: end.signal, at: new Date().toISOString() };
    this.context.logs.add('system', exit.message);
    const limit = LIMIT_NOTICES[exit.reason];
    if (limit) this.context.notice?.(this.killedByKernel ? 'oom-kill' : limit, exit.message);
    this.context.logger.info(
      { appId: this.context.id, reason: exit.reason, code: end.code, signal: end.signal },
      'app process ended',
    );
    this.context.onChange();
  }

  private moveTo(status: SandboxAppStatus): void {
    this.current = transition(this.current, status);
  }
}
