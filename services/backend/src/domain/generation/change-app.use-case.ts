import { REJECTION_EVENTS, type PlanResponse } from '@isekai/contracts';
import type { AppError, KeyedQueue } from '@isekai/service-kit';
import type { AppRecord } from '../../data/apps.repository.js';
import type { Store } from '../../data/store.js';
import type { VersionRecord } from '../../data/versions.repository.js';
import { acceptWork, type Accepted } from '../accepted.js';
import type { Activity } from '../activity.js';
import { asAppError, isNotUnderstood, refusal, suggestionsOf } from '../failures.js';
import { mergeBase } from '../merge-base.js';
import type { Planning } from '../planning.js';
import { requireCurrentVersion } from '../require-app.js';
import { sameFiles, type VersionStore } from '../version-store.js';
import { placeholderName } from './placeholder-name.js';
import type { AppRunner } from './run-app.js';
import { plannedEventData } from './planned-event.js';

export interface ChangeAppDeps {
  store: Store;
  activity: Activity;
  locks: KeyedQueue;
  planning: Planning;
  versions: VersionStore;
  runner: AppRunner;
}

/**
 * A change by prompt: plan → store → run → repair. Until a new version is stored the current one keeps
 * running, so a failed, cancelled or refused change (or one that changes nothing) stores nothing.
 */
export function createChangeApp({ store, activity, locks, planning, versions, runner }: ChangeAppDeps) {
  async function change(appId: string, prompt: string): Promise<AppRecord> {
    const { app, version } = requireCurrentVersion(store, appId);
    activity.change(appId, { status: 'planning' }, { type: 'planning', message: 'Planning the change.' });
    const planned = await planChange(app, version, prompt);
    if (sameFiles(planned.files, version.files)) return keepAsItIs(app, version, planned);
    storeChange(app, prompt, planned);
    return runner.runWithRepairs(appId, prompt, planned, 'changed by prompt');
  }

  /**
   * A change the planner understood whose files are the ones already running ("add a contact page" to an
   * app that has one): not an error, so the app answers as it is, and `change-unchanged` says why in the
   * planner's words. No version is stored.
   */
  function keepAsItIs(app: AppRecord, version: VersionRecord, planned: PlanResponse): AppRecord {
    const why = planned.plan.summary.trim();
    activity.change(
      app.id,
      { status: app.status },
      {
        type: 'change-unchanged',
        message: `Nothing changed: ${why}${/[.!?]$/.test(why) ? '' : '.'} Version ${version.number} stays; none was stored.`,
      },
    );
    return requireCurrentVersion(store, app.id).app;
  }

  /** The planner's new version, or a thrown failure after the app went back to what it was doing. */
  async function planChange(app: AppRecord, version: VersionRecord, prompt: string): Promise<PlanResponse> {
    let planned: PlanResponse;
    try {
      planned = await planning.plan(app.id, {
        prompt,
        current: { plan: version.plan, files: version.files, base: mergeBase(store, version) },
      });
    } catch (error) {
      if (isNotUnderstood(error)) throw reject(app, error.code, error.message, suggestionsOf(error));
      const failure = asAppError(error);
      const type = failure.code === 'generation-cancelled' ? 'change-cancelled' : 'change-failed';
      throw giveUp(app, failure, type);
    }
    activity.record(app.id, 'planned', planned.plan.summary, plannedEventData(planned, false));
    return planned;
  }

  function storeChange(app: AppRecord, prompt: string, planned: PlanResponse): void {
    try {
      versions.store(app.id, {
        source: 'prompt',
        prompt,
        plan: planned.plan,
        files: planned.files,
        engine: planned.engine,
        notes: planned.notes,
      });
    } catch (error) {
      throw giveUp(app, asAppError(error), 'change-failed');
    }
  }

  /** A refused change: `change-rejected` with the planner's message and suggestions, nothing stored. */
  function reject(app: AppRecord, code: string, message: string, suggestions: string[]): AppError {
    return giveUp(app, refusal(code, message, suggestions), REJECTION_EVENTS.change, { suggestions });
  }

  /** The previous version is still what runs: back to its status rather than calling the app failed. */
  function giveUp(app: AppRecord, failure: AppError, type: string, data: Record<string, unknown> = {}) {
    activity.change(
      app.id,
      { status: app.status },
      { type, message: failure.message, data: { code: failure.code, ...data } },
    );
    return failure;
  }

  return {
    changeByPrompt(appId: string, prompt: string): Accepted {
      requireCurrentVersion(store, appId);
      activity.record(appId, 'change-requested', `Change requested: ${placeholderName(prompt)}`, { prompt });
      return acceptWork(store, locks, appId, () => change(appId, prompt));
    },
  };
}

export type ChangeApp = ReturnType<typeof createChangeApp>;
