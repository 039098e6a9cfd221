import type { Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; from a fast read (a few ms) to a slow generation or deploy. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export interface ServiceMetrics {
  registry: Registry;
  /** Requests by method, route pattern and status: its `_count` is the request count. */
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  rateLimitHits: Counter<'limiter'>;
  authFailures: Counter<'reason'>;
  counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L>;
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L>;
  histogram<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    buckets?: number[],
  ): Histogram<L>;
}

/**
 * One registry per service (its own, not prom-client's global one, so tests can build apps side by side):
 * Node's process metrics, HTTP latency by route, and the counters every service shares.
 */
export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name, help, labelNames, registers: [registry] });
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Gauge<L>({ name, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    buckets = LATENCY_BUCKETS,
  ) => new Histogram<L>({ name, help, labelNames, buckets, registers: [registry] });
  return {
    registry,
    httpDuration: histogram(
      'isekai_http_request_duration_seconds',
      'HTTP requests by method, route pattern and status, and how long they took',
      ['method', 'route', 'status'],
    ),
    rateLimitHits: counter('isekai_rate_limit_hits_total', 'Requests refused with 429 by a rate limit', [
      'limiter',
    ]),
    authFailures: counter(
      'isekai_auth_failures_total',
      'Requests refused for a missing or wrong key or token',
      ['reason'],
    ),
    counter,
    gauge,
    histogram,
  };
}

/**
 * Marks the requests below a mount point, so their route pattern keeps it: an error leaves the router
 * before the answer is sent, and Express has reset `req.baseUrl` by then.
 */
export function mountedAt(path: string): RequestHandler {
  return (_req, res, next) => {
    res.locals.mount = path;
    next();
  };
}

/** The pattern of the route that answered (`/api/apps/:id`), or `unmatched`. */
export function routePattern(req: Request, res: Response): string {
  const route = req.route as { path?: unknown } | undefined;
  if (typeof route?.path !== 'string') return 'unmatched';
  return ((res.locals.mount as string | undefined) ?? req.baseUrl) + route.path;
}

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Times every request, counts refusals (rate limits, authentication), and labels it by the route pattern that answered it (`/api/apps/:id`), never the raw
 * path: ids and probes would otherwise make a new series each. Unrouted requests share one label.
 */
export function httpMetrics(metrics: ServiceMetrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.once('close', () => {
      end({
        method: KNOWN_METHODS.has(req.method) ? req.method : 'OTHER',
        route: routePattern(req, res),
        status: String(res.statusCode),
      });
      // Set by the rate limiter and the error middleware: one place counts what they refused.
      const code = res.locals.errorCode as string | undefined;
      if (code === 'rate-limited') metrics.rateLimitHits.inc({ limiter: String(res.locals.limiter) });
      else if (res.statusCode === 401) metrics.authFailures.inc({ reason: code ?? 'unauthorized' });
    });
    next();
  };
}

/** `GET /metrics` in Prometheus text format; whoever mounts it decides who may read it. */
export function metricsHandler(metrics: ServiceMetrics): RequestHandler {
  return (_req, res, next) => {
    metrics.registry
      .metrics()
      .then((text) => {
        res.setHeader('content-type', metrics.registry.contentType);
        res.setHeader('cache-control', 'no-store');
        res.end(text);
      })
      .catch(next);
  };
}
