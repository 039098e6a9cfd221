import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from './lifecycle.js';

/**
 * One connection: the first request, the server told to stop 50 ms later, a second request on the same
 * connection 50 ms after that; resolves with everything the server answered once it closed the connection.
 */
function exchange(port: number, first: string, second: string, stop: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(first);
      setTimeout(stop, 50);
      setTimeout(() => socket.write(second), 100);
    });
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
  });
}

const get = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;

describe('stopping a server', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.stop();
  });

  it('finishes the request being served, closes its connection, and refuses what comes after with a 503', async () => {
    running = await listen(
      (req, res) => {
        // A slow answer whose headers are already out: the connection cannot be told to close in them.
        res.writeHead(200, { 'content-type': 'text/plain' });
        if (req.url === '/slow') setTimeout(() => res.end('slow done'), 300);
        else res.end('fast');
      },
      0,
      '127.0.0.1',
    );
    let stopped: Promise<void> | undefined;
    const answer = await exchange(running.port, get('/slow'), get('/next'), () => {
      stopped = running!.stop();
    });
    await stopped;
    running = undefined;

    expect(answer).toContain('slow done');
    expect(answer).not.toContain('fast');
    expect(answer).toContain('HTTP/1.1 503');
    expect(answer).toContain('"code":"shutting-down"');
  });

  it('ends an event stream rather than cutting it', async () => {
    running = await listen(
      (_req, res) => {
        // As openSse starts a stream: headers set, then sent, then events, never an end.
        res.setHeader('content-type', 'text/event-stream; charset=utf-8');
        res.flushHeaders();
        res.write('event: hello\ndata: {}\n\n');
      },
      0,
      '127.0.0.1',
    );
    const response = await fetch(`${running.url}/events`);
    // Ended, the stream reads to its end; cut (at DRAIN_MS), reading it would fail with "terminated".
    const [text] = await Promise.all([response.text(), running.stop()]);
    running = undefined;
    expect(text).toBe('event: hello\ndata: {}\n\n');
  });
});
