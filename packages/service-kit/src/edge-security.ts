import cors from 'cors';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { ErrorBody } from '@isekai/contracts';

const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export interface CorsOptions {
  production: boolean;
  /** Exact origins; in production the only ones allowed. */
  allowedOrigins: string[];
}

/** In development any localhost origin may call; in production only the configured ones. */
export function corsPolicy({ production, allowedOrigins }: CorsOptions): RequestHandler {
  return cors({
    origin: (origin, callback) => {
      if (!origin) return callback(null, true);
      const allowed = allowedOrigins.includes(origin) || (!production && LOCALHOST_ORIGIN.test(origin));
      callback(null, allowed);
    },
    exposedHeaders: ['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after'],
  });
}

/** API responses are JSON only: the strictest helmet defaults fit them, and no cache may keep them. */
export function apiHeaders(): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  });
  return (req, res, next) => {
    res.setHeader('cache-control', 'no-store');
    headers(req, res, next);
  };
}

export interface RateLimitOptions {
  windowMs: number;
  limit: number;
  /**
   * Count only requests refused for a missing or wrong service token: slows token guessing, while the
   * backend's own calls (whose 404s and 400s are normal answers) are never throttled.
   */
  onlyUnauthorized?: boolean;
  what?: string;
  /** Names the limiter in metrics and security events (`writes`, `generations`, `auth-failures`). */
  name?: string;
}

export function rateLimiter({
  windowMs,
  limit,
  onlyUnauthorized = false,
  what = 'requests',
  name = 'requests',
}: RateLimitOptions): RequestHandler {
  const minutes = Math.max(1, Math.round(windowMs / 60000));
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    ...(onlyUnauthorized
      ? { skipSuccessfulRequests: true, requestWasSuccessful: (_req, res) => res.statusCode !== 401 }
      : {}),
    handler: (_req, res) => {
      res.locals.errorCode = 'rate-limited';
      res.locals.limiter = name;
      res.status(429).json({
        error: {
          code: 'rate-limited',
          message: `Too many ${what}: at most ${limit} every ${minutes} minute(s). Wait and try again (see the retry-after header).`,
        },
      } satisfies ErrorBody);
    },
  });
}

/** Reads are never limited: only methods that change something count. */
export function onlyWrites(limiter: RequestHandler): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') {
      next();
      return;
    }
    limiter(req, res, next);
  };
}
