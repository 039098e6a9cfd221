import type { PlanProgress, PlanRequest, PlanResponse } from '@isekai/contracts';
import type { PlannerClient } from '../clients/planner.client.js';
import type { Activity } from './activity.js';
import { retryWhileRestarting } from './while-restarting.js';

/** Planner progress as events on the app's stream, so people watch the model write. */
function progressRecorder(activity: Activity, appId: string): (progress: PlanProgress) => void {
  return (progress) => activity.record(appId, 'planning-progress', progress.message, { ...progress });
}

/**
 * Every planner call for an app goes through here: its progress lands on the app's events, and its owner
 * (or a delete) can cancel it. A language model may write for minutes; without this, a delete or a
 * change of mind waited for it behind the app's work queue.
 */
export function createPlanning({ planner, activity }: { planner: PlannerClient; activity: Activity }) {
  const inFlight = new Map<string, AbortController>();

  return {
    async plan(appId: string, request: PlanRequest): Promise<PlanResponse> {
      const cancel = new AbortController();
      inFlight.set(appId, cancel);
      try {
        // A planner being restarted is waited for: the plan is made again from the request, nothing is lost.
        return await retryWhileRestarting(
          () => planner.planStream(request, progressRecorder(activity, appId), cancel.signal),
          cancel.signal,
        );
      } finally {
        if (inFlight.get(appId) === cancel) inFlight.delete(appId);
      }
    },

    /** Aborts the app's planning, if any is under way; true when there was one. */
    cancel(appId: string): boolean {
      const cancel = inFlight.get(appId);
      cancel?.abort();
      return cancel !== undefined;
    },

    isPlanning: (appId: string): boolean => inFlight.has(appId),
  };
}

export type Planning = ReturnType<typeof createPlanning>;
