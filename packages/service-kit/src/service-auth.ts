import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from './app-error.js';

export function generateServiceToken(): string {
  return randomBytes(32).toString('base64url');
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Planner and sandbox answer only callers holding the shared token (`Authorization: Bearer <token>`). */
export function requireServiceToken(token: string): RequestHandler {
  const expected = digest(token);
  return (req, _res, next) => {
    const header = req.headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice(7) : '';
    // Comparing fixed-length digests keeps the check constant-time whatever the presented length.
    if (presented && timingSafeEqual(digest(presented), expected)) {
      next();
      return;
    }
    next(
      new AppError({
        code: 'unauthorized',
        status: 401,
        message: 'This is an internal Isekai service: calls need the service token (ISEKAI_SERVICE_TOKEN).',
      }),
    );
  };
}
