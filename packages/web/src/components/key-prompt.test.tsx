import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { onKeyRefused, readApiKey } from '../api/api-key.js';
import { aRefusal, jsonResponse, stubApi } from '../test-support/fake-api.js';
import { KeyPrompt } from './key-prompt.js';

const KEY = 'isk_0123456789abcdefghijklmnopqrstuv';
const KEY_INFO = { id: 'key1', name: 'ada', maxApps: 5, apps: 2 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

function signInWith(key: string) {
  fireEvent.change(screen.getByLabelText('API key'), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe(KeyPrompt.name, () => {
  it('puts the focus on a password field labelled "API key"', () => {
    render(<KeyPrompt refusal={null} onSignedIn={vi.fn()} />);

    const input = screen.getByLabelText('API key');
    expect(input.getAttribute('type')).toBe('password');
    expect(document.activeElement).toBe(input);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks the key with the server, keeps it and signs in when it is accepted', async () => {
    const { requests } = stubApi({
      'GET /api/session': () => jsonResponse(200, { keysRequired: true, key: KEY_INFO }),
    });
    const signedIn = vi.fn();
    render(<KeyPrompt refusal={null} onSignedIn={signedIn} />);

    signInWith(` ${KEY} `);

    await vi.waitFor(() => expect(signedIn).toHaveBeenCalledWith(KEY_INFO));
    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(readApiKey()).toBe(KEY);
  });

  it('shows the server’s words for a refused key, keeps nothing and stays', async () => {
    stubApi({ 'GET /api/session': () => aRefusal('api-key-invalid', 'This API key is not valid.') });
    const signedIn = vi.fn();
    const refused = vi.fn();
    const stop = onKeyRefused(refused);
    render(<KeyPrompt refusal={null} onSignedIn={signedIn} />);

    signInWith('isk_wrong');

    expect((await screen.findByRole('alert')).textContent).toContain('This API key is not valid.');
    stop();
    expect(signedIn).not.toHaveBeenCalled();
    expect(refused).not.toHaveBeenCalled();
    expect(readApiKey()).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('says why it is shown when a call was refused', () => {
    const refusal = new ApiError({
      code: 'api-key-invalid',
      status: 401,
      message: 'This API key was revoked.',
    });

    render(<KeyPrompt refusal={refusal} onSignedIn={vi.fn()} />);

    expect(screen.getByRole('alert').textContent).toContain('This API key was revoked.');
  });

  it('tells how keys are made', () => {
    render(<KeyPrompt refusal={null} onSignedIn={vi.fn()} />);

    expect(screen.getByText(/npm run keys -- create <name>/)).toBeTruthy();
  });
});
