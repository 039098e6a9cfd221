import type {
  AppLimits,
  SandboxAppState,
  SandboxAppStatus,
  SandboxExit,
  SandboxNotice,
} from '@isekai/contracts';
import type { Logger } from '@isekai/service-kit';
import { LogRing } from '../logs/log-ring.buffer.js';
import { NoticeList } from '../notices/notice-list.js';
import { refusalIn } from '../notices/output-refusals.js';
import { AppRun } from '../runs/app-run.js';
import { isLive } from '../runs/run-status.js';
import { toAppState } from './app-state.mapper.js';

export type StateListener = (state: SandboxAppState) => void;

/**
 * Everything the sandbox knows about one app id across its runs: what is deployed, its logs, its
 * followers, and the current run, which owns its own state. Only one run is ever current.
 */
export class AppRecord {
  readonly logs: LogRing;
  /** Limits that ended its runs and refusals seen in its output, across runs. */
  readonly notices: NoticeList;
  readonly stateListeners = new Set<StateListener>();
  private currentRun: AppRun | null = null;
  private earlierPort: number | null = null;
  private startCount = 0;

  constructor(
    readonly id: string,
    private deployedEntry: string,
    private deployedLimits: AppLimits,
    logs: { maxLines: number; maxLineBytes: number },
    onNotice: (notice: SandboxNotice) => void = () => undefined,
  ) {
    this.logs = new LogRing(logs);
    this.notices = new NoticeList(onNotice);
    this.logs.subscribe((line) => {
      if (line.stream === 'system') return;
      const refusal = refusalIn(line.line);
      if (refusal) this.notices.add(refusal, line.line);
    });
  }

  get entry(): string {
    return this.deployedEntry;
  }

  get limits(): AppLimits {
    return this.deployedLimits;
  }

  get run(): AppRun | null {
    return this.currentRun;
  }

  /** Before its first run an app is being deployed: `starting`. */
  get status(): SandboxAppStatus {
    return this.currentRun?.status ?? 'starting';
  }

  get exit(): SandboxExit | null {
    return this.currentRun?.exit ?? null;
  }

  get starts(): number {
    return this.startCount;
  }

  /** Port of the last run that had one: kept so a restart gets the same address when it is free. */
  get lastPort(): number | null {
    return this.currentRun?.port ?? this.earlierPort;
  }

  /** New files for the next run; never under a live one. */
  redeploy(entry: string, limits: AppLimits): void {
    this.assertNoLiveRun();
    this.deployedEntry = entry;
    this.deployedLimits = limits;
  }

  openRun(options: { startTimeoutMs: number; logger: Logger }): AppRun {
    this.assertNoLiveRun();
    this.earlierPort = this.lastPort;
    this.startCount++;
    this.currentRun = new AppRun({
      id: this.id,
      limits: this.deployedLimits,
      logs: this.logs,
      ...options,
      onChange: () => this.notify(),
      notice: (kind, message) => this.notices.add(kind, message),
    });
    return this.currentRun;
  }

  notify(): void {
    const state = toAppState(this);
    for (const listener of this.stateListeners) listener(state);
  }

  private assertNoLiveRun(): void {
    if (this.currentRun && isLive(this.currentRun.status)) {
      throw new Error(`app ${this.id} still has a live run`);
    }
  }
}
