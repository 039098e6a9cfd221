import { createServer, type Server } from 'node:net';

export interface ListenSocket {
  /** The listening socket's file descriptor, duplicated into the app as fd 3. */
  fd: number;
  /** Closes the sandbox's copy; the app's copy keeps listening. */
  close(): void;
}

/**
 * Binds and listens on 127.0.0.1:port for an app that will live in its own network namespace, where a
 * port it bound itself would be unreachable. The kernel queues connections on it from here on; the app
 * accepts them once its preload has turned `listen(PORT)` into `listen({fd: 3})`.
 */
export function openListenSocket(port: number): Promise<ListenSocket> {
  return new Promise((resolve, reject) => {
    const server: Server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      // Node has no public accessor for a server's descriptor; `_handle.fd` is libuv's, stable on Unix.
      const fd = (server as unknown as { _handle: { fd: number } })._handle.fd;
      resolve({ fd, close: () => server.close() });
    });
  });
}
