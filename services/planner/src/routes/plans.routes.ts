import { Router } from 'express';
import { PLAN_STREAM_EVENTS, planRequestSchema, type NoParams, type PlanRequest } from '@isekai/contracts';
import { isAppError, openSse, validate, wantsEventStream, type Logger } from '@isekai/service-kit';
import type { Planner } from '../domain/plans.service.js';

/** Headers are sent: a failure travels as the stream's last event, shaped like every error body. */
function streamedError(error: unknown, logger: Logger) {
  // Details travel with the error (a refusal's suggestions), as they do in the JSON answer.
  if (isAppError(error))
    return {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details !== undefined ? { details: error.details } : {}),
      },
      status: error.status,
    };
  logger.error({ err: error }, 'streamed plan failed');
  return {
    error: { code: 'internal-error', message: 'Something went wrong while planning; try again.' },
    status: 500,
  };
}

/** `POST /v1/plans`: JSON in and out, or with `Accept: text/event-stream` progress events then the plan. */
export function plansRoutes({ planner, logger }: { planner: Planner; logger: Logger }): Router {
  const router = Router();
  router.post<NoParams, unknown, PlanRequest>('/v1/plans', validate(planRequestSchema), async (req, res) => {
    const request = req.body;
    // A caller that goes away (the backend cancelling an app's planning) stops the model call with it.
    const caller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) caller.abort();
    });
    if (!wantsEventStream(req)) {
      res.json(await planner.plan(request, { signal: caller.signal }));
      return;
    }
    const stream = openSse(req, res);
    try {
      const response = await planner.plan(request, {
        signal: caller.signal,
        onProgress: (progress) => stream.send(PLAN_STREAM_EVENTS.progress, progress),
      });
      stream.send(PLAN_STREAM_EVENTS.plan, response);
    } catch (error) {
      if (caller.signal.aborted) logger.info({ reqId: req.id }, 'plan cancelled: the caller went away');
      else stream.send(PLAN_STREAM_EVENTS.error, streamedError(error, logger));
    }
    stream.end();
  });
  return router;
}
