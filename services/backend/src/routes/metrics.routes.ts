import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { metricsHandler, type ServiceMetrics } from '@isekai/service-kit';
import type { Domain } from '../domain/domain.js';
import { bearerSecret, keyInvalid, keyRequired } from './api-key-auth.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics`: open on a machine without keys; with API_KEYS=on it needs the scrape token
 * (METRICS_TOKEN, compared in constant time) or an administrator's key.
 */
export function metricsRoutes(
  metrics: ServiceMetrics,
  domain: Domain,
  { keysRequired, token }: { keysRequired: boolean; token: string | undefined },
): Router {
  const router = Router();
  const expected = token === undefined ? null : digest(token);
  router.get(
    '/metrics',
    (req, res, next) => {
      if (!keysRequired) return next();
      const secret = bearerSecret(req.headers.authorization);
      if (secret === null) throw keyRequired();
      if (expected && timingSafeEqual(digest(secret), expected)) return next();
      const caller = domain.access.authenticate(secret);
      if (!caller) throw keyInvalid();
      res.locals.caller = caller;
      domain.access.requireAdmin(caller);
      next();
    },
    metricsHandler(metrics),
  );
  return router;
}
