import { Router, type RequestHandler } from 'express';
import {
  appCreateSchema,
  appIdParamSchema,
  appListQuerySchema,
  appPromptSchema,
  waitQuerySchema,
  type AppCreateRequest,
  type AppListQuery,
  type AppPromptRequest,
  type IdParams,
  type NoParams,
  type WaitQuery,
} from '@isekai/contracts';
import { queryFlag, validate } from '@isekai/service-kit';
import type { Domain } from '../domain/domain.js';
import { respondAccepted } from './respond.js';
import { callerOf, ownAppsOnly } from './api-key-auth.js';

export function appsRoutes(domain: Domain, generationLimit: RequestHandler): Router {
  const router = Router();
  router.param('id', ownAppsOnly(domain));
  const { queries, create, change, lifecycle } = domain;

  router.post<NoParams, unknown, AppCreateRequest, WaitQuery>(
    '/apps',
    generationLimit,
    validate({ ...appCreateSchema, ...waitQuerySchema }),
    async (req, res) => {
      const { prompt, name } = req.body;
      const accepted = create.createApp(callerOf(res), { prompt, name });
      res.locals.appId = accepted.app.id; // for the audit trail
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 201, queries);
    },
  );

  router.get<NoParams, unknown, unknown, AppListQuery>('/apps', validate(appListQuerySchema), (req, res) => {
    const { limit, cursor, status } = req.query;
    // Express 5 parses the query anew on each read, so the validator's toInt does not stick.
    const page = { limit: limit === undefined ? undefined : Number(limit), cursor, status };
    res.json(queries.listApps(callerOf(res), page));
  });

  router.get<IdParams>('/apps/:id', validate(appIdParamSchema), (req, res) => {
    res.json(queries.getApp(req.params.id));
  });

  router.post<IdParams, unknown, AppPromptRequest, WaitQuery>(
    '/apps/:id/prompts',
    generationLimit,
    validate({ ...appIdParamSchema, ...appPromptSchema, ...waitQuerySchema }),
    async (req, res) => {
      const { prompt } = req.body;
      domain.access.checkGenerationQuota(callerOf(res));
      const accepted = change.changeByPrompt(req.params.id, prompt);
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 200, queries);
    },
  );

  router.post<IdParams, unknown, unknown, WaitQuery>(
    '/apps/:id/start',
    validate({ ...appIdParamSchema, ...waitQuerySchema }),
    async (req, res) => {
      domain.access.checkStartQuota(callerOf(res), req.params.id);
      const accepted = lifecycle.start(req.params.id);
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 200, queries);
    },
  );

  router.post<IdParams, unknown, unknown, WaitQuery>(
    '/apps/:id/cancel',
    validate({ ...appIdParamSchema, ...waitQuerySchema }),
    async (req, res) => {
      const accepted = lifecycle.cancelPlanning(req.params.id);
      await respondAccepted(res, accepted, queryFlag(req.query.wait), 200, queries);
    },
  );

  router.post<IdParams>('/apps/:id/stop', validate(appIdParamSchema), async (req, res) => {
    res.json(queries.present(await lifecycle.stop(req.params.id)));
  });

  router.delete<IdParams>('/apps/:id', validate(appIdParamSchema), async (req, res) => {
    await lifecycle.delete(req.params.id);
    res.status(204).end();
  });

  return router;
}
