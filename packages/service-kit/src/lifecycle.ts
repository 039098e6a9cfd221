import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import { createDrain, DRAIN_MS } from './drain.js';

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  /** Stops accepting, lets open requests finish for up to DRAIN_MS, then cuts what is left (see drain.ts). */
  stop(): Promise<void>;
}

export async function listen(handler: RequestListener, port: number, host: string): Promise<RunningServer> {
  const drain = createDrain(handler);
  const server = createServer(drain.handler);
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    stop: () => drain.stop(server),
  };
}

/**
 * One place for process-level faults: SIGINT/SIGTERM drain and close; an uncaught error is logged and
 * closes too, since the process state can no longer be trusted.
 */
export function handleProcessSignals(logger: Logger, shutdown: () => Promise<void>): void {
  let closing = false;
  const close = (reason: string, exitCode: number) => {
    if (closing) return;
    closing = true;
    logger.info({ reason }, 'shutting down');
    // Past the drain and the service's own clean-up (the backend waits as long again for queued work).
    const hardStop = setTimeout(() => process.exit(exitCode || 1), 2 * DRAIN_MS + 2000);
    hardStop.unref();
    shutdown()
      .catch((error: unknown) => logger.error({ err: error }, 'shutdown failed'))
      .finally(() => process.exit(exitCode));
  };
  process.on('SIGINT', () => close('SIGINT', 0));
  process.on('SIGTERM', () => close('SIGTERM', 0));
  process.on('unhandledRejection', (error) => {
    logger.fatal({ err: error }, 'unhandled rejection');
    close('unhandledRejection', 1);
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    close('uncaughtException', 1);
  });
}
