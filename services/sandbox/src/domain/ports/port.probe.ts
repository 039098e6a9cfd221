import { createConnection, createServer } from 'node:net';

/**
 * True when nothing else holds the port. Binding without a host takes the dual-stack wildcard, which
 * conflicts with a listener on any interface, so an app bound to 0.0.0.0 or ::1 is seen as well.
 */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** True when something accepts a TCP connection on 127.0.0.1:port. */
export function acceptsConnection(port: number, timeoutMs = 250): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export type ReadyOutcome = 'listening' | 'ended' | 'timeout';

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Resolves when the process is gone: no point waiting for a port it can no longer open. */
  ended: Promise<unknown>;
}

/** Polls the port every few milliseconds: start latency is what a person waiting for a preview feels. */
export async function waitUntilListening(
  port: number,
  { timeoutMs, intervalMs = 10, ended }: WaitOptions,
): Promise<ReadyOutcome> {
  let gone = false;
  void ended.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) return 'ended';
    if (await acceptsConnection(port)) return gone ? 'ended' : 'listening';
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return gone ? 'ended' : 'timeout';
}

/**
 * For an app handed a socket the sandbox already listens on: a connection would succeed before the app
 * is ready (the kernel queues it), so readiness is the app's own signal instead of a probe.
 */
export async function waitUntilSignalled(
  ready: Promise<void>,
  { timeoutMs, ended }: Omit<WaitOptions, 'intervalMs'>,
): Promise<ReadyOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ReadyOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([
    ready.then((): ReadyOutcome => 'listening'),
    ended.then((): ReadyOutcome => 'ended'),
    timeout,
  ]);
  clearTimeout(timer);
  return outcome;
}
