import { Router } from 'express';
import { planRequestSchema, type PlanRequest, type PlanResponse } from '@isekai/contracts';
import { validate } from '@isekai/service-kit';
import type { PlannerEngine } from '../config.js';
import { createPlan } from '../domain/plans.service.js';

export function plansRoutes({ engine }: { engine: PlannerEngine }): Router {
  const router = Router();
  router.post('/v1/plans', validate(planRequestSchema), (req, res) => {
    const response: PlanResponse = createPlan(req.body as PlanRequest, engine);
    res.json(response);
  });
  return router;
}
