import type { Express } from 'express';
import {
  apiHeaders,
  corsPolicy,
  createBaseApp,
  finishApp,
  mountedAt,
  onlyWrites,
  rateLimiter,
  type Logger,
  type ServiceMetrics,
} from '@isekai/service-kit';
import type { BackendConfig } from './config.js';
import type { Domain } from './domain/domain.js';
import { adminRoutes } from './routes/admin.routes.js';
import { apiKeyAuth } from './routes/api-key-auth.js';
import { appsRoutes } from './routes/apps.routes.js';
import { filesRoutes } from './routes/files.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { metricsRoutes } from './routes/metrics.routes.js';
import { rootRoutes } from './routes/root.routes.js';
import { securityEvents } from './routes/security-events.js';
import { sessionRoutes } from './routes/session.routes.js';
import { streamsRoutes } from './routes/streams.routes.js';
import { webUiRoutes } from './routes/web-ui.routes.js';

export interface BackendAppDeps {
  config: BackendConfig;
  logger: Logger;
  domain: Domain;
  isReady: () => boolean;
  metrics?: ServiceMetrics;
}

/** The public HTTP face of Isekai. No side effects: listening and background work belong to server.ts. */
export function createApp({ config, logger, domain, isReady, metrics }: BackendAppDeps): Express {
  const { windowMs, writes, generations } = config.rateLimit;
  const keys = config.apiKeys;
  const app = createBaseApp({ logger, jsonLimit: '10mb', trustProxy: config.trustProxy, metrics });
  app.use(securityEvents(domain, keys.required));
  app.use(corsPolicy({ production: config.production, allowedOrigins: config.allowedOrigins }));
  app.use(healthRoutes(domain, isReady));
  if (metrics) {
    app.use(metricsRoutes(metrics, domain, { keysRequired: keys.required, token: config.metricsToken }));
  }
  app.use(
    '/api',
    mountedAt('/api'),
    apiHeaders(),
    onlyWrites(rateLimiter({ windowMs, limit: writes, what: 'changes', name: 'writes' })),
  );
  if (keys.required) {
    // Guessing keys: only answers of 401 count, per address.
    app.use(
      '/api',
      rateLimiter({
        windowMs,
        limit: keys.failureLimit,
        onlyUnauthorized: true,
        what: 'requests with a missing or wrong API key',
        name: 'auth-failures',
      }),
    );
  }
  app.use('/api', sessionRoutes(domain, keys.required));
  if (keys.required) app.use('/api', apiKeyAuth(domain));
  app.use(
    '/api',
    appsRoutes(
      domain,
      rateLimiter({ windowMs, limit: generations, what: 'generation requests', name: 'generations' }),
    ),
  );
  app.use('/api', adminRoutes(domain));
  app.use('/api', filesRoutes(domain));
  app.use('/api', streamsRoutes(domain));
  app.use(rootRoutes());
  app.use(webUiRoutes({ webDir: config.webDir, publicAppHost: config.publicAppHost }));
  return finishApp(app, logger);
}
