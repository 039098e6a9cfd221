import { Router } from 'express';
import { PLAN_STREAM_EVENTS, planRequestSchema, type PlanRequest } from '@isekai/contracts';
import { isAppError, openSse, validate, wantsEventStream, type Logger } from '@isekai/service-kit';
import type { Planner } from '../domain/plans.service.js';

/** `POST /v1/plans`: JSON in and out, or with `Accept: text/event-stream` progress events then the plan. */
export function plansRoutes({ planner, logger }: { planner: Planner; logger: Logger }): Router {
  const router = Router();
  router.post('/v1/plans', validate(planRequestSchema), async (req, res) => {
    const request = req.body as PlanRequest;
    if (!wantsEventStream(req)) {
      res.json(await planner.plan(request));
      return;
    }
    const stream = openSse(req, res);
    try {
      const response = await planner.plan(request, (progress) =>
        stream.send(PLAN_STREAM_EVENTS.progress, progress),
      );
      stream.send(PLAN_STREAM_EVENTS.plan, response);
    } catch (error) {
      // Headers are sent: the failure travels as the stream's last event, shaped like every error body.
      if (!isAppError(error)) logger.error({ err: error }, 'streamed plan failed');
      const body = isAppError(error)
        ? { error: { code: error.code, message: error.message }, status: error.status }
        : {
            error: { code: 'internal-error', message: 'Something went wrong while planning; try again.' },
            status: 500,
          };
      stream.send(PLAN_STREAM_EVENTS.error, body);
    }
    stream.end();
  });
  return router;
}
