import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createBaseApp, finishApp } from './base-app.js';

let server: Server | undefined;
afterEach(() => server?.close());

async function serve() {
  const logger = pino({ level: 'silent' });
  const app = createBaseApp({ logger, jsonLimit: '1kb' });
  app.post('/things/:id', (req, res) => {
    res.json({ id: req.params.id, body: req.body as unknown });
  });
  server = finishApp(app, logger).listen(0, '127.0.0.1');
  await new Promise((resolve) => server?.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('errorMiddleware', () => {
  it("keeps a library's 4xx for what the client sent wrong, rather than a 500", async () => {
    const base = await serve();
    const notGzip = await post(`${base}/things/a`, '{}', { 'content-encoding': 'gzip' });
    expect(notGzip.status).toBe(400);
    expect(((await notGzip.json()) as { error: { code: string } }).error.code).toBe('bad-request');
    const badEscape = await post(`${base}/things/%FF`, '{}');
    expect(badEscape.status).toBe(400);
    const unknownEncoding = await post(`${base}/things/a`, '{}', { 'content-encoding': 'x-magic' });
    expect(unknownEncoding.status).toBe(415);
    const gzipped = await post(`${base}/things/a`, gzipSync('{"a":1}'), { 'content-encoding': 'gzip' });
    expect(await gzipped.json()).toEqual({ id: 'a', body: { a: 1 } });
  });
});
