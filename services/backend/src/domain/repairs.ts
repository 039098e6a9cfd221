import { REPAIR_LOG_MAX_LENGTH, type PlanResponse } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';
import type { Planning } from './planning.js';
import { asAppError, markFailed, type Versioning } from './versioning.js';

/** Failures a changed file can fix; a sandbox that is down or full is not the model's to repair. */
const START_FAILURES = new Set(['app-start-failed', 'app-start-timeout']);
const LOG_LINES = 200;

export interface RepairsDeps {
  store: Store;
  activity: Activity;
  planning: Planning;
  sandbox: SandboxClient;
  versioning: Versioning;
}

/**
 * Runs the current version; when it fails to start and the engine can repair (the planner's answer says
 * how many rounds), the error and the app's log go back to the planner and its fix is run, round by round.
 */
export function createRepairs({ store, activity, planning, sandbox, versioning }: RepairsDeps) {
  async function readLog(appId: string): Promise<string | undefined> {
    const logs = await sandbox.logs(appId, LOG_LINES).catch(() => null);
    const text = logs?.lines.map((l) => l.line).join('\n');
    return text ? text.slice(-REPAIR_LOG_MAX_LENGTH) : undefined;
  }

  async function planRepair(
    appId: string,
    prompt: string,
    failure: AppError,
    round: number,
    rounds: number,
  ): Promise<PlanResponse> {
    activity.change(
      appId,
      { status: 'planning' },
      {
        type: 'repairing',
        message: `The app did not start (${failure.message}); sending its log to the model, repair ${round} of ${rounds}.`,
        data: { round, rounds, code: failure.code },
      },
    );
    const app = store.apps.getAppById(appId);
    const version = app ? store.versions.getVersion(appId, app.currentVersion) : null;
    if (!version)
      throw new AppError({
        code: 'app-not-ready',
        status: 409,
        message: 'The app has no current version to repair.',
      });
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
    versioning.commit(
      appId,
      {
        source: 'repair',
        prompt,
        plan: repaired.plan,
        files: repaired.files,
        engine: repaired.engine,
        notes: repaired.notes,
      },
      false,
    );
    return repaired;
  }

  return {
    async runWithRepairs(
      appId: string,
      prompt: string,
      planned: PlanResponse,
      reason: string,
    ): Promise<AppRecord> {
      const rounds = planned.repairRounds ?? 0;
      for (let round = 1; ; round++) {
        try {
          return await versioning.runIfWanted(appId, round === 1 ? reason : `repair ${round - 1}`);
        } catch (error) {
          const failure = asAppError(error);
          if (!START_FAILURES.has(failure.code) || round > rounds) throw failure;
          try {
            await planRepair(appId, prompt, failure, round, rounds);
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

export type Repairs = ReturnType<typeof createRepairs>;
