import { Router } from 'express';
import { PLANNER_VERSION } from '../version.js';

export function healthRoutes({ engine, model }: { engine: string; model?: string }): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      service: 'planner',
      engine,
      ...(model ? { model } : {}),
      version: PLANNER_VERSION,
    });
  });
  return router;
}
