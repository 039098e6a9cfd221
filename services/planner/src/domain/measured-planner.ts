import { isAppError, type ServiceMetrics } from '@isekai/service-kit';
import type { Planner } from './plans.service.js';

/** A bounded set of outcomes, so the series stay few whatever the planner's error codes. */
function outcomeOf(error: unknown, signal: AbortSignal | undefined): string {
  if (signal?.aborted) return 'cancelled';
  if (isAppError(error) && error.status === 422) return 'refused';
  return 'failed';
}

/** The same planner, with every plan counted and timed by engine and outcome. */
export function measuredPlanner(planner: Planner, metrics: ServiceMetrics): Planner {
  const duration = metrics.histogram(
    'isekai_plan_duration_seconds',
    'Plans by engine and outcome (planned, refused, failed, cancelled), and how long they took',
    ['engine', 'outcome'],
    [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 30, 60, 120, 300],
  );
  return {
    ...planner,
    async plan(request, options) {
      const end = duration.startTimer();
      try {
        const response = await planner.plan(request, options);
        end({ engine: response.engine, outcome: 'planned' });
        return response;
      } catch (error) {
        end({ engine: planner.engine, outcome: outcomeOf(error, options?.signal) });
        throw error;
      }
    },
  };
}
