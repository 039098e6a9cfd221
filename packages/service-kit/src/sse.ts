import type { Request, Response } from 'express';

export interface SseStream {
  send(event: string, data: unknown, id?: number | string): void;
  /** Resolves when the client goes away. */
  closed: Promise<void>;
  end(): void;
}

export function wantsEventStream(req: Request): boolean {
  return (req.headers.accept ?? '').includes('text/event-stream');
}

/** Server-sent events with a heartbeat so proxies keep the stream open. */
export function openSse(req: Request, res: Response, heartbeatMs = 15000): SseStream {
  res.status(200);
  res.setHeader('content-type', 'text/event-stream; charset=utf-8');
  res.setHeader('cache-control', 'no-cache, no-transform');
  res.setHeader('connection', 'keep-alive');
  res.setHeader('x-accel-buffering', 'no');
  res.flushHeaders();
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
  heartbeat.unref();
  const closed = new Promise<void>((resolve) => {
    req.on('close', () => {
      clearInterval(heartbeat);
      resolve();
    });
  });
  return {
    send(event, data, id) {
      if (res.writableEnded) return;
      const idLine = id === undefined ? '' : `id: ${id}\n`;
      res.write(`${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    closed,
    end() {
      clearInterval(heartbeat);
      if (!res.writableEnded) res.end();
    },
  };
}
