import { Router, type RequestHandler } from 'express';
import {
  appCreateSchema,
  appIdParamSchema,
  appListQuerySchema,
  appPromptSchema,
  waitQuerySchema,
  type AppStatus,
} from '@isekai/contracts';
import { validate } from '@isekai/service-kit';
import type { Domain } from '../domain/domain.js';
import { respondAccepted, wantsWait } from './respond.js';
import { callerKey, ownAppsOnly } from './api-key-auth.js';

export function appsRoutes(domain: Domain, generationLimit: RequestHandler): Router {
  const router = Router();
  router.param('id', ownAppsOnly(domain));
  const { queries, generation, lifecycle } = domain;

  router.post(
    '/apps',
    generationLimit,
    validate({ ...appCreateSchema, ...waitQuerySchema }),
    async (req, res) => {
      const body = req.body as { prompt: string; name?: string };
      const key = callerKey(res);
      if (key) domain.apiKeys.checkQuota(key);
      const accepted = generation.createApp({
        prompt: body.prompt,
        name: body.name,
        ownerKeyId: key?.id ?? null,
      });
      await respondAccepted(res, accepted, wantsWait(req.query.wait), 201, queries);
    },
  );

  router.get('/apps', validate(appListQuerySchema), (req, res) => {
    const { limit, cursor, status } = req.query as { limit?: number; cursor?: string; status?: AppStatus };
    res.json(queries.listApps({ limit, cursor, status, ownerKeyId: callerKey(res)?.id }));
  });

  router.get('/apps/:id', validate(appIdParamSchema), (req, res) => {
    res.json(queries.getApp(req.params.id as string));
  });

  router.post(
    '/apps/:id/prompts',
    generationLimit,
    validate({ ...appIdParamSchema, ...appPromptSchema, ...waitQuerySchema }),
    async (req, res) => {
      const accepted = generation.changeByPrompt(
        req.params.id as string,
        (req.body as { prompt: string }).prompt,
      );
      await respondAccepted(res, accepted, wantsWait(req.query.wait), 200, queries);
    },
  );

  router.post('/apps/:id/start', validate({ ...appIdParamSchema, ...waitQuerySchema }), async (req, res) => {
    await respondAccepted(
      res,
      lifecycle.start(req.params.id as string),
      wantsWait(req.query.wait),
      200,
      queries,
    );
  });

  router.post('/apps/:id/cancel', validate({ ...appIdParamSchema, ...waitQuerySchema }), async (req, res) => {
    await respondAccepted(
      res,
      lifecycle.cancelPlanning(req.params.id as string),
      wantsWait(req.query.wait),
      200,
      queries,
    );
  });

  router.post('/apps/:id/stop', validate(appIdParamSchema), async (req, res) => {
    res.json(queries.present(await lifecycle.stop(req.params.id as string)));
  });

  router.delete('/apps/:id', validate(appIdParamSchema), async (req, res) => {
    await lifecycle.delete(req.params.id as string);
    res.status(204).end();
  });

  return router;
}
