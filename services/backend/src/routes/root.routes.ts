import { Router } from 'express';
import helmet from 'helmet';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Isekai</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Isekai</h1>
<p>The platform is running. The web UI is not built yet; drive Isekai through its REST API:</p>
<pre>curl -X POST 'http://127.0.0.1:8000/api/apps?wait=true' \\
  -H 'content-type: application/json' \\
  -d '{"prompt":"a recipe manager with ingredients, cooking time and a 1-5 star rating"}'</pre>
<p>See <a href="/api">/api</a> for the calls and <a href="/health">/health</a> for the state of each service.</p>
</body></html>`;

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
    'POST /api/apps/:id/versions/:n/restore (?wait=true)',
    'POST /api/apps/:id/start (?wait=true)',
    'POST /api/apps/:id/stop',
    'DELETE /api/apps/:id',
    'GET /api/apps/:id/events (SSE with Accept: text/event-stream)',
    'GET /api/apps/:id/logs (?tail, ?follow=true or SSE)',
    'GET /api/apps/:id/archive (?format=zip|tar.gz)',
    'GET /health, /health/live, /health/ready',
  ],
};

export function rootRoutes(): Router {
  const router = Router();
  router.get('/', helmet(), (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/api', (_req, res) => {
    res.json(API_INDEX);
  });
  return router;
}
