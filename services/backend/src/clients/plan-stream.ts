import { PLAN_STREAM_EVENTS, type ErrorBody, type PlanProgress, type PlanResponse } from '@isekai/contracts';
import { AppError, readSseMessages } from '@isekai/service-kit';

/**
 * The planner's streamed answer: progress goes to the listener as it comes, the plan (or the
 * planner's error, with its own status and details: 503/504 tell a person the model is down or slow,
 * 422 that the prompt was not understood, with suggestions) ends it.
 */
export async function readPlanStream(
  response: Response,
  onProgress: (progress: PlanProgress) => void,
): Promise<PlanResponse> {
  if (!response.body)
    throw new AppError({ code: 'planner-error', status: 502, message: 'The planner sent an empty stream.' });
  for await (const message of readSseMessages(response.body)) {
    if (message.event === PLAN_STREAM_EVENTS.progress) onProgress(JSON.parse(message.data) as PlanProgress);
    else if (message.event === PLAN_STREAM_EVENTS.plan) return JSON.parse(message.data) as PlanResponse;
    else if (message.event === PLAN_STREAM_EVENTS.error) {
      const body = JSON.parse(message.data) as ErrorBody & { status?: number };
      throw new AppError({
        code: body.error.code,
        status: body.status ?? 502,
        message: body.error.message,
        details: body.error.details,
      });
    }
  }
  throw new AppError({
    code: 'planner-error',
    status: 502,
    message: 'The planner ended its stream without a plan; try again.',
  });
}
