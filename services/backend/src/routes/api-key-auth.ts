import type { RequestHandler, RequestParamHandler, Response } from 'express';
import { API_KEY_PREFIX, APP_ID_PATTERN } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import { ANONYMOUS, type Caller } from '../domain/access.js';
import type { Domain } from '../domain/domain.js';

/** Who makes the request being served; anonymous when keys are off. Set by `apiKeyAuth`. */
export function callerOf(res: Response): Caller {
  return (res.locals.caller as Caller | undefined) ?? ANONYMOUS;
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
    const caller = domain.access.authenticate(secret);
    if (!caller) throw keyInvalid();
    res.locals.caller = caller;
    next();
  };
}

/** Runs for every route with `:id`: another key's app is a 404 there (the domain decides, `requireVisible`). */
export function ownAppsOnly(domain: Domain): RequestParamHandler {
  return (_req, res, next, id: string) => {
    if (APP_ID_PATTERN.test(id)) res.locals.appId = id; // for the audit trail
    try {
      domain.access.requireVisible(callerOf(res), id);
    } catch (error) {
      next(error);
      return;
    }
    next();
  };
}
