import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type RequestHandler } from 'express';
import helmet from 'helmet';

export interface WebUiOptions {
  /** The web UI's build output (packages/web/dist). */
  webDir: string;
  /** Host name of app previews (PUBLIC_APP_HOST); they are framed from their own ports. */
  publicAppHost: string;
}

/** Where the UI may frame previews from: each app answers on its own port, which is never the UI's origin. */
export function previewOrigins(publicAppHost: string): string[] {
  return [...new Set(['127.0.0.1', 'localhost', publicAppHost])].map(
    (host) => `http://${host.includes(':') ? `[${host}]` : host}:*`,
  );
}

/**
 * A strict policy for the UI's own pages: only its own scripts and styles (no inline code), API calls to this
 * origin only, app previews framed from their own ports, and the UI itself never framed by anyone.
 */
export function uiHeaders(publicAppHost: string): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      // helmet's defaults include upgrade-insecure-requests, which would turn http previews into failing https ones.
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameSrc: previewOrigins(publicAppHost),
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
}

function isUiPath(path: string): boolean {
  return path === '/' || path === '/index.html' || path === '/favicon.svg' || path.startsWith('/assets/');
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Isekai: web UI not built</title></head>
<body>
<h1>Isekai is running, but its web UI is not built</h1>
<p>Build it with <code>npm run build</code> (or run <code>npm start</code>, which builds everything), then reload this page.</p>
<p>Meanwhile the REST API works: see <a href="/api">/api</a> for the calls and <a href="/health">/health</a> for the state of each service.</p>
</body></html>`;

/** Serves the built single-page UI; hashed assets are cached for good, the page itself is always revalidated. */
export function webUiRoutes({ webDir, publicAppHost }: WebUiOptions): Router {
  const router = Router();
  const headers = uiHeaders(publicAppHost);
  const indexFile = join(webDir, 'index.html');
  router.use((req, res, next) => (isUiPath(req.path) ? headers(req, res, next) : next()));
  router.use(
    '/assets',
    express.static(join(webDir, 'assets'), { index: false, immutable: true, maxAge: '365d' }),
  );
  router.get(['/', '/index.html'], (_req, res) => {
    // Checked on each request so a build made while the backend runs is picked up without a restart.
    if (!existsSync(indexFile)) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
  router.get('/favicon.svg', (_req, res, next) => {
    res.sendFile(join(webDir, 'favicon.svg'), (error) => error && next());
  });
  return router;
}
