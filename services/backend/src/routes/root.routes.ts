import { Router } from 'express';

const API_INDEX = {
  name: 'isekai',
  calls: [
    'POST /api/apps {prompt, name?} (?wait=true)',
    'GET /api/apps (?limit, ?cursor, ?status)',
    'GET /api/apps/:id',
    'POST /api/apps/:id/prompts {prompt} (?wait=true)',
    'GET /api/apps/:id/files',
    'PATCH /api/apps/:id/files {files: {path: content | null}} (?wait=true)',
    'GET /api/apps/:id/versions',
    'GET /api/apps/:id/versions/:n/files',
    'POST /api/apps/:id/versions/:n/restore (?wait=true)',
    'POST /api/apps/:id/start (?wait=true)',
    'POST /api/apps/:id/stop',
    'POST /api/apps/:id/cancel (?wait=true)',
    'DELETE /api/apps/:id',
    'GET /api/apps/:id/events (SSE with Accept: text/event-stream)',
    'GET /api/apps/:id/logs (?tail, ?follow=true or SSE)',
    'GET /api/apps/:id/archive (?format=zip|tar.gz)',
    'GET /api/session (whether an API key is needed, and which one was sent)',
    'GET /api/keys, POST /api/keys {name, role?, tier?, maxApps?}, DELETE /api/keys/:id (admin)',
    'GET /api/admin/events (?type, ?minSeverity, ?since, ?limit, ?cursor) (admin)',
    'GET /metrics (Prometheus; admin key or METRICS_TOKEN with keys on)',
    'GET /health, /health/live, /health/ready',
  ],
};

/** The API's index; the web UI at `/` is served by web-ui.routes.ts. */
export function rootRoutes(): Router {
  const router = Router();
  router.get('/api', (_req, res) => {
    res.json(API_INDEX);
  });
  return router;
}
