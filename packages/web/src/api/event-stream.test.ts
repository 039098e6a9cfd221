import type { EventSource } from 'eventsource';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aRefusal, stubApi } from '../test-support/fake-api.js';
import { onKeyRefused, storeApiKey } from './api-key.js';
import { openEventStream } from './event-stream.js';

const KEY = 'isk_0123456789abcdefghijklmnopqrstuv';

/** One event, then the end of the stream; `retry` makes the reconnection quick. */
const anEventStream = (id: number) =>
  new Response(`retry: 10\nid: ${id}\nevent: log\ndata: {"seq":${id}}\n\n`, {
    headers: { 'content-type': 'text/event-stream' },
  });

/** Streams still open when a test fails would keep reconnecting into the next test's fetch. */
const opened: EventSource[] = [];
const open = (url: string) => {
  const source = openEventStream(url);
  opened.push(source);
  return source;
};

afterEach(() => {
  for (const source of opened.splice(0)) source.close();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe(openEventStream.name, () => {
  it('delivers named events and reconnects after the last one, carrying the key and Last-Event-ID', async () => {
    storeApiKey(KEY);
    let served = 0;
    const { requests } = stubApi({ 'GET /api/apps/abcdefabcdef/logs': () => anEventStream(++served) });
    const received: string[] = [];

    const source = open('/api/apps/abcdefabcdef/logs?follow=true');
    source.addEventListener('log', (message: MessageEvent<string>) => received.push(message.data));
    await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(2));
    source.close();

    expect(received.slice(0, 2)).toEqual(['{"seq":1}', '{"seq":2}']);
    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(requests[0]!.headers.get('accept')).toBe('text/event-stream');
    expect(requests[1]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(requests[1]!.headers.get('last-event-id')).toBe('1');
  });

  it('sends no Authorization header when no key is stored', async () => {
    const { requests } = stubApi({ 'GET /api/apps/abcdefabcdef/events': () => anEventStream(1) });

    open('/api/apps/abcdefabcdef/events');
    await vi.waitFor(() => expect(requests.length).toBeGreaterThan(0));

    expect(requests[0]!.headers.has('authorization')).toBe(false);
  });

  it('reports a refused key and stops, as for any answer but 200', async () => {
    storeApiKey(KEY);
    const { requests } = stubApi({
      'GET /api/apps/abcdefabcdef/events': () => aRefusal('api-key-invalid', 'This API key was revoked.'),
    });
    const refused = vi.fn();
    const stop = onKeyRefused(refused);
    const errors = vi.fn();

    const source = open('/api/apps/abcdefabcdef/events');
    source.onerror = errors;
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    stop();

    expect(refused).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'api-key-invalid', message: 'This API key was revoked.' }),
    );
    expect(source.readyState).toBe(source.CLOSED);
    expect(requests).toHaveLength(1);
  });
});
