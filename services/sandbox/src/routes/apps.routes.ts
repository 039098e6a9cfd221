import { Router } from 'express';
import {
  appIdParamSchema,
  sandboxDeploySchema,
  type IdParams,
  type SandboxDeployRequest,
} from '@isekai/contracts';
import { validate } from '@isekai/service-kit';
import type { Sandbox } from '../domain/apps/sandbox.service.js';

export function appsRoutes(sandbox: Sandbox): Router {
  const router = Router();

  router.put<IdParams, unknown, SandboxDeployRequest>(
    '/v1/apps/:id',
    validate(sandboxDeploySchema),
    async (req, res) => {
      const body = req.body;
      const request: SandboxDeployRequest = { files: body.files, entry: body.entry, limits: body.limits };
      if (body.preferredPort !== undefined) request.preferredPort = body.preferredPort;
      res.json(await sandbox.deploy(req.params.id, request));
    },
  );

  router.post<IdParams>('/v1/apps/:id/start', validate(appIdParamSchema), async (req, res) => {
    res.json(await sandbox.start(req.params.id));
  });

  router.post<IdParams>('/v1/apps/:id/stop', validate(appIdParamSchema), async (req, res) => {
    res.json(await sandbox.stop(req.params.id));
  });

  router.delete<IdParams>('/v1/apps/:id', validate(appIdParamSchema), async (req, res) => {
    await sandbox.remove(req.params.id);
    res.status(204).end();
  });

  router.get<IdParams>('/v1/apps/:id', validate(appIdParamSchema), (req, res) => {
    res.json(sandbox.get(req.params.id));
  });

  router.get('/v1/apps', (_req, res) => {
    res.json(sandbox.list());
  });

  return router;
}
