import { Router } from 'express';
import type { SessionResponse } from '@isekai/contracts';
import type { Domain } from '../domain/domain.js';
import { bearerSecret, keyInvalid } from './api-key-auth.js';

/**
 * `GET /api/session` never needs a key: it says whether this Isekai wants one and, when a key is sent,
 * which (401 for a wrong one), so a client can check a key before using it.
 */
export function sessionRoutes(domain: Domain, keysRequired: boolean): Router {
  const router = Router();
  router.get('/session', (req, res) => {
    const secret = bearerSecret(req.headers.authorization);
    const caller = secret === null ? null : domain.access.authenticate(secret);
    if (secret !== null && caller === null) throw keyInvalid();
    const key = caller?.key ? domain.apiKeys.describe(caller.key) : null;
    res.json({ keysRequired, key } satisfies SessionResponse);
  });
  return router;
}
