import { Router } from 'express';
import type { Domain } from '../domain/domain.js';

export function healthRoutes(domain: Domain, isReady: () => boolean): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const health = await domain.health.check();
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });

  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /** Ready once the database answers and the state left by the last run has been picked up. */
  router.get('/health/ready', (_req, res) => {
    const ready = isReady() && domain.health.databaseReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'down' });
  });

  return router;
}
