import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';

describe('the backend serving the web UI', () => {
  let platform: Platform;
  let app: AppResponse;

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: appPorts(10) });
    app = (
      await platform.api('/api/apps?wait=true', {
        method: 'POST',
        json: { prompt: 'a recipe manager with ingredients, cooking time and a 1-5 star rating' },
      })
    ).body;
    await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
      method: 'POST',
      json: { prompt: 'remove the rating' },
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  describe('GET /', () => {
    it('serves the built UI with its own Content-Security-Policy', async () => {
      const response = await fetch(`${platform.backend.url}/`);
      const html = await response.text();

      expect(response.status).toBe(200);
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script: the policy would block it
      expect(response.headers.get('content-security-policy')).toContain('frame-src http://127.0.0.1:*');
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect((await fetch(`${platform.backend.url}${script}`)).status).toBe(200);
    });

    it('keeps the API’s own strict policy on /api', async () => {
      const { status, headers } = await platform.api('/api');

      expect(status).toBe(200);
      expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    });
  });

  describe('GET /api/apps/:id/versions/:n/files', () => {
    it('returns the files of an old version', async () => {
      const { status, body } = await platform.api(`/api/apps/${app.id}/versions/1/files`);

      expect(status).toBe(200);
      expect(body.version).toBe(1);
      expect(Object.keys(body.files)).toContain('manifest.json');
    });

    it('differs from the current version after a change', async () => {
      const [v1, v2] = await Promise.all(
        [1, 2].map(async (n) => (await platform.api(`/api/apps/${app.id}/versions/${n}/files`)).body),
      );

      expect(JSON.stringify(v1.files)).toMatch(/rating/i);
      expect(JSON.stringify(v2.files)).not.toEqual(JSON.stringify(v1.files));
    });

    it('answers 404 for a version that does not exist', async () => {
      const { status, body } = await platform.api(`/api/apps/${app.id}/versions/99/files`);

      expect(status).toBe(404);
      expect(body.error.code).toBe('version-not-found');
    });

    it('answers 400 for a version that is not a number', async () => {
      const { status, body } = await platform.api(`/api/apps/${app.id}/versions/first/files`);

      expect(status).toBe(400);
      expect(body.error.message).toContain('version must be a whole number');
    });

    it('answers 404 for an unknown app', async () => {
      const { status } = await platform.api('/api/apps/zzzzzzzzzzzz/versions/1/files');

      expect(status).toBe(404);
    });
  });
});
