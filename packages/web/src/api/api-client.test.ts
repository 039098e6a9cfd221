import { afterEach, describe, expect, it, vi } from 'vitest';
import { anApp } from '../test-support/builders.js';
import { aRefusal, jsonResponse, stubApi } from '../test-support/fake-api.js';
import { api } from './api-client.js';
import { onKeyRefused, readApiKey, storeApiKey } from './api-key.js';

const KEY = 'isk_0123456789abcdefghijklmnopqrstuv';
const OTHER_KEY = 'isk_vutsrqponmlkjihgfedcba9876543210';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('api', () => {
  describe('any call', () => {
    it('carries the stored key as a bearer token', async () => {
      storeApiKey(KEY);
      const { requests } = stubApi({
        'GET /api/apps': () => jsonResponse(200, { apps: [], nextCursor: null }),
        'POST /api/apps': () => jsonResponse(202, anApp()),
      });

      await api.listApps();
      await api.createApp('a todo list');

      expect(requests.map((r) => r.headers.get('authorization'))).toEqual([`Bearer ${KEY}`, `Bearer ${KEY}`]);
    });

    it('carries no Authorization header when no key is stored', async () => {
      const { requests } = stubApi({
        'GET /api/apps': () => jsonResponse(200, { apps: [], nextCursor: null }),
      });

      await api.listApps();

      expect(requests[0]!.headers.has('authorization')).toBe(false);
    });

    it('reports a refused stored key, and forgets it, before throwing', async () => {
      storeApiKey(KEY);
      stubApi({ 'GET /api/apps': () => aRefusal('api-key-invalid', 'This API key was revoked.') });
      const listener = vi.fn();
      const stop = onKeyRefused(listener);

      await expect(api.listApps()).rejects.toMatchObject({ status: 401, code: 'api-key-invalid' });
      stop();

      expect(listener).toHaveBeenCalledWith(
        expect.objectContaining({ message: 'This API key was revoked.' }),
      );
      expect(readApiKey()).toBeNull();
    });
  });

  describe('session', () => {
    it('tries the key it is given instead of the stored one, and keeps a refusal of it to itself', async () => {
      storeApiKey(KEY);
      const { requests } = stubApi({ 'GET /api/session': () => aRefusal('api-key-invalid') });
      const listener = vi.fn();
      const stop = onKeyRefused(listener);

      await expect(api.session(OTHER_KEY)).rejects.toMatchObject({ code: 'api-key-invalid' });
      stop();

      expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${OTHER_KEY}`);
      expect(listener).not.toHaveBeenCalled();
      expect(readApiKey()).toBe(KEY);
    });
  });

  describe('getArchive', () => {
    it('fetches the archive with the key and throws the API error for a missing app', async () => {
      storeApiKey(KEY);
      const { requests } = stubApi({});

      await expect(api.getArchive('abcdefabcdef')).rejects.toMatchObject({ status: 404 });

      expect(requests[0]).toMatchObject({ path: '/api/apps/abcdefabcdef/archive' });
      expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    });
  });
});
