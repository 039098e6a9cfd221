import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpLogger } from './logger.js';

interface LogLine {
  level: number;
  msg: string;
  req: { id: string; method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
}

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(level: string) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  const app = express();
  app.use(httpLogger(pino({ level }, sink)));
  app.get('/ok', (req, res) => {
    res.json({ id: req.id });
  });
  app.get('/missing', (_req, res) => {
    res.status(404).json({});
  });
  app.get('/broken', (_req, res) => {
    res.status(500).json({});
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server?.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A line is written on 'close', just after the client has its answer.
  const linesWhen = (count: number) => vi.waitFor(() => expect(lines).toHaveLength(count));
  return { base, lines, linesWhen };
}

describe('httpLogger', () => {
  it('keeps a sane caller id, echoes it, and hands it to the route', async () => {
    const { base } = await serve('info');
    const response = await fetch(`${base}/ok`, { headers: { 'x-request-id': 'call-42.a:b' } });
    expect(response.headers.get('x-request-id')).toBe('call-42.a:b');
    expect(await response.json()).toEqual({ id: 'call-42.a:b' });
  });

  it('replaces a missing or unsafe id with a fresh one', async () => {
    const { base } = await serve('info');
    const unsafe = await fetch(`${base}/ok`, { headers: { 'x-request-id': 'not/safe <script>' } });
    const none = await fetch(`${base}/ok`);
    const ids = [unsafe.headers.get('x-request-id'), none.headers.get('x-request-id')];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('logs client errors at info and server errors at error, with the request id', async () => {
    const { base, lines, linesWhen } = await serve('info');
    await fetch(`${base}/ok`);
    const missing = await fetch(`${base}/missing?x=1`);
    await fetch(`${base}/broken`);
    await linesWhen(2);
    expect(lines.map((line) => [line.level, line.req.url, line.res.statusCode])).toEqual([
      [30, '/missing?x=1', 404],
      [50, '/broken', 500],
    ]);
    expect(lines[0]?.req.id).toBe(missing.headers.get('x-request-id'));
    expect(lines[0]?.responseTime).toBeGreaterThanOrEqual(0);
  });

  it('logs successful requests only when debug is on', async () => {
    const { base, lines, linesWhen } = await serve('debug');
    await fetch(`${base}/ok`);
    await linesWhen(1);
    expect(lines[0]).toMatchObject({
      level: 20,
      msg: 'request completed',
      req: { method: 'GET', url: '/ok' },
      res: { statusCode: 200 },
    });
  });
});
