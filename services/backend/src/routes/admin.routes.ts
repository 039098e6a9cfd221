import { Router } from 'express';
import {
  adminEventsQuerySchema,
  keyCreateSchema,
  keyIdParamSchema,
  type AdminEventsQuery,
  type ApiKeyCreateRequest,
  type ApiKeyCreateResponse,
  type ApiKeyListResponse,
  type AuditEventListResponse,
  type IdParams,
  type NoParams,
} from '@isekai/contracts';
import { notFound, validate } from '@isekai/service-kit';
import type { Domain } from '../domain/domain.js';
import { callerOf } from './api-key-auth.js';

const PAGE = 100;

/** `/api/keys` and `/api/admin/events`: administrators only (everyone on a machine without keys). */
export function adminRoutes(domain: Domain): Router {
  const router = Router();
  const { access, apiKeys, audit } = domain;
  router.use(['/keys', '/admin'], (_req, res, next) => {
    access.requireAdmin(callerOf(res));
    next();
  });

  router.get('/keys', (_req, res) => {
    res.json({ keys: apiKeys.list().map((key) => apiKeys.listItem(key)) } satisfies ApiKeyListResponse);
  });

  router.post<NoParams, unknown, ApiKeyCreateRequest>('/keys', validate(keyCreateSchema), (req, res) => {
    const { name, role, tier, maxApps } = req.body;
    const { key, secret } = apiKeys.create({ name, role, tier, maxApps });
    res.locals.auditContext = { keyId: key.id, role: key.role, tier: apiKeys.listItem(key).tier };
    res.status(201).json({ key: apiKeys.listItem(key), secret } satisfies ApiKeyCreateResponse);
  });

  router.delete<IdParams>('/keys/:id', validate(keyIdParamSchema), (req, res) => {
    const id = req.params.id;
    if (!apiKeys.revoke(id)) throw notFound('key', id);
    res.locals.auditContext = { keyId: id };
    res.status(204).end();
  });

  router.get<NoParams, unknown, unknown, AdminEventsQuery>(
    '/admin/events',
    validate(adminEventsQuerySchema),
    (req, res) => {
      const query = req.query;
      const limit = query.limit === undefined ? PAGE : Number(query.limit);
      const events = audit.list({
        type: query.type,
        minSeverity: query.minSeverity,
        // Stored times are toISOString(); the same form compares correctly as text.
        since: query.since === undefined ? undefined : new Date(query.since).toISOString(),
        beforeId: query.cursor === undefined ? undefined : Number(query.cursor),
        limit,
      });
      const last = events.at(-1);
      res.json({
        events,
        nextCursor: events.length === limit && last ? String(last.id) : null,
      } satisfies AuditEventListResponse);
    },
  );

  return router;
}
