import { Router } from 'express';
import type { PlannerEngine } from '../config.js';
import { PLANNER_VERSION } from '../version.js';

export function healthRoutes({ engine }: { engine: PlannerEngine }): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'planner', engine, version: PLANNER_VERSION });
  });
  return router;
}
