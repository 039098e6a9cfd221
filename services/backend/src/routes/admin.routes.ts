import { Router } from 'express';
import {
  adminEventsQuerySchema,
  keyCreateSchema,
  keyIdParamSchema,
  type ApiKeyCreateRequest,
  type ApiKeyCreateResponse,
  type ApiKeyListResponse,
  type AuditEventListResponse,
  type AuditEventType,
  type Severity,
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

  router.post('/keys', validate(keyCreateSchema), (req, res) => {
    const { name, role, tier, maxApps } = req.body as ApiKeyCreateRequest;
    const { key, secret } = apiKeys.create({ name, role, tier, maxApps });
    res.locals.auditContext = { keyId: key.id, role: key.role, tier: apiKeys.listItem(key).tier };
    res.status(201).json({ key: apiKeys.listItem(key), secret } satisfies ApiKeyCreateResponse);
  });

  router.delete('/keys/:id', validate(keyIdParamSchema), (req, res) => {
    const id = req.params.id as string;
    if (!apiKeys.revoke(id)) throw notFound('key', id);
    res.locals.auditContext = { keyId: id };
    res.status(204).end();
  });

  router.get('/admin/events', validate(adminEventsQuerySchema), (req, res) => {
    const query = req.query as {
      type?: string;
      minSeverity?: string;
      since?: string;
      limit?: string;
      cursor?: string;
    };
    const limit = query.limit === undefined ? PAGE : Number(query.limit);
    const events = audit.list({
      type: query.type as AuditEventType | undefined,
      minSeverity: query.minSeverity as Severity | undefined,
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
  });

  return router;
}
