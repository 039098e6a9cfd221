import type { ErrorBody, PlanProgress, PlanRequest, PlanResponse } from '@isekai/contracts';
import { AppError, createServiceClient } from '@isekai/service-kit';
import type { BackendConfig } from '../config.js';
import { readPlanStream } from './plan-stream.js';

function unavailable(cause: unknown): AppError {
  const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
  return new AppError({
    code: 'planner-unavailable',
    status: timedOut ? 504 : 503,
    message: timedOut
      ? 'The planner did not finish in time (PLANNER_TIMEOUT_MS); try again shortly.'
      : 'The planner service cannot be reached; check that it is running.',
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
    plan: (request: PlanRequest, requestId?: string) =>
      client.request<PlanResponse>('POST', '/v1/plans', { body: request, requestId }),

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
      let response: Response;
      try {
        response = await fetch(`${client.baseUrl}/v1/plans`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${config.serviceToken}`,
            'content-type': 'application/json',
            accept: 'text/event-stream',
          },
          body: JSON.stringify(request),
          signal,
        });
        if (!response.ok) {
          const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
          throw new AppError({
            code: body?.error?.code ?? 'planner-error',
            status: response.status >= 500 ? 502 : response.status,
            message: body?.error?.message ?? `The planner answered ${response.status}.`,
            details: body?.error?.details,
          });
        }
        return await readPlanStream(response, onProgress);
      } catch (error) {
        if (cancel?.aborted) throw cancelled();
        if (error instanceof AppError) throw error;
        throw unavailable(error);
      }
    },

    health: () => client.request<Record<string, unknown>>('GET', '/health', { timeoutMs: 2000 }),
  };
}

export type PlannerClient = ReturnType<typeof createPlannerClient>;
