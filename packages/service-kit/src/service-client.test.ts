import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBaseApp } from './base-app.js';
import { createServiceClient } from './service-client.js';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function serve(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The next service: remembers the request id of every call it gets. */
async function nextService() {
  const seen: (string | undefined)[] = [];
  const app = express();
  app.use((req, res) => {
    seen.push(req.headers['x-request-id'] as string | undefined);
    res.json({ ok: true });
  });
  return { url: await serve(app), seen };
}

describe('createServiceClient', () => {
  it('passes on the id of the request it calls for, also from work that outlives the answer', async () => {
    const next = await nextService();
    const client = createServiceClient({ name: 'next', baseUrl: next.url, token: 't', timeoutMs: 2000 });
    const app = createBaseApp({ logger: pino({ level: 'silent' }), jsonLimit: '1kb' });
    app.post('/work', async (_req, res) => {
      await client.request('GET', '/during');
      res.status(202).json({});
      // Accepted work goes on after the answer, as a create's planning and deploy do.
      setTimeout(() => void client.stream('/after', { signal: AbortSignal.timeout(2000) }), 20);
    });
    const url = await serve(app);

    const answer = await fetch(`${url}/work`, { method: 'POST', headers: { 'x-request-id': 'call-7' } });
    expect(answer.status).toBe(202);
    await vi.waitFor(() => expect(next.seen).toEqual(['call-7', 'call-7']));
  });

  it('sends no id for a call no request made (a timer of its own)', async () => {
    const next = await nextService();
    const client = createServiceClient({ name: 'next', baseUrl: next.url, token: 't', timeoutMs: 2000 });
    await client.request('GET', '/alone');
    expect(next.seen).toEqual([undefined]);
  });
});
