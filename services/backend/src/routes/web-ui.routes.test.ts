import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewOrigins, webUiRoutes } from './web-ui.routes.js';

async function serve(webDir: string): Promise<{ url: string; server: Server }> {
  const app = express().use(webUiRoutes({ webDir, publicAppHost: 'apps.example.test' }));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server };
}

describe(webUiRoutes.name, () => {
  const dir = mkdtempSync(join(tmpdir(), 'isekai-web-'));
  let built: { url: string; server: Server };
  let missing: { url: string; server: Server };

  beforeAll(async () => {
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(
      join(dir, 'dist', 'index.html'),
      '<!doctype html><title>Isekai</title><script type="module" src="/assets/app-1.js"></script>',
    );
    writeFileSync(join(dir, 'dist', 'assets', 'app-1.js'), 'console.log(1)');
    built = await serve(join(dir, 'dist'));
    missing = await serve(join(dir, 'nothing-here'));
  });
  afterAll(() => {
    built.server.close();
    missing.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('GET /', () => {
    it('serves the built page under a strict Content-Security-Policy', async () => {
      const response = await fetch(`${built.url}/`);
      const csp = response.headers.get('content-security-policy') ?? '';

      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>Isekai</title>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain('frame-src http://127.0.0.1:* http://localhost:* http://apps.example.test:*');
      expect(csp).not.toContain('upgrade-insecure-requests');
    });

    it('explains how to build the UI when it is not built', async () => {
      const response = await fetch(`${missing.url}/`);

      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    });
  });

  describe('GET /assets/*', () => {
    it('serves hashed assets to be cached for good', async () => {
      const response = await fetch(`${built.url}/assets/app-1.js`);

      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toContain('immutable');
    });
  });

  describe('other paths', () => {
    it('leaves them to the routes after it, without the UI headers', async () => {
      const response = await fetch(`${built.url}/api/nothing`);

      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy') ?? '').not.toContain('frame-src');
    });
  });
});

describe(previewOrigins.name, () => {
  it('brackets an IPv6 host', () => {
    expect(previewOrigins('::1')).toContain('http://[::1]:*');
  });
});
