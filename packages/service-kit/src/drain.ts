import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

/** How long a stopping service lets open requests finish before it cuts what is left. */
export const DRAIN_MS = 5000;

/**
 * Graceful stop of an HTTP server: requests already being served finish (each answer closes its
 * connection), a request that arrives on a kept-alive connection meanwhile gets `503 shutting-down`, new
 * connections are refused, and event streams (which never finish by themselves) are ended at once.
 */
export function createDrain(handler: RequestListener) {
  const open = new Set<ServerResponse>();
  let draining = false;

  function refuse(res: ServerResponse): void {
    res.writeHead(503, {
      'content-type': 'application/json; charset=utf-8',
      connection: 'close',
      'retry-after': '1',
    });
    res.end(
      JSON.stringify({
        error: { code: 'shutting-down', message: 'The service is stopping; try again in a moment.' },
      }),
    );
  }

  /** Each open answer closes its connection when done; an event stream is done now. */
  function endOpen(res: ServerResponse): void {
    const socket = res.socket;
    if (!res.headersSent) res.setHeader('connection', 'close');
    else res.once('finish', () => socket?.destroySoon());
    if (String(res.getHeader('content-type') ?? '').startsWith('text/event-stream')) res.end();
  }

  return {
    handler: (req: IncomingMessage, res: ServerResponse): void => {
      if (draining) return refuse(res);
      open.add(res);
      res.once('close', () => open.delete(res));
      handler(req, res);
    },
    stop(server: Server): Promise<void> {
      draining = true;
      open.forEach(endOpen);
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
