import type { RequestHandler, Response } from 'express';
import { routePattern } from '@isekai/service-kit';
import type { AuditEntry } from '../domain/audit.js';
import { actorOf } from '../domain/audit.js';
import type { Domain } from '../domain/domain.js';
import { callerOf } from './api-key-auth.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const VALIDATION_CODES = new Set([
  'invalid-request',
  'malformed-json',
  'unsupported-encoding',
  'payload-too-large',
]);

/** The field names a validation failure named (never their values, which a client chose). */
function fieldsOf(res: Response): string[] | undefined {
  const details = res.locals.errorDetails as unknown;
  if (!Array.isArray(details)) return undefined;
  return details.map((problem: { field?: unknown }) => String(problem.field)).slice(0, 20);
}

/** What one finished request means for the audit trail, or null for the many that mean nothing there. */
function entryFor(res: Response, route: string, method: string, actor: string): AuditEntry | null {
  const status = res.statusCode;
  const code = res.locals.errorCode as string | undefined;
  const appId = (res.locals.appId as string | undefined) ?? null;
  const base = { actor, appId, context: { method, route, status, ...(code ? { code } : {}) } };
  if (code === 'rate-limited') {
    const limiter = String(res.locals.limiter);
    return {
      ...base,
      type: 'rate-limit',
      severity: 'warning',
      message: `Rate limit hit: ${limiter}`,
      context: { ...base.context, limiter },
    };
  }
  if (status === 401)
    return {
      ...base,
      type: 'auth-failure',
      severity: 'warning',
      message: `Refused without a valid API key (${code ?? 'unauthorized'})`,
    };
  if (code === 'admin-only')
    return {
      ...base,
      type: 'auth-failure',
      severity: 'warning',
      message: 'Refused: only an administrator key may do this',
    };
  if (code?.endsWith('-quota-exceeded'))
    return { ...base, type: 'quota-exceeded', severity: 'info', message: `Quota reached: ${code}` };
  if (code && VALIDATION_CODES.has(code)) {
    const fields = fieldsOf(res);
    return {
      ...base,
      type: 'validation-failure',
      severity: 'info',
      message: `Malformed request refused (${code})`,
      context: { ...base.context, ...(fields ? { fields } : {}) },
    };
  }
  if (!READS.has(method) && status < 400 && route !== 'unmatched') {
    const extra = (res.locals.auditContext as Record<string, unknown> | undefined) ?? {};
    return {
      ...base,
      type: 'audit',
      severity: 'info',
      message: `${method} ${route}`,
      context: { ...base.context, ...extra },
    };
  }
  return null;
}

/**
 * Records, once each request is answered, the state changes made through the API (who, what, when) and
 * the security events the answer shows: authentication failures, rate limits, quotas, malformed requests.
 * Reads that succeed cost one listener and a couple of comparisons.
 */
export function securityEvents(domain: Domain, keysRequired: boolean): RequestHandler {
  return (req, res, next) => {
    res.once('close', () => {
      if (READS.has(req.method) && res.statusCode < 400) return;
      const route = routePattern(req, res);
      const actor = actorOf(callerOf(res), keysRequired);
      const entry = entryFor(res, route, req.method, actor);
      if (!entry) return;
      entry.context = { ...entry.context, ip: req.ip, requestId: req.id };
      try {
        domain.audit.record(entry);
      } catch {
        // The database is closing (a shutdown with requests still ending): the event cannot be kept.
      }
    });
    next();
  };
}
