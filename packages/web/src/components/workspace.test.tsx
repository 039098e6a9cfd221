import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '@isekai/contracts';
import { anApp, anEvent } from '../test-support/builders.js';
import { jsonResponse, stubApi } from '../test-support/fake-api.js';
import { Workspace } from './workspace.js';

const PROMPT = 'asdfgh qwerty';
const SUGGESTIONS = ['a reading list with title and author', 'a habit tracker'];
const APP = anApp({ id: 'rejectedapp1', name: PROMPT, prompt: PROMPT, status: 'planning' });

/** Server-sent events as the backend writes them, for the event-stream client to read from the stubbed fetch. */
function eventStream(events: AppEvent[]): Response {
  const body = events.map((e) => `id: ${e.id}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join('');
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

/** The backend's answer to a prompt it cannot make sense of, without wait: a `rejected` event, then the app is gone. */
function aRejectingBackend() {
  const events = [
    anEvent('created', { appId: APP.id, data: { prompt: PROMPT } }),
    anEvent('planning', { appId: APP.id }),
    anEvent('rejected', {
      appId: APP.id,
      message: 'Isekai could not tell what app “asdfgh qwerty” is.',
      data: { code: 'prompt-not-understood', suggestions: SUGGESTIONS },
    }),
  ];
  stubApi({
    // A list read just before the removal still has the app: it must not come back into the sidebar.
    'GET /api/apps': () => jsonResponse(200, { apps: [APP], nextCursor: null }),
    'POST /api/apps': () => jsonResponse(202, APP),
    'GET /api/apps/rejectedapp1': () =>
      jsonResponse(404, { error: { code: 'app-not-found', message: 'No such app.' } }),
    'GET /api/apps/rejectedapp1/events': () => eventStream(events),
  });
}

beforeEach(() => {
  window.location.hash = '#/';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe(Workspace.name, () => {
  it('brings a prompt the planner did not understand back to the box, with its suggestions, and no app', async () => {
    aRejectingBackend();
    render(<Workspace />);
    fireEvent.change(screen.getByLabelText('Describe your app'), { target: { value: PROMPT } });
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));

    const notice = await screen.findByText('Isekai could not tell what app “asdfgh qwerty” is.');
    expect(notice.closest('[role="status"]')).toBeTruthy();
    expect(window.location.hash).toBe('#/');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Describe your app').value).toBe(PROMPT);
    await waitFor(() => expect(document.querySelector('.sidebar a[href="#/apps/rejectedapp1"]')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: SUGGESTIONS[1] }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Describe your app').value).toBe(SUGGESTIONS[1]);
  });

  it('shows the suggestions of a 422 answered to a create with wait, keeping the prompt', async () => {
    stubApi({
      'GET /api/apps': () => jsonResponse(200, { apps: [], nextCursor: null }),
      'POST /api/apps': () =>
        jsonResponse(422, {
          error: {
            code: 'prompt-not-understood',
            message: 'No app in that.',
            details: { suggestions: SUGGESTIONS },
          },
        }),
    });
    render(<Workspace />);
    fireEvent.change(screen.getByLabelText('Describe your app'), { target: { value: PROMPT } });
    fireEvent.click(screen.getByRole('button', { name: 'Generate' }));

    await screen.findByText('No app in that.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Describe your app').value).toBe(PROMPT);
    expect(screen.getByRole('button', { name: SUGGESTIONS[0] })).toBeTruthy();
  });
});
