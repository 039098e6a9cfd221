import type { RequestHandler, RequestParamHandler, Response } from 'express';
import { APP_ID_PATTERN, API_KEY_PREFIX } from '@isekai/contracts';
import { AppError, notFound } from '@isekai/service-kit';
import type { ApiKeyRecord } from '../data/keys.repository.js';
import type { Domain } from '../domain/domain.js';

/** The key of the request being served, or null when keys are off. Set by `apiKeyAuth`. */
export function callerKey(res: Response): ApiKeyRecord | null {
  return (res.locals.apiKey as ApiKeyRecord | undefined) ?? null;
}

/** The secret in `Authorization: Bearer <key>`, or null when none is sent. */
export function bearerSecret(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? (match[1] as string) : null;
}

export const keyRequired = (): AppError =>
  new AppError({
    code: 'api-key-required',
    status: 401,
    message: `This Isekai needs an API key: send it as "Authorization: Bearer ${API_KEY_PREFIX}…". An administrator creates one with npm run keys -- create <name>.`,
  });

export const keyInvalid = (): AppError =>
  new AppError({
    code: 'api-key-invalid',
    status: 401,
    message: 'This API key is not known or was revoked; check it, or ask an administrator for a new one.',
  });

/**
 * Mounted with API_KEYS=on: every call below needs a live key, and the key is remembered for the request.
 * Only a hash of the secret is looked up, so nothing secret is compared in a way that leaks timing.
 */
export function apiKeyAuth(domain: Domain): RequestHandler {
  return (req, res, next) => {
    const secret = bearerSecret(req.headers.authorization);
    if (secret === null) throw keyRequired();
    const key = domain.apiKeys.authenticate(secret);
    if (!key) throw keyInvalid();
    res.locals.apiKey = key;
    next();
  };
}

/**
 * Another key's app answers exactly like an app that does not exist (404), so ids cannot be probed. Runs
 * for every route with `:id`; a malformed id is left to the route's validation (400).
 */
export function ownAppsOnly(domain: Domain): RequestParamHandler {
  return (_req, res, next, id: string) => {
    const key = callerKey(res);
    if (!key || !APP_ID_PATTERN.test(id)) {
      next();
      return;
    }
    const owner = domain.store.apps.ownerOf(id);
    next(owner && owner.ownerKeyId !== key.id ? notFound('app', id) : undefined);
  };
}
