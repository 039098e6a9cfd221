import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pino, type Level, type Logger } from 'pino';
import type { RequestHandler } from 'express';
import { REQUEST_ID_HEADER } from '@isekai/contracts';
import { redactSecrets } from './redact.js';
import { runInRequest } from './request-context.js';

export type { Logger } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request id: the caller's when sane, else a new one; echoed in the `x-request-id` header. */
    id: string;
  }
}

/** pino's levels and `silent`: what LOG_LEVEL may be in every service. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(service: string, level: LogLevel = 'info'): Logger {
  return pino({ name: service, level, base: { service } });
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

const levelFor = (statusCode: number): Level =>
  statusCode >= 500 ? 'error' : statusCode >= 400 ? 'info' : 'debug';

/**
 * One id per request, taken from the caller when sane and passed on by every service client call made for
 * the request (request-context.ts), so one id follows a call across services; and one log line when the
 * request ends. Written here rather than with pino-http, which builds a child logger (and
 * serializes the request) for every request even when the line is never written: that cost a measured
 * fifth of the API's throughput (docs/benchmarks.md). Here the line is built only when its level is on.
 */
export function httpLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    const started = performance.now();
    // 'close' comes after the answer is sent and also when the client goes away first.
    res.once('close', () => {
      const level = res.writableFinished ? levelFor(res.statusCode) : 'info';
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          // A client may put a key in the URL by mistake; it never reaches the log.
          req: { id, method: req.method, url: redactSecrets(req.originalUrl) },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        res.writableFinished ? 'request completed' : 'request aborted by the client',
      );
    });
    runInRequest(id, next);
  };
}
