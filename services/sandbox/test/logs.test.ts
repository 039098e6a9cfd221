import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import type { LogLine, SandboxAppState, SandboxLogs } from '@isekai/contracts';
import {
  aDeployRequest,
  anId,
  getFromApp,
  httpAppSource,
  startTestSandbox,
  TEST_TOKEN,
  waitFor,
  type TestSandbox,
} from './support/sandbox.harness.js';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ appPorts: appPorts(10) });
});

afterAll(async () => {
  await sandbox.close();
});

interface SseEvent {
  event: string;
  data: unknown;
}

/** Reads server-sent events from a streaming response into an array as they arrive. */
function collectEvents(response: Response): SseEvent[] {
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const pump = async (): Promise<void> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
    }
  };
  void pump().catch(() => undefined);
  return events;
}

/** Prints a line on each request to /say?text=..., and one at start. */
const talkativeApp = httpAppSource({
  handler:
    "const text = new URL(req.url, 'http://x').searchParams.get('text'); if (text) console.log(text); res.end('said');",
  after: "console.log('ready to talk'); console.error('a warning on stderr');",
});

describe('GET /v1/apps/:id/logs', () => {
  it('returns what the app printed, with system lines, and honours tail', async () => {
    const id = anId('logs');
    await sandbox.call('PUT', `/v1/apps/${id}`, aDeployRequest({ files: { 'server.js': talkativeApp } }));
    const logs = await waitFor(async () => {
      const { body } = await sandbox.call<SandboxLogs>('GET', `/v1/apps/${id}/logs`);
      return body.lines.some((l) => l.stream === 'stderr') ? body : null;
    }, 3000);
    expect(logs.dropped).toBe(0);
    expect(logs.lines).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stream: 'stdout', line: 'ready to talk' }),
        expect.objectContaining({ stream: 'stderr', line: 'a warning on stderr' }),
        expect.objectContaining({
          stream: 'system',
          line: expect.stringMatching(/^started on port \d+/) as string,
        }),
      ]),
    );
    const tail = await sandbox.call<SandboxLogs>('GET', `/v1/apps/${id}/logs?tail=1`);
    expect(tail.body.lines).toHaveLength(1);
    expect(tail.body.lines[0]?.seq).toBe(logs.lines.at(-1)?.seq);
  });

  it('answers 400 for a bad tail and 404 for an unknown app', async () => {
    expect((await sandbox.call('GET', `/v1/apps/${anId('logs')}/logs?tail=0`)).status).toBe(400);
    expect((await sandbox.call('GET', `/v1/apps/${anId('ghost')}/logs`)).status).toBe(404);
  });

  it('follows with SSE: the tail, then a line printed after subscribing, then the exit state', async () => {
    const id = anId('follow');
    const { body: state } = await sandbox.call<SandboxAppState>(
      'PUT',
      `/v1/apps/${id}`,
      aDeployRequest({ files: { 'server.js': talkativeApp } }),
    );
    const controller = new AbortController();
    const response = await fetch(`${sandbox.url}/v1/apps/${id}/logs?follow=true`, {
      headers: { authorization: `Bearer ${TEST_TOKEN}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = collectEvents(response);
    await waitFor(() => events.some((e) => (e.data as LogLine).line?.startsWith('started on port')), 3000);

    expect(await getFromApp(state.port!, '/say?text=printed-after-subscribing')).toBe('said');
    await waitFor(
      () => events.some((e) => e.event === 'log' && (e.data as LogLine).line === 'printed-after-subscribing'),
      3000,
    );

    await sandbox.call('POST', `/v1/apps/${id}/stop`);
    const exit = await waitFor(() => events.find((e) => e.event === 'state'), 3000);
    expect(exit.data).toMatchObject({ id, status: 'stopped', exit: { reason: 'stopped' } });
    controller.abort();
  });
});
