import { REPAIR_LOG_MAX_LENGTH, type PlanResponse } from '@isekai/contracts';
import type { AppError } from '@isekai/service-kit';
import type { SandboxClient } from '../../clients/sandbox.client.js';
import type { AppRecord } from '../../data/apps.repository.js';
import type { Store } from '../../data/store.js';
import type { Activity } from '../activity.js';
import type { Deployer } from '../deployer.js';
import { asAppError, markFailed } from '../failures.js';
import type { Planning } from '../planning.js';
import { requireApp, requireCurrentVersion } from '../require-app.js';
import type { VersionStore } from '../version-store.js';

/** Failures a changed file can fix; a sandbox that is down or full is not the model's to repair. */
const START_FAILURES = new Set(['app-start-failed', 'app-start-timeout']);
const LOG_LINES = 200;

export interface AppRunnerDeps {
  store: Store;
  activity: Activity;
  deployer: Deployer;
  planning: Planning;
  sandbox: SandboxClient;
  versions: VersionStore;
}

/** The tail of every flow that stores a version: run it, and let a model repair a version that does not start. */
export function createAppRunner({ store, activity, deployer, planning, sandbox, versions }: AppRunnerDeps) {
  /**
   * Runs the current version when the owner wants the app running; a failure to start leaves the app
   * `failed` with the reason, and is thrown so `?wait=true` callers get it.
   */
  async function run(appId: string, reason: string): Promise<AppRecord> {
    const app = requireApp(store, appId);
    if (app.desiredState !== 'running') {
      if (app.status !== 'stopped')
        activity.change(
          appId,
          { status: 'stopped' },
          { type: 'stopped', message: 'Stored; the app stays stopped until started.' },
        );
      return requireApp(store, appId);
    }
    const outcome = await deployer.deploy(appId, reason);
    if (!outcome.ok) {
      markFailed(activity, appId, outcome.error);
      throw outcome.error;
    }
    return requireApp(store, appId);
  }

  async function readLog(appId: string): Promise<string | undefined> {
    const logs = await sandbox.logs(appId, LOG_LINES).catch(() => null);
    const text = logs?.lines.map((l) => l.line).join('\n');
    return text ? text.slice(-REPAIR_LOG_MAX_LENGTH) : undefined;
  }

  /** One round: the error and the log go to the planner, and its fix is stored as a new version. */
  async function repair(appId: string, prompt: string, failure: AppError, round: number, rounds: number) {
    activity.change(
      appId,
      { status: 'planning' },
      {
        type: 'repairing',
        message: `The app did not start (${failure.message}); sending its log to the model, repair ${round} of ${rounds}.`,
        data: { round, rounds, code: failure.code },
      },
    );
    const { version } = requireCurrentVersion(store, appId);
    const log = await readLog(appId);
    const repaired = await planning.plan(appId, {
      prompt,
      current: { plan: version.plan, files: version.files },
      repair: { error: failure.message, ...(log ? { log } : {}), round },
    });
    activity.record(appId, 'repaired', repaired.plan.summary, {
      round,
      engine: repaired.engine,
      steps: repaired.plan.steps,
      notes: repaired.notes,
      files: Object.keys(repaired.files),
    });
    versions.store(appId, {
      source: 'repair',
      prompt,
      plan: repaired.plan,
      files: repaired.files,
      engine: repaired.engine,
      notes: repaired.notes,
    });
  }

  return {
    run,

    /** Runs the current version; when it fails to start and the engine can repair, round by round. */
    async runWithRepairs(
      appId: string,
      prompt: string,
      planned: PlanResponse,
      reason: string,
    ): Promise<AppRecord> {
      const rounds = planned.repairRounds ?? 0;
      for (let round = 1; ; round++) {
        try {
          return await run(appId, round === 1 ? reason : `repair ${round - 1}`);
        } catch (error) {
          const failure = asAppError(error);
          if (!START_FAILURES.has(failure.code) || round > rounds) throw failure;
          try {
            await repair(appId, prompt, failure, round, rounds);
          } catch (repairError) {
            const repairFailure = asAppError(repairError);
            markFailed(activity, appId, repairFailure);
            throw repairFailure;
          }
        }
      }
    },
  };
}

export type AppRunner = ReturnType<typeof createAppRunner>;
