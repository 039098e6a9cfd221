import type { PlanProgress, PlanRequest, PlanResponse } from '@isekai/contracts';
import { AppError, createServiceClient } from '@isekai/service-kit';
import type { BackendConfig } from '../config.js';
import { readPlanStream } from './plan-stream.js';

function timedOut(cause: unknown): AppError {
  return new AppError({
    code: 'planner-unavailable',
    status: 504,
    message: 'The planner did not finish in time (PLANNER_TIMEOUT_MS); try again shortly.',
    cause,
  });
}

/** The stream broke off after the planner had answered (it stopped, or the connection went). */
function brokeOff(cause: unknown): AppError {
  return new AppError({
    code: 'planner-unavailable',
    status: 503,
    message: 'The planner service cannot be reached; check that it is running.',
    cause,
  });
}

function cancelled(): AppError {
  return new AppError({
    code: 'generation-cancelled',
    status: 409,
    message: 'Cancelled by its owner before the plan was finished.',
  });
}

export function createPlannerClient(config: BackendConfig) {
  const client = createServiceClient({
    name: 'planner',
    baseUrl: config.plannerUrl,
    token: config.serviceToken,
    timeoutMs: config.plannerTimeoutMs,
  });
  return {
    /**
     * The streamed form: progress while a model writes; the whole call is bounded by PLANNER_TIMEOUT_MS,
     * and `cancel` ends it early (closing the stream stops the planner's model call too).
     */
    async planStream(
      request: PlanRequest,
      onProgress: (progress: PlanProgress) => void,
      cancel?: AbortSignal,
    ): Promise<PlanResponse> {
      const deadline = AbortSignal.timeout(config.plannerTimeoutMs);
      const signal = cancel ? AbortSignal.any([deadline, cancel]) : deadline;
      try {
        const response = await client.stream('/v1/plans', { method: 'POST', body: request, signal });
        return await readPlanStream(response, onProgress);
      } catch (error) {
        if (cancel?.aborted) throw cancelled();
        if (deadline.aborted) throw timedOut(error);
        if (error instanceof AppError) throw error;
        throw brokeOff(error);
      }
    },

    health: () => client.request<Record<string, unknown>>('GET', '/health', { timeoutMs: 2000 }),
  };
}

export type PlannerClient = ReturnType<typeof createPlannerClient>;
