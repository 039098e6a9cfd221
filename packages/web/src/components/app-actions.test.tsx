import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeApiKey } from '../api/api-key.js';
import { anApp } from '../test-support/builders.js';
import { jsonResponse, stubApi } from '../test-support/fake-api.js';
import { AppActions } from './app-actions.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const noop = () => undefined;

describe(AppActions.name, () => {
  it('offers to cancel a build while the first version is planned, and asks the API to', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(new Response(JSON.stringify(anApp({ status: 'failed' })), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<AppActions app={anApp({ status: 'planning', version: 0 })} onDeleted={noop} />);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel build' }));

    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/apps/abcdefabcdef/cancel',
        expect.objectContaining({ method: 'POST' }),
      ),
    );
  });

  it('says "Cancel change" while a change is planned, and offers no cancel otherwise', () => {
    render(<AppActions app={anApp({ status: 'planning', version: 2 })} onDeleted={noop} />);
    expect(screen.getByRole('button', { name: 'Cancel change' })).toBeTruthy();
    cleanup();

    render(<AppActions app={anApp({ status: 'running', version: 2 })} onDeleted={noop} />);
    expect(screen.queryByRole('button', { name: /Cancel/ })).toBeNull();
  });

  it('shows why a cancel was refused', async () => {
    const refusal = {
      error: {
        code: 'nothing-to-cancel',
        message: 'The app is not being planned; there is nothing to cancel.',
      },
    };
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(refusal), { status: 409 })));
    render(<AppActions app={anApp({ status: 'planning', version: 1 })} onDeleted={noop} />);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel change' }));

    expect(await screen.findByText(/nothing to cancel/)).toBeTruthy();
  });

  it('downloads through the API with the key, and shows why a download failed', async () => {
    storeApiKey('isk_0123456789abcdefghijklmnopqrstuv');
    const { requests } = stubApi({
      'GET /api/apps/abcdefabcdef/archive': () =>
        jsonResponse(404, { error: { code: 'app-not-found', message: 'There is no app abcdefabcdef.' } }),
    });
    render(<AppActions app={anApp({ status: 'running', version: 1 })} onDeleted={noop} />);

    fireEvent.click(screen.getByRole('button', { name: 'Download' }));

    expect((await screen.findByRole('alert')).textContent).toContain('There is no app abcdefabcdef.');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer isk_0123456789abcdefghijklmnopqrstuv');
  });

  it('offers no download before the first version is built', () => {
    render(<AppActions app={anApp({ status: 'planning', version: 0 })} onDeleted={noop} />);

    expect(screen.getByRole('button', { name: 'Download' }).hasAttribute('disabled')).toBe(true);
  });
});
