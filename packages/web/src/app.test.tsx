import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readApiKey, storeApiKey } from './api/api-key.js';
import { App } from './app.js';
import { anApp } from './test-support/builders.js';
import { aRefusal, jsonResponse, stubApi, type SeenRequest } from './test-support/fake-api.js';

const KEY = 'isk_0123456789abcdefghijklmnopqrstuv';
const KEY_INFO = { id: 'key1', name: 'ada', maxApps: 5, apps: 1 };

const bearer = (request: SeenRequest) =>
  request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null;

/** The API as `API_KEYS=on` makes it: KEY is valid until `revoked`, other keys never are. */
function aKeyedBackend() {
  const state = { revoked: false };
  const refusalFor = (request: SeenRequest) => {
    const key = bearer(request);
    if (key === null) return aRefusal('api-key-required', 'This Isekai needs an API key.');
    return key !== KEY || state.revoked ? aRefusal('api-key-invalid', 'This API key is not valid.') : null;
  };
  const { requests } = stubApi({
    'GET /health': () => jsonResponse(200, { status: 'ok', services: {}, timestamp: '' }),
    'GET /api/session': (request) =>
      bearer(request) === null
        ? jsonResponse(200, { keysRequired: true, key: null })
        : (refusalFor(request) ?? jsonResponse(200, { keysRequired: true, key: KEY_INFO })),
    'GET /api/apps': (request) =>
      refusalFor(request) ??
      jsonResponse(200, { apps: [anApp({ name: 'Recipe Manager' })], nextCursor: null }),
  });
  return { requests, state };
}

beforeEach(() => {
  window.location.hash = '#/';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** An Isekai that needs no key, with one app. */
const NO_KEYS_WITH_ONE_APP = {
  'GET /health': () => jsonResponse(200, { status: 'ok', services: {}, timestamp: '' }),
  'GET /api/session': () => jsonResponse(200, { keysRequired: false, key: null }),
  'GET /api/apps': () => jsonResponse(200, { apps: [anApp({ name: 'Recipe Manager' })], nextCursor: null }),
};

describe(App.name, () => {
  describe('when this Isekai needs no key', () => {
    it('opens on the workspace and sends no Authorization header', async () => {
      const { requests } = stubApi(NO_KEYS_WITH_ONE_APP);
      render(<App />);

      await screen.findByText('Recipe Manager');

      expect(screen.getByRole('heading', { name: 'What should your app do?' })).toBeTruthy();
      expect(screen.queryByLabelText('API key')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
      expect(requests.filter((r) => r.headers.has('authorization'))).toEqual([]);
    });

    it('forgets a key left from when it needed one, and sends it no more', async () => {
      storeApiKey(KEY);
      const { requests } = stubApi(NO_KEYS_WITH_ONE_APP);
      render(<App />);

      await screen.findByText('Recipe Manager');

      expect(readApiKey()).toBeNull();
      expect(requests.filter((r) => r.path === '/api/apps').map(bearer)).toEqual([null]);
    });

    it('opens on the workspace when the session cannot be read, as before keys existed', async () => {
      stubApi({
        'GET /health': () => jsonResponse(200, { status: 'ok', services: {}, timestamp: '' }),
        'GET /api/apps': () => jsonResponse(200, { apps: [], nextCursor: null }),
      });
      render(<App />);

      expect(await screen.findByRole('heading', { name: 'What should your app do?' })).toBeTruthy();
    });
  });

  describe('when this Isekai needs a key', () => {
    it('asks for one, then shows the key’s apps and who is signed in', async () => {
      const { requests } = aKeyedBackend();
      render(<App />);

      fireEvent.change(await screen.findByLabelText('API key'), { target: { value: KEY } });
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

      await screen.findByText('Recipe Manager');
      expect(screen.getByText('ada')).toBeTruthy();
      expect(screen.getByText('1 of 5 apps')).toBeTruthy();
      expect(requests.filter((r) => r.path === '/api/apps').map(bearer)).toEqual([KEY]);
    });

    it('opens straight on the workspace with a stored key it accepts', async () => {
      storeApiKey(KEY);
      aKeyedBackend();
      render(<App />);

      await screen.findByText('Recipe Manager');
      expect(screen.queryByLabelText('API key')).toBeNull();
    });

    it('asks again after signing out, and forgets the key', async () => {
      storeApiKey(KEY);
      aKeyedBackend();
      render(<App />);

      fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

      expect(await screen.findByLabelText('API key')).toBeTruthy();
      expect(screen.queryByText('Recipe Manager')).toBeNull();
      expect(readApiKey()).toBeNull();
    });

    it('asks again, saying why, when a stored key is refused', async () => {
      storeApiKey(KEY);
      aKeyedBackend().state.revoked = true;
      render(<App />);

      await screen.findByLabelText('API key');
      expect(screen.getByRole('alert').textContent).toContain('This API key is not valid.');
      expect(readApiKey()).toBeNull();
    });

    it('asks again when a call in the workspace is refused', async () => {
      storeApiKey(KEY);
      // Accepted by the session check, revoked before the list is read.
      stubApi({
        'GET /health': () => jsonResponse(200, { status: 'ok', services: {}, timestamp: '' }),
        'GET /api/session': () => jsonResponse(200, { keysRequired: true, key: KEY_INFO }),
        'GET /api/apps': () => aRefusal('api-key-invalid', 'This API key was revoked.'),
      });
      render(<App />);

      await screen.findByLabelText('API key');
      expect(screen.getByRole('alert').textContent).toContain('This API key was revoked.');
      expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
      expect(readApiKey()).toBeNull();
    });
  });
});
