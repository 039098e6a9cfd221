import type { KeyedQueue } from '@isekai/service-kit';
import { REJECTION_EVENTS, type PlanResponse, type RejectionData } from '@isekai/contracts';
import type { AppRecord } from '../../data/apps.repository.js';
import type { Store } from '../../data/store.js';
import type { Access, Caller } from '../access.js';
import { acceptWork, type Accepted } from '../accepted.js';
import type { Activity } from '../activity.js';
import { newAppId } from '../app-ids.js';
import { asAppError, isNotUnderstood, markFailed, refusal, suggestionsOf } from '../failures.js';
import type { Planning } from '../planning.js';
import type { RemoveApp } from '../remove-app.js';
import type { VersionStore } from '../version-store.js';
import { placeholderName } from './placeholder-name.js';
import type { AppRunner } from './run-app.js';
import { plannedEventData } from './planned-event.js';

export interface CreateAppDeps {
  store: Store;
  activity: Activity;
  locks: KeyedQueue;
  access: Access;
  planning: Planning;
  versions: VersionStore;
  runner: AppRunner;
  removeApp: RemoveApp;
}

/** A new app from a prompt: plan → store → run → repair. A prompt the planner cannot make sense of leaves no app. */
export function createCreateApp({
  store,
  activity,
  locks,
  access,
  planning,
  versions,
  runner,
  removeApp,
}: CreateAppDeps) {
  async function buildFirstVersion(appId: string, prompt: string, named: boolean): Promise<AppRecord> {
    const planned = await plan(appId, prompt);
    storeFirstVersion(appId, prompt, planned, named);
    return runner.runWithRepairs(appId, prompt, planned, 'first version');
  }

  /** The planner's first version; a refusal removes the app, any other failure leaves it `failed`. */
  async function plan(appId: string, prompt: string): Promise<PlanResponse> {
    try {
      activity.record(appId, 'planning', 'Planning the app.');
      const planned = await planning.plan(appId, { prompt });
      activity.record(appId, 'planned', planned.plan.summary, plannedEventData(planned, true));
      return planned;
    } catch (error) {
      if (isNotUnderstood(error)) throw await reject(appId, error.code, error.message, suggestionsOf(error));
      const failure = asAppError(error);
      markFailed(activity, appId, failure);
      throw failure;
    }
  }

  /** Says why in the app's events (`rejected`), then removes the app as a delete does. */
  async function reject(appId: string, code: string, message: string, suggestions: string[]) {
    activity.record(appId, REJECTION_EVENTS.create, message, { code, suggestions } satisfies RejectionData);
    await removeApp(appId, 'Removed: the planner could not make an app of the prompt.');
    return refusal(code, message, suggestions);
  }

  function storeFirstVersion(appId: string, prompt: string, planned: PlanResponse, named: boolean): void {
    try {
      versions.store(
        appId,
        {
          source: 'create',
          prompt,
          plan: planned.plan,
          files: planned.files,
          engine: planned.engine,
          notes: planned.notes,
        },
        { nameFromPlan: !named },
      );
    } catch (error) {
      const failure = asAppError(error);
      markFailed(activity, appId, failure);
      throw failure;
    }
  }

  return {
    createApp(caller: Caller, { prompt, name }: { prompt: string; name?: string }): Accepted {
      access.checkCreateQuota(caller);
      const id = newAppId();
      store.db.transaction(() => {
        store.apps.insertApp({
          id,
          name: name ?? placeholderName(prompt),
          prompt,
          limits: access.limitsFor(caller),
          now: activity.now(),
          ownerKeyId: caller.key?.id ?? null,
        });
        activity.record(id, 'created', 'App created; planning starts.', { prompt });
      });
      return acceptWork(store, locks, id, () => buildFirstVersion(id, prompt, name !== undefined));
    },

    /** After a restart: an app whose first plan was cut off is planned again from its stored prompt. */
    resumePlanning(app: AppRecord): Promise<AppRecord> {
      return locks.run(app.id, () => buildFirstVersion(app.id, app.prompt, true));
    },
  };
}

export type CreateApp = ReturnType<typeof createCreateApp>;
