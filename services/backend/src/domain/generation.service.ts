import type { AppLimits, PlanResponse } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';
import { newAppId } from './app-ids.js';
import type { AppLocks } from './app-locks.js';
import type { Planning } from './planning.js';
import { createRepairs } from './repairs.js';
import { requireApp } from './require-app.js';
import { asAppError, markFailed, type Versioning } from './versioning.js';

export interface GenerationDeps {
  store: Store;
  activity: Activity;
  locks: AppLocks;
  planning: Planning;
  sandbox: SandboxClient;
  versioning: Versioning;
  limits: AppLimits;
}

/** Work that was accepted: the app as it is now, and a promise of the app once the work has settled. */
export interface Accepted {
  app: AppRecord;
  settled: Promise<AppRecord>;
}

function placeholderName(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** Prompts to apps: the first version of a new app, and changes to an existing one. */
export function createGenerationService({
  store,
  activity,
  locks,
  planning,
  sandbox,
  versioning,
  limits,
}: GenerationDeps) {
  const repairs = createRepairs({ store, activity, planning, sandbox, versioning });

  async function planFirstVersion(appId: string, prompt: string, named: boolean): Promise<AppRecord> {
    let planned: PlanResponse;
    try {
      activity.record(appId, 'planning', 'Planning the app.');
      planned = await planning.plan(appId, { prompt });
      activity.record(appId, 'planned', planned.plan.summary, {
        engine: planned.engine,
        spec: planned.plan.spec,
        steps: planned.plan.steps,
        notes: planned.notes,
        files: Object.keys(planned.files),
      });
      versioning.commit(
        appId,
        {
          source: 'create',
          prompt,
          plan: planned.plan,
          files: planned.files,
          engine: planned.engine,
          notes: planned.notes,
        },
        !named,
      );
    } catch (error) {
      const failure = asAppError(error);
      markFailed(activity, appId, failure);
      throw failure;
    }
    return repairs.runWithRepairs(appId, prompt, planned, 'first version');
  }

  return {
    createApp({
      prompt,
      name,
      ownerKeyId = null,
    }: {
      prompt: string;
      name?: string;
      ownerKeyId?: string | null;
    }): Accepted {
      const id = newAppId();
      store.db.transaction(() => {
        store.apps.insertApp({
          id,
          name: name ?? placeholderName(prompt),
          prompt,
          limits,
          now: activity.now(),
          ownerKeyId,
        });
        activity.record(id, 'created', 'App created; planning starts.', { prompt });
      });
      const settled = locks.run(id, () => planFirstVersion(id, prompt, name !== undefined));
      return { app: requireApp(store, id), settled };
    },

    /** After a restart: an app whose first plan was cut off is planned again from its stored prompt. */
    resumePlanning(app: AppRecord): Promise<AppRecord> {
      return locks.run(app.id, () => planFirstVersion(app.id, app.prompt, true));
    },

    changeByPrompt(appId: string, prompt: string): Accepted {
      const app = requireApp(store, appId);
      if (app.currentVersion === 0) {
        throw new AppError({
          code: 'app-not-ready',
          status: 409,
          message: 'The app has no version yet; wait until its first version is built.',
        });
      }
      activity.record(appId, 'change-requested', `Change requested: ${placeholderName(prompt)}`, { prompt });
      const settled = locks.run(appId, async () => {
        const current = requireApp(store, appId);
        const version = store.versions.getVersion(appId, current.currentVersion);
        if (!version)
          throw new AppError({
            code: 'app-not-ready',
            status: 409,
            message: 'The app has no current version.',
          });
        activity.change(appId, { status: 'planning' }, { type: 'planning', message: 'Planning the change.' });
        let planned: PlanResponse;
        try {
          planned = await planning.plan(appId, {
            prompt,
            current: { plan: version.plan, files: version.files },
          });
          activity.record(appId, 'planned', planned.plan.summary, {
            engine: planned.engine,
            spec: planned.plan.spec,
            steps: planned.plan.steps,
            notes: planned.notes,
          });
          versioning.commit(
            appId,
            {
              source: 'prompt',
              prompt,
              plan: planned.plan,
              files: planned.files,
              engine: planned.engine,
              notes: planned.notes,
            },
            false,
          );
        } catch (error) {
          const failure = asAppError(error);
          // The previous version is still what runs: go back to its status rather than calling the app failed.
          const type = failure.code === 'generation-cancelled' ? 'change-cancelled' : 'change-failed';
          activity.change(
            appId,
            { status: current.status },
            { type, message: failure.message, data: { code: failure.code } },
          );
          throw failure;
        }
        return repairs.runWithRepairs(appId, prompt, planned, 'changed by prompt');
      });
      return { app: requireApp(store, appId), settled };
    },
  };
}

export type GenerationService = ReturnType<typeof createGenerationService>;
